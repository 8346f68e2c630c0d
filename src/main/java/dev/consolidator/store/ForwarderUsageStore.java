package dev.consolidator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/** The last count of each phase's forwarder usage on the default branch (see {@link ForwarderUsage}). */
public final class ForwarderUsageStore {
    private final DataSource dataSource;
    private final Clock clock;

    public ForwarderUsageStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Records the count of a phase, or (empty) that it has no forwarder on the default branch any more. */
    public void record(long phaseRowId, Optional<ForwarderUsage> usage) {
        try (Connection c = dataSource.getConnection()) {
            if (usage.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM forwarder_usage WHERE phase_row_id = ?")) {
                    ps.setLong(1, phaseRowId);
                    ps.executeUpdate();
                }
                return;
            }
            ForwarderUsage u = usage.get();
            try (PreparedStatement ps = c.prepareStatement("UPDATE forwarder_usage SET default_head = ?, forwarders = ?,"
                    + " files = ?, lines = ?, checked_at = ? WHERE phase_row_id = ?")) {
                Jdbc.bind(ps, 1, u.commit(), u.forwarders(), u.files(), u.lines(), clock.instant(), phaseRowId);
                if (ps.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO forwarder_usage (phase_row_id, default_head,"
                    + " forwarders, files, lines, checked_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                Jdbc.bind(ps, 1, phaseRowId, u.commit(), u.forwarders(), u.files(), u.lines(), clock.instant());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("could not record the forwarder usage of phase row " + phaseRowId, e);
        }
    }

    public Optional<ForwarderUsage> of(long phaseRowId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT default_head,"
                + " forwarders, files, lines, checked_at FROM forwarder_usage WHERE phase_row_id = ?")) {
            ps.setLong(1, phaseRowId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ForwarderUsage(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        Jdbc.instant(rs, "checked_at"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the forwarder usage of phase row " + phaseRowId, e);
        }
    }
}
