package dev.consolidator.store;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Whether a database already holds exactly the migrations this build ships: one query of Flyway's history table
 * against the scripts on the classpath, by name and Flyway's own checksum. Then Flyway, whose start costs about a
 * second on every command, has nothing to do and is not run. Anything else (a fresh database, a pending, failed,
 * changed or unknown migration, a kind of row we do not know) answers false and Flyway runs as always: it migrates,
 * or refuses as it always did.
 */
final class CurrentSchema {
    static final String LOCATION = "db/migration";

    private CurrentSchema() {
    }

    static boolean holds(DataSource dataSource) {
        Optional<Map<String, Integer>> shipped = shipped();
        if (shipped.isEmpty() || shipped.get().isEmpty()) return false;
        Map<String, Integer> applied = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            if (!hasHistory(c)) return false;   // asked first: a failing query leaves an H2 trace file
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT \"script\", \"checksum\","
                    + " \"success\", \"type\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
                if (!matches(rows, applied)) return false;
            }
        } catch (SQLException e) {
            return false;   // not a history table we can read: Flyway decides
        }
        return applied.equals(shipped.get());
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return tables.next();
        }
    }

    /** Reads the applied SQL migrations; false at a failed one or a kind of row this check does not know. */
    private static boolean matches(ResultSet rows, Map<String, Integer> applied) throws SQLException {
        while (rows.next()) {
            String type = rows.getString(4);
            if (!rows.getBoolean(3) || !(type.equals("SQL") || type.equals("TABLE"))) return false;
            int checksum = rows.getInt(2);
            Integer known = rows.wasNull() ? null : checksum;
            if (type.equals("SQL")) applied.put(rows.getString(1), known);
        }
        return true;
    }

    /** Script name to checksum of every SQL migration on the classpath; empty when there is anything else there. */
    static Optional<Map<String, Integer>> shipped() {
        Map<String, Integer> out = new HashMap<>();
        try {
            Enumeration<URL> locations = CurrentSchema.class.getClassLoader().getResources(LOCATION);
            while (locations.hasMoreElements()) {
                URL location = locations.nextElement();
                if (location.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                        for (Path file : files.toList()) {
                            if (Files.isDirectory(file)) return Optional.empty();   // Flyway reads sub-folders too
                            if (!add(out, file.getFileName().toString(), () -> Files.newInputStream(file))) return Optional.empty();
                        }
                    }
                } else if (location.openConnection() instanceof JarURLConnection jar) {
                    JarFile file = jar.getJarFile();
                    for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                        JarEntry entry = entries.nextElement();
                        String name = entry.getName();
                        if (entry.isDirectory() || !name.startsWith(LOCATION + "/")) continue;
                        if (!add(out, name.substring(LOCATION.length() + 1), () -> file.getInputStream(entry))) return Optional.empty();
                    }
                } else {
                    return Optional.empty();
                }
            }
        } catch (IOException | URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(out);
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    /** A versioned or repeatable SQL script; false for anything Flyway would read that this check does not know. */
    private static boolean add(Map<String, Integer> out, String name, Opener opener) throws IOException {
        if (name.contains("/")) return false;   // Flyway scans sub-folders too
        if (!(name.startsWith("V") || name.startsWith("R")) || !name.contains("__") || !name.endsWith(".sql")) {
            return !name.endsWith(".class");   // a Java migration
        }
        try (InputStream in = opener.open()) {
            out.put(name, checksum(in));
        }
        return true;
    }

    /** Flyway's checksum: CRC-32 of the UTF-8 bytes of each line without its line break (and without a BOM). */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line != null && line.startsWith("\uFEFF")) line = line.substring(1);
        for (; line != null; line = reader.readLine()) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
