package dev.consolidator.testing;

import dev.consolidator.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases the store runs on: an H2 file, and a real PostgreSQL 14 that the tests start themselves (once
 * per JVM, on first use; it takes a few seconds) with a fresh database per test.
 *
 * <p>Migrating a fresh database (Flyway's start and six migrations) costs far more than any test spends in it, so
 * {@link #open} migrates one database of each kind per JVM with the real {@link Database} and gives each test a copy:
 * the H2 file copied, a PostgreSQL database created from it as a template. {@code Database.open} finds the schema
 * current and runs no Flyway. Tests whose subject is the migration or a fresh file take {@link #url} (empty) instead.
 */
public enum TestDatabases {
    H2 {
        @Override
        public String url(Path dir) {
            return h2Url(dir.resolve("db"));
        }

        @Override
        public Database open(Path dir) {
            return Database.open(migratedH2(dir.resolve("db")));
        }
    },
    POSTGRES {
        @Override
        public String url(Path dir) {
            return Postgres.freshDatabase();
        }

        @Override
        public Database open(Path dir) {
            return Database.open(Postgres.migratedDatabase(), user(), password());
        }
    };

    /** A JDBC URL of an empty (not migrated) database of this kind; {@code dir} holds H2's file. */
    public abstract String url(Path dir);

    /** An empty, migrated database of this kind: a copy of this JVM's migrated one. */
    public abstract Database open(Path dir);

    /** The URL's credentials: PostgreSQL's superuser for the embedded server, H2's default otherwise. */
    public Optional<String> user() {
        return this == POSTGRES ? Optional.of(Postgres.USER) : Optional.empty();
    }

    public Optional<String> password() {
        return this == POSTGRES ? Optional.of(Postgres.PASSWORD) : Optional.empty();
    }

    /**
     * The URL of the H2 file {@code base} (that is {@code base.mv.db}). No compaction when a test closes it (H2's
     * default spends up to 200 ms on that at every close): the file is thrown away with the test's directory.
     */
    public static String h2Url(Path base) {
        return "jdbc:h2:file:" + base + ";MAX_COMPACT_TIME=0";
    }

    /**
     * {@link #h2Url} of the H2 file {@code base}, which holds an empty, migrated schema: a copy of this JVM's template
     * file unless the file exists already (a test that asks twice keeps what it wrote in between).
     */
    public static String migratedH2(Path base) {
        Path file = base.resolveSibling(base.getFileName() + ".mv.db");
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(file.getParent());
                Files.copy(H2Template.FILE, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the template database to " + file, e);
        }
        return h2Url(base);
    }

    /** This JVM's migrated H2 file, made on first use by the real Database (so by Flyway) and closed cleanly. */
    private static final class H2Template {
        static final Path FILE = create();

        private static Path create() {
            try {
                Path dir = Files.createTempDirectory("consolidator-h2-template");
                dir.toFile().deleteOnExit();
                Path base = dir.resolve("template");
                Path file = dir.resolve("template.mv.db");
                file.toFile().deleteOnExit(); // registered after its directory: deleted before it
                Database.open(h2Url(base)).close();
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the template database", e);
            }
        }
    }

    /** The one embedded PostgreSQL of this JVM; stopped when the JVM exits. */
    public static final class Postgres {
        static final String USER = "postgres";
        static final String PASSWORD = "postgres";
        private static final AtomicInteger DATABASES = new AtomicInteger();
        private static EmbeddedPostgres server;
        private static String template;

        private Postgres() {
        }

        public static synchronized EmbeddedPostgres server() {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
                }
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is going away; the data directory is a temporary one
                    }
                }, "embedded-postgres-stop"));
            }
            return server;
        }

        /** CREATE DATABASE for one test: tests never see each other's rows, and creating one takes milliseconds. */
        public static String freshDatabase() {
            return url(create("template1")); // PostgreSQL's own default
        }

        /** A database created from this JVM's migrated one (made on first use by the real Database, so by Flyway). */
        static String migratedDatabase() {
            return url(create(migratedTemplate()));
        }

        private static synchronized String migratedTemplate() {
            if (template == null) {
                String name = create("template1");
                // closed: CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the template
                Database.open(url(name), Optional.of(USER), Optional.of(PASSWORD)).close();
                template = name;
            }
            return template;
        }

        private static String create(String from) {
            String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
            try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " TEMPLATE " + from);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name, e);
            }
            return name;
        }

        private static String url(String name) {
            return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name; // credentials go separately
        }
    }
}
