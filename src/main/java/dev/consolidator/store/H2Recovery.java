package dev.consolidator.store;

import dev.consolidator.text.Plural;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * After an unclean shutdown of an embedded H2 file (kill -9, power loss), checks that every row a table scan finds is
 * also found through the table's primary key, and rebuilds the file from its committed rows (SCRIPT TO, then RUNSCRIPT
 * into a fresh file) when one is not: H2 2.5.252 was seen to leave such a row after a kill, and every later write to
 * it then timed out. The old file is kept next to the new one. A marker file, present while the database is open,
 * tells a clean close from a crash.
 */
final class H2Recovery {
    private static final Logger log = LoggerFactory.getLogger(H2Recovery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final String url;
    private final Path base; // the H2 name: <base>.mv.db is the file

    H2Recovery(String url, Path base) {
        this.url = url;
        this.base = base;
    }

    Path marker() {
        return base.resolveSibling(base.getFileName() + ".open");
    }

    Path dataFile() {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /**
     * When the last process did not close the database cleanly: checks it and rebuilds it if inconsistent. Says what
     * it did; empty after a clean shutdown, or when another process has the file open (its own marker).
     */
    Optional<String> afterUncleanShutdown() {
        if (!Files.exists(marker()) || !Files.exists(dataFile())) {
            return Optional.empty();
        }
        List<String> problems;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            problems = inconsistencies(c);
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) {
                return Optional.empty(); // open in another process: Database.open says so
            }
            problems = List.of("the check itself failed: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (problems.isEmpty()) {
            String said = "database " + dataFile() + " was not shut down cleanly; checked: every table's rows are found"
                    + " through its primary key";
            log.warn(said);
            return Optional.of(said);
        }
        log.warn("database {} was not shut down cleanly and is inconsistent: {}", dataFile(), String.join("; ", problems));
        return Optional.of(rebuild(problems));
    }

    /** Tables where a scan finds rows that their primary key does not. */
    static List<String> inconsistencies(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (String table : tables(c)) {
            List<String> key = primaryKey(c, table);
            if (key.isEmpty()) {
                continue;
            }
            StringBuilder match = new StringBuilder();
            for (String column : key) {
                match.append(match.length() == 0 ? "" : " AND ").append("b.").append(quote(column)).append(" = a.").append(quote(column));
            }
            String t = quote(table);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM " + t
                    + "), (SELECT COUNT(*) FROM " + t + " a WHERE EXISTS (SELECT 1 FROM " + t + " b WHERE " + match + "))")) {
                rs.next();
                long scanned = rs.getLong(1);
                long byKey = rs.getLong(2);
                if (scanned != byKey) {
                    problems.add(table + ": " + Plural.of(scanned, "row") + " scanned, " + byKey + " found by primary key");
                }
            }
        }
        return problems;
    }

    /** SCRIPT TO a file, move the old data file aside, RUNSCRIPT into a fresh one; on failure the old file is put back. */
    String rebuild(List<String> why) {
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        Path script = base.resolveSibling(base.getFileName() + ".rebuild-" + stamp + ".sql");
        Path kept = base.resolveSibling(base.getFileName() + ".mv.db.before-rebuild-" + stamp);
        try {
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("SCRIPT TO '" + literal(script) + "'");
                s.execute("SHUTDOWN");
            }
            Files.move(dataFile(), kept);
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + literal(script) + "'");
                List<String> left = inconsistencies(c);
                if (!left.isEmpty()) {
                    throw new SQLException("still inconsistent after the rebuild: " + left);
                }
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                Files.deleteIfExists(dataFile());
                Files.move(kept, dataFile());
                throw e;
            }
            String said = "database " + dataFile() + " rebuilt from its committed rows (" + String.join("; ", why)
                    + "); the old file is kept as " + kept + ", the rows as " + script;
            log.warn(said);
            return said;
        } catch (SQLException e) {
            throw new StoreException("database " + dataFile() + " is inconsistent (" + String.join("; ", why)
                    + ") and could not be rebuilt: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + dataFile() + " aside to rebuild it", e);
        }
    }

    void markOpen() {
        try {
            Files.writeString(marker(), ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            log.warn("cannot write {}: an unclean shutdown will not be detected ({})", marker(), e.getMessage());
        }
    }

    void markClosed() {
        try {
            Files.deleteIfExists(marker());
        } catch (IOException e) {
            log.warn("cannot remove {}: the next start will check the database ({})", marker(), e.getMessage());
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT table_name FROM information_schema.tables WHERE UPPER(table_schema) = 'PUBLIC'"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name", rs -> rs.getString(1));
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        return Jdbc.list(c, "SELECT k.column_name FROM information_schema.table_constraints t"
                + " JOIN information_schema.key_column_usage k ON k.constraint_schema = t.constraint_schema"
                + " AND k.constraint_name = t.constraint_name WHERE t.constraint_type = 'PRIMARY KEY'"
                + " AND UPPER(t.table_schema) = 'PUBLIC' AND t.table_name = ? ORDER BY k.ordinal_position",
                rs -> rs.getString(1), table);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }
}
