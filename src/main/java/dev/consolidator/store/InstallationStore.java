package dev.consolidator.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Installations of the App and the repositories they cover, kept from installation events. Upserts are
 * "update, else insert" in one transaction, retried once on a unique violation, which runs on H2 and PostgreSQL.
 */
public final class InstallationStore {
    private final Database db;
    private final Clock clock;

    public InstallationStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public InstallationStore(Database db) {
        this(db, Clock.systemUTC());
    }

    /** Records an installation as present (created, unsuspended or seen again), with its account. */
    public void saveInstallation(long id, String accountLogin, String accountType) throws SQLException {
        upsert(c -> Jdbc.update(c, "UPDATE installations SET account_login = COALESCE(?, account_login),"
                        + " account_type = COALESCE(?, account_type), deleted_at = NULL WHERE id = ?",
                        accountLogin, accountType, id),
                c -> Jdbc.update(c, "INSERT INTO installations (account_login, account_type, id, suspended,"
                        + " created_at) VALUES (?, ?, ?, FALSE, ?)", accountLogin, accountType, id, now()));
    }

    /**
     * Keeps a repository's details current from any event that names it; the installation row is created if this
     * database has not seen it yet (installed before the bot's database existed).
     */
    public void saveRepository(long installationId, String fullName, Long githubId, String defaultBranch, String cloneUrl)
            throws SQLException {
        upsert(c -> Jdbc.update(c, "UPDATE installations SET id = id WHERE id = ?", installationId),
                c -> Jdbc.update(c, "INSERT INTO installations (id, suspended, created_at) VALUES (?, FALSE, ?)",
                        installationId, now()));
        upsert(c -> Jdbc.update(c, "UPDATE repositories SET installation_id = ?,"
                        + " github_id = COALESCE(CAST(? AS BIGINT), github_id),"
                        + " default_branch = COALESCE(?, default_branch), clone_url = COALESCE(?, clone_url),"
                        + " removed_at = NULL WHERE full_name = ?",
                        installationId, githubId, defaultBranch, cloneUrl, fullName),
                c -> Jdbc.update(c, "INSERT INTO repositories (installation_id, github_id, default_branch, clone_url,"
                        + " full_name, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                        installationId, githubId, defaultBranch, cloneUrl, fullName, now()));
    }

    public void setSuspended(long id, boolean suspended) throws SQLException {
        db.transaction(c -> Jdbc.update(c, "UPDATE installations SET suspended = ? WHERE id = ?", suspended, id));
    }

    /** The App was uninstalled: the installation and its repositories are marked gone, their history is kept. */
    public void markDeleted(long id) throws SQLException {
        db.transaction(c -> {
            Jdbc.update(c, "UPDATE installations SET deleted_at = ? WHERE id = ?", now(), id);
            return Jdbc.update(c, "UPDATE repositories SET removed_at = ? WHERE installation_id = ?"
                    + " AND removed_at IS NULL", now(), id);
        });
    }

    /** Repositories (full names) now covered by an installation; a removed one comes back. */
    public void addRepositories(long installationId, List<String> fullNames) throws SQLException {
        for (String name : fullNames) {
            upsert(c -> Jdbc.update(c, "UPDATE repositories SET installation_id = ?, removed_at = NULL"
                            + " WHERE full_name = ?", installationId, name),
                    c -> Jdbc.update(c, "INSERT INTO repositories (installation_id, full_name, created_at)"
                            + " VALUES (?, ?, ?)", installationId, name, now()));
        }
    }

    public void removeRepositories(List<String> fullNames) throws SQLException {
        for (String name : fullNames) {
            db.transaction(c -> Jdbc.update(c, "UPDATE repositories SET removed_at = ? WHERE full_name = ?"
                    + " AND removed_at IS NULL", now(), name));
        }
    }

    /** The repository row for a full name, creating it (without installation) if needed: for the CLI's local runs. */
    public RepositoryRecord ensureRepository(String fullName) throws SQLException {
        upsert(c -> Jdbc.update(c, "UPDATE repositories SET full_name = full_name WHERE full_name = ?", fullName),
                c -> Jdbc.update(c, "INSERT INTO repositories (full_name, created_at) VALUES (?, ?)", fullName, now()));
        return findRepository(fullName).orElseThrow();
    }

    public Optional<RepositoryRecord> findRepository(String fullName) throws SQLException {
        try (Connection c = db.connection()) {
            return Jdbc.first(c, "SELECT * FROM repositories WHERE full_name = ?", InstallationStore::repository,
                    fullName);
        }
    }

    /** The installation a repository belongs to, if it is currently installed. */
    public Optional<Long> installationOf(String fullName) throws SQLException {
        return findRepository(fullName).filter(RepositoryRecord::active).map(RepositoryRecord::installationId);
    }

    public boolean isInstalled(long installationId) throws SQLException {
        try (Connection c = db.connection()) {
            return Jdbc.first(c, "SELECT 1 FROM installations WHERE id = ? AND deleted_at IS NULL"
                    + " AND suspended = FALSE", rs -> true, installationId).isPresent();
        }
    }

    private void upsert(SqlWork<Integer> updateExisting, SqlWork<Integer> insertNew) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                db.transaction(c -> updateExisting.run(c) > 0 ? 1 : insertNew.run(c));
                return;
            } catch (SQLException e) {
                if (!Jdbc.isUniqueViolation(e) || attempt == 2) {
                    throw e; // a concurrent insert won: the second round updates its row
                }
            }
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static RepositoryRecord repository(ResultSet rs) throws SQLException {
        return new RepositoryRecord(rs.getLong("id"), rs.getString("full_name"), Jdbc.longValue(rs, "github_id"),
                Jdbc.longValue(rs, "installation_id"), rs.getString("default_branch"), rs.getString("clone_url"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "removed_at"));
    }
}
