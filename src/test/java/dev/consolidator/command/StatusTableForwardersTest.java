package dev.consolidator.command;

import dev.consolidator.store.ForwarderUsage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The forwarder section under the progress table: only for phases with forwarders on the default branch. */
class StatusTableForwardersTest {
    static final String HEAD = "0123456789abcdef0123456789abcdef01234567";

    static PhaseStatus phase(String id, ForwarderUsage usage) {
        return new PhaseStatus(id, id, "merged", 3, null, 1, 1, List.of(), 10, 9, 100, 90, false, null, usage);
    }

    @Test
    void phases_with_forwarders_get_a_row_each_with_files_and_lines_still_using_them() {
        String table = StatusTable.render("acme/batch", List.of(
                phase("codec", new ForwarderUsage(HEAD, 2, 3, 7, Instant.EPOCH)),
                phase("plain", null),
                phase("done", new ForwarderUsage(HEAD, 1, 0, 0, Instant.EPOCH))));

        assertThat(table).endsWith("**3 of 3 phases merged; Java files reduced by 3 (30.0% of 10).**\n\n"
                + "#### Compatibility forwarders still in use\n\n"
                + "On the default branch at `0123456789ab`, code that still names an old (forwarded) type. A phase at 0"
                + " can drop its forwarders with a later `removeForwarders: {phase: <id>}` step.\n\n"
                + "| phase | forwarders | files using them | lines using them |\n|---|---:|---:|---:|\n"
                + "| `codec` | 2 | 3 | 7 |\n"
                + "| `done` | 1 | 0 | 0 |\n");
    }

    @Test
    void without_forwarders_the_table_ends_with_its_totals() {
        String table = StatusTable.render("acme/batch", List.of(phase("plain", null)));

        assertThat(table).endsWith("**1 of 1 phase merged; Java files reduced by 1 (10.0% of 10).**\n")
                .doesNotContain("forwarders");
    }
}
