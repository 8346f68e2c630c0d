package dev.consolidator.store;

import javax.sql.DataSource;
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
        Jdbc.with(dataSource, "could not record the forwarder usage of phase row " + phaseRowId, c -> {
            if (usage.isEmpty()) {
                return Jdbc.update(c, "DELETE FROM forwarder_usage WHERE phase_row_id = ?", phaseRowId);
            }
            ForwarderUsage u = usage.get();
            return Jdbc.updateElseInsert(c, "UPDATE forwarder_usage SET default_head = ?, forwarders = ?, files = ?,"
                    + " lines = ?, checked_at = ? WHERE phase_row_id = ?", "INSERT INTO forwarder_usage (default_head,"
                    + " forwarders, files, lines, checked_at, phase_row_id) VALUES (?, ?, ?, ?, ?, ?)",
                    u.commit(), u.forwarders(), u.files(), u.lines(), clock.instant(), phaseRowId);
        });
    }

    public Optional<ForwarderUsage> of(long phaseRowId) {
        return Jdbc.with(dataSource, "could not read the forwarder usage of phase row " + phaseRowId, c -> Jdbc.first(c,
                "SELECT default_head, forwarders, files, lines, checked_at FROM forwarder_usage WHERE phase_row_id = ?",
                rs -> new ForwarderUsage(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        Jdbc.instant(rs, "checked_at")), phaseRowId));
    }
}
