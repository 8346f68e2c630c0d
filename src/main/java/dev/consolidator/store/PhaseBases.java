package dev.consolidator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bases a phase PR was built on (every one kept) and the last staleness check of each open phase PR against the
 * default branch.
 */
public final class PhaseBases {
    private final DataSource dataSource;
    private final Clock clock;

    public PhaseBases(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** A phase branch head and the default-branch commit it was built on. */
    public record Base(String baseCommit, String headCommit, String reason) {
    }

    /** The verdict of a staleness check on the phase head {@code phaseHead} against {@code defaultHead}. */
    public record Freshness(String defaultHead, String phaseHead, boolean stale, String reason) {
    }

    /** Records a base (the same phase head twice, as a retried job does, is recorded once). */
    public void record(long phaseRowId, String baseCommit, String headCommit, String reason) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO phase_bases"
                + " (phase_row_id, base_commit, head_commit, reason, created_at) VALUES (?, ?, ?, ?, ?)")) {
            Jdbc.bind(ps, 1, phaseRowId, baseCommit, headCommit, reason, clock.instant());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw new StoreException("could not record the base of phase row " + phaseRowId, e);
            }
        }
    }

    /** Every base of the phase, oldest first. */
    public List<Base> bases(long phaseRowId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT base_commit,"
                + " head_commit, reason FROM phase_bases WHERE phase_row_id = ? ORDER BY id")) {
            ps.setLong(1, phaseRowId);
            List<Base> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Base(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read the bases of phase row " + phaseRowId, e);
        }
    }

    public void markChecked(long phaseRowId, Freshness f) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE phase_freshness SET default_head = ?, phase_head = ?,"
                    + " stale = ?, reason = ?, checked_at = ? WHERE phase_row_id = ?")) {
                Jdbc.bind(ps, 1, f.defaultHead(), f.phaseHead(), f.stale(), cap(f.reason()), clock.instant(), phaseRowId);
                if (ps.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO phase_freshness (phase_row_id, default_head,"
                    + " phase_head, stale, reason, checked_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                Jdbc.bind(ps, 1, phaseRowId, f.defaultHead(), f.phaseHead(), f.stale(), cap(f.reason()), clock.instant());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("could not record the staleness check of phase row " + phaseRowId, e);
        }
    }

    public Optional<Freshness> freshness(long phaseRowId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT default_head,"
                + " phase_head, stale, reason FROM phase_freshness WHERE phase_row_id = ?")) {
            ps.setLong(1, phaseRowId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Freshness(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the staleness check of phase row " + phaseRowId, e);
        }
    }

    /** Whether the last check found the phase's current head stale. */
    public boolean isStale(long phaseRowId, String phaseHead) {
        return freshness(phaseRowId).filter(f -> f.stale() && f.phaseHead().equals(phaseHead)).isPresent();
    }

    private static String cap(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}
