package dev.consolidator.app;

import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanBytes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line: the step at hand, rewritten in place, cleared at the end; off for a stream that is no terminal. */
class TerminalProgressTest {
    final Plan plan = PlanBytes.parse(LocalCliTest.PLAN.getBytes(StandardCharsets.UTF_8), "consolidation.yml").plan();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void each_step_rewrites_the_line_and_close_clears_it() {
        try (TerminalProgress progress = TerminalProgress.always(err, "plan")) {
            var steps = progress.steps(plan.phases().size());
            steps.starting(plan.phases().get(0), 0);
            steps.starting(plan.phases().get(0), 1);
            steps.starting(plan.phases().get(1), 0);
        }

        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\rplan [0 s] phase 1/2 utils, step 1/2: move com.acme.util.Strings to com.acme.text.Strings")
                .contains("\rplan [0 s] phase 1/2 utils, step 2/2: delete com.acme.util.Unused",
                        "\rplan [0 s] phase 2/2 broken, step 1/1: delete com.acme.text.Strings")
                .doesNotContain("\n")
                .matches("(?s).*\\r {60,}\\r"); // the last line blanked out, the cursor back at its start
    }

    @Test
    void a_stream_that_is_not_the_terminal_shows_nothing() {
        try (TerminalProgress progress = TerminalProgress.of(err, "plan")) {
            progress.show("reading the files at HEAD");
            progress.steps(1).starting(plan.phases().get(0), 0);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
