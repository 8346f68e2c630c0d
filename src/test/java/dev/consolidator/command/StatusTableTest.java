package dev.consolidator.command;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusTableTest {
    @Test
    void table_lists_phases_in_order_with_links_approvals_ci_sizes_and_totals() {
        List<PhaseStatus> phases = List.of(
                new PhaseStatus("progress", "Fold | tracker", "merged", 3, null, 1, 1, List.of("GitHub Actions: success"), 40, 36, 2000, 1900),
                new PhaseStatus("managers", "Unify managers", "open", 5, null, 0, 2, List.of(), 36, 34, 1900, 1850),
                new PhaseStatus("reporting", "Move reporting", "pending", null, null, 0, 2, List.of(), null, null, null, null));

        String table = StatusTable.render("acme/batch", phases);

        assertThat(table)
                .contains("| 1 | `progress` Fold \\| tracker | merged | #3 |  | 1/1 | GitHub Actions: success | 40 → 36 | 2000 → 1900 |");
        assertThat(table).contains("| 2 | `managers` Unify managers | open | #5 |  | 0/2 |  | 36 → 34 | 1900 → 1850 |");
        assertThat(table).contains("| 3 | `reporting` Move reporting | pending |  |  |  |  |  |  |");
        assertThat(table).contains("**1 of 3 phases merged; Java files reduced by 4 (10.0% of 40).**");
    }

    @Test
    void rolled_back_phases_do_not_count_as_reduction() {
        String totals = StatusTable.totals(List.of(
                new PhaseStatus("a", "A", "rolled_back", 3, 4, 1, 1, List.of(), 10, 8, 1, 1)));
        assertEquals("**0 of 1 phase merged; Java files reduced by 0 (0.0% of 10).**", totals);
    }
}
