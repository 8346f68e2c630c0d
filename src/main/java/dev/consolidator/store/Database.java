package dev.consolidator.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
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

/**
 * The database: a pooled DataSource on a JDBC URL with the Flyway migrations applied. Used by `serve` and the CLI
 * alike, so it knows nothing about HTTP. H2 URLs get PostgreSQL mode so the same SQL runs on both.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int MAX_CONNECTIONS = 32;

    private final String url;
    private final DataSource dataSource;
    private final JdbcConnectionPool h2Pool;
    private H2Recovery h2File;
    private java.util.Optional<String> recovery = java.util.Optional.empty();
    private volatile boolean closed;

    private Database(String url, DataSource dataSource, JdbcConnectionPool h2Pool) {
        this.url = url;
        this.dataSource = dataSource;
        this.h2Pool = h2Pool;
    }

    /** Opens (creating parent directories of an H2 file) and migrates the schema to the latest version. */
    public static Database open(String jdbcUrl) {
        String url = normalizeH2Url(jdbcUrl);
        h2FilePath(url).map(Path::getParent).ifPresent(Database::createDirectories);
        H2Recovery h2File = h2FilePath(url).map(path -> new H2Recovery(url, path)).orElse(null);
        java.util.Optional<String> recovery = h2File == null ? java.util.Optional.empty() : h2File.afterUncleanShutdown();
        Database db;
        if (url.startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(MAX_CONNECTIONS);
            db = new Database(url, pool, pool);
        } else {
            db = new Database(url, new DriverManagerDataSource(url), null);
        }
        try {
            int applied = Flyway.configure().dataSource(db.dataSource).load().migrate().migrationsExecuted;
            log.info("database ready at {} ({} migration(s) applied)", withoutCredentials(url), applied);
            db.recovery = recovery;
            if (h2File != null) {
                db.h2File = h2File;
                h2File.markOpen(); // removed by a clean close: still there at the next start means a crash
            }
            return db;
        } catch (RuntimeException e) {
            if (inUseElsewhere(e)) {
                db.closed = true;
                db.h2Pool.dispose(); // never opened: nothing to shut down
                throw new DatabaseInUseException("the database " + h2FilePath(url).map(Path::toString).orElse(url)
                        + " is open in another process (is `consolidator serve` running on it?): stop that process, or"
                        + " set CONSOLIDATOR_DB_URL to another file", e);
            }
            db.close();
            throw e;
        }
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
    static java.util.Optional<Path> h2FilePath(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return java.util.Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:") || name.startsWith("zip:")) {
            return java.util.Optional.empty();
        }
        name = name.startsWith("file:") ? name.substring("file:".length()) : name;
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return java.util.Optional.of(Path.of(name).toAbsolutePath());
    }

    /** What the start-up check after an unclean shutdown found or did (checked, or rebuilt), if it ran. */
    public java.util.Optional<String> recovery() {
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
        } catch (IllegalStateException e) {
            throw new SQLException("database is closed", "08003", e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(SqlWork<T> work) throws SQLException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
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

    /** Shuts H2 down cleanly (compacts and releases the file lock) and releases the pool. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (h2Pool != null) {
            h2Pool.dispose();
            // A plain connection: closing a pooled one after SHUTDOWN makes H2 write a trace file.
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
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

    /** Plain DriverManager connections for non-H2 URLs (PostgreSQL; a real pool comes with that issue). */
    private record DriverManagerDataSource(String url) implements DataSource {
        @Override public Connection getConnection() throws SQLException { return DriverManager.getConnection(url); }
        @Override public Connection getConnection(String u, String p) throws SQLException { return DriverManager.getConnection(url, u, p); }
        @Override public java.io.PrintWriter getLogWriter() { return null; }
        @Override public void setLogWriter(java.io.PrintWriter out) { }
        @Override public void setLoginTimeout(int seconds) { }
        @Override public int getLoginTimeout() { return 0; }
        @Override public java.util.logging.Logger getParentLogger() { return java.util.logging.Logger.getGlobal(); }
        @Override public <T> T unwrap(Class<T> type) throws SQLException { throw new SQLException("not a wrapper"); }
        @Override public boolean isWrapperFor(Class<?> type) { return false; }
    }
}
