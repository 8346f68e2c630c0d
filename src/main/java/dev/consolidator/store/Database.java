package dev.consolidator.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.consolidator.text.Plural;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * The database: a HikariCP pool on a JDBC URL with the Flyway migrations applied. Used by `serve` and the CLI
 * alike, so it knows nothing about HTTP. H2 URLs get PostgreSQL mode so the same SQL runs on both; PostgreSQL
 * (jdbc:postgresql:...) runs the very same migrations, with a user and password that are never logged.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int MAX_CONNECTIONS = 32;

    private final String url;
    private final HikariDataSource dataSource;
    private final boolean h2;
    private H2Recovery h2File;
    private Optional<String> recovery = Optional.empty();
    private volatile boolean closed;
    private boolean flywayRan;

    private Database(String url, HikariDataSource dataSource) {
        this.url = url;
        this.dataSource = dataSource;
        this.h2 = url.startsWith("jdbc:h2:");
    }

    /** Opens (creating parent directories of an H2 file) and migrates the schema to the latest version. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Optional.empty(), Optional.empty());
    }

    /** False for an embedded H2 file that does not exist yet: a reader would only create an empty one. */
    public static boolean mayHoldData(String jdbcUrl) {
        return h2FilePath(normalizeH2Url(jdbcUrl)).map(p -> java.nio.file.Files.exists(Path.of(p + ".mv.db"))).orElse(true);
    }

    /** As {@link #open(String)}, with credentials (PostgreSQL); H2 uses its default user when none is given. */
    public static Database open(String jdbcUrl, Optional<String> user, Optional<String> password) {
        String url = normalizeH2Url(jdbcUrl);
        h2FilePath(url).map(Path::getParent).ifPresent(Database::createDirectories);
        H2Recovery h2File = h2FilePath(url).map(path -> new H2Recovery(url, path)).orElse(null);
        Optional<String> recovery = h2File == null ? Optional.empty() : h2File.afterUncleanShutdown();
        boolean h2 = url.startsWith("jdbc:h2:");
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(user.orElse(h2 ? "sa" : null));
        pool.setPassword(password.orElse(h2 ? "" : null));
        pool.setMaximumPoolSize(MAX_CONNECTIONS);
        pool.setMinimumIdle(2);
        pool.setPoolName("consolidator-db");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(pool); // fails fast when the database cannot be reached
        } catch (RuntimeException e) {
            throw opening(url, e);
        }
        Database db = new Database(url, dataSource);
        try {
            db.flywayRan = !CurrentSchema.holds(db.dataSource);
            int applied = db.flywayRan ? Flyway.configure().dataSource(db.dataSource).load().migrate().migrationsExecuted : 0;
            log.info("database ready at {} ({} applied)", withoutCredentials(url), Plural.of(applied, "migration"));
            db.recovery = recovery;
            if (h2File != null) {
                db.h2File = h2File;
                h2File.markOpen(); // removed by a clean close: still there at the next start means a crash
            }
            return db;
        } catch (RuntimeException e) {
            if (inUseElsewhere(e)) {
                db.closed = true;
                db.dataSource.close(); // never opened: nothing to shut down
            } else {
                db.close();
            }
            throw opening(url, e);
        }
    }

    private static RuntimeException opening(String url, RuntimeException e) {
        if (inUseElsewhere(e)) {
            return new DatabaseInUseException("the database " + h2FilePath(url).map(Path::toString).orElse(url)
                        + " is open in another process (is `consolidator serve` running on it?): stop that process, or"
                        + " set CONSOLIDATOR_DB_URL to another file", e);
        }
        return e;
    }

    /** H2's "Database may be already in use" (90020): an embedded file is locked by another process. */
    private static boolean inUseElsewhere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    /**
     * H2 speaks PostgreSQL's dialect in MODE=PostgreSQL. WRITE_DELAY=0 writes each commit to the file at once: with
     * H2's default delay, deliveries acknowledged with 202 just before a kill -9 were lost (measured: 4 of 5).
     * DB_CLOSE_ON_EXIT=FALSE because our own shutdown hook still needs the database (to put running jobs back)
     * after H2's hook would have closed it.
     */
    static String normalizeH2Url(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(url);
        if (!upper.contains(";MODE=")) {
            out.append(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        if (!upper.contains(";WRITE_DELAY=") && !upper.startsWith("JDBC:H2:MEM:")) {
            out.append(";WRITE_DELAY=0");
        }
        if (!upper.contains(";DB_CLOSE_ON_EXIT=")) {
            out.append(";DB_CLOSE_ON_EXIT=FALSE");
        }
        if (upper.startsWith("JDBC:H2:MEM:") && !upper.contains(";DB_CLOSE_DELAY=")) {
            out.append(";DB_CLOSE_DELAY=-1");
        }
        return out.toString();
    }

    /** The file path of an embedded H2 database (jdbc:h2:file:PATH or jdbc:h2:PATH), if the URL names one. */
    static Optional<Path> h2FilePath(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:") || name.startsWith("zip:")) {
            return Optional.empty();
        }
        name = name.startsWith("file:") ? name.substring("file:".length()) : name;
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name).toAbsolutePath());
    }

    /** True on PostgreSQL (and anything else that is not H2): several processes may share it. */
    public boolean shared() {
        return !h2;
    }

    /** True when Flyway has no pending migration left: for /readyz. */
    public boolean migrationsApplied() {
        try {
            return Flyway.configure().dataSource(dataSource).load().info().pending().length == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether opening ran Flyway: not when the schema already had every migration of this build (CurrentSchema). */
    boolean flywayRan() {
        return flywayRan;
    }

    /** What the start-up check after an unclean shutdown found or did (checked, or rebuilt), if it ran. */
    public Optional<String> recovery() {
        return recovery;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A pooled connection; an SQLException (not the pool's IllegalStateException) once closed. */
    public Connection connection() throws SQLException {
        if (closed) {
            throw new SQLException("database is closed", "08003");
        }
        try {
            return dataSource.getConnection();
        } catch (IllegalStateException e) { // a pool closed under our feet
            throw new SQLException("database is closed", "08003", e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(SqlWork<T> work) throws SQLException {
        try (Connection c = connection()) {
            return Jdbc.transaction(c, work);
        }
    }

    /** True when a trivial query answers; for /healthz. */
    public boolean isHealthy() {
        if (closed) {
            return false;
        }
        try (Connection c = connection(); Statement s = c.createStatement()) {
            return s.execute("SELECT 1");
        } catch (SQLException e) {
            return false;
        }
    }

    public String url() {
        return withoutCredentials(url);
    }

    /** Releases the pool, and shuts H2 down cleanly (compacts and releases the file lock). Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        String user = dataSource.getUsername();
        String password = dataSource.getPassword();
        dataSource.close();
        if (h2) {
            // A plain connection: closing a pooled one after SHUTDOWN makes H2 write a trace file.
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
                if (h2File != null) {
                    h2File.markClosed();
                }
            } catch (SQLException e) {
                log.warn("H2 shutdown failed: {}", e.getMessage());
            }
        }
        log.info("database closed");
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create database directory " + dir, e);
        }
    }

    private static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
    }
}
