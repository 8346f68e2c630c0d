package dev.consolidator.store;

import javax.sql.DataSource;
import java.time.Clock;
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
        Jdbc.with(dataSource, "could not record the base of phase row " + phaseRowId, c -> Jdbc.insertIfAbsent(c,
                "INSERT INTO phase_bases (phase_row_id, base_commit, head_commit, reason, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)", phaseRowId, baseCommit, headCommit, reason, clock.instant()));
    }

    /** Every base of the phase, oldest first. */
    public List<Base> bases(long phaseRowId) {
        return Jdbc.with(dataSource, "could not read the bases of phase row " + phaseRowId, c -> Jdbc.list(c,
                "SELECT base_commit, head_commit, reason FROM phase_bases WHERE phase_row_id = ? ORDER BY id",
                rs -> new Base(rs.getString(1), rs.getString(2), rs.getString(3)), phaseRowId));
    }

    public void markChecked(long phaseRowId, Freshness f) {
        Jdbc.with(dataSource, "could not record the staleness check of phase row " + phaseRowId,
                c -> Jdbc.updateElseInsert(c, "UPDATE phase_freshness SET default_head = ?, phase_head = ?, stale = ?,"
                        + " reason = ?, checked_at = ? WHERE phase_row_id = ?", "INSERT INTO phase_freshness"
                        + " (default_head, phase_head, stale, reason, checked_at, phase_row_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                        f.defaultHead(), f.phaseHead(), f.stale(), cap(f.reason()), clock.instant(), phaseRowId));
    }

    public Optional<Freshness> freshness(long phaseRowId) {
        return Jdbc.with(dataSource, "could not read the staleness check of phase row " + phaseRowId, c -> Jdbc.first(c,
                "SELECT default_head, phase_head, stale, reason FROM phase_freshness WHERE phase_row_id = ?",
                rs -> new Freshness(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)), phaseRowId));
    }

    /** Whether the last check found the phase's current head stale. */
    public boolean isStale(long phaseRowId, String phaseHead) {
        return freshness(phaseRowId).filter(f -> f.stale() && f.phaseHead().equals(phaseHead)).isPresent();
    }

    private static String cap(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}
