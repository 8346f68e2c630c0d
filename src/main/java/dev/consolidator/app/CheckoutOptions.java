package dev.consolidator.app;

import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The options of every command that works on a checkout and its plan: {@code --repo DIR [--plan FILE]}. */
final class CheckoutOptions {
    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "the git checkout")
    Path repo;
    @Option(names = "--plan", paramLabel = "FILE", description = "the plan (default: DIR/" + LocalCheckout.PLAN_PATH + ")")
    String plan;

    /** The plan file: {@code --plan FILE} if given, else the repository's own. */
    Path planFile() {
        return plan == null ? repo.resolve(LocalCheckout.PLAN_PATH) : Path.of(plan);
    }

    /** The plan, parsed; empty when the file cannot be read, after {@code command} said why on standard error. */
    Optional<PlanParseResult> readPlan(Invocation inv, String command) {
        try {
            return Optional.of(LocalCheckout.readPlan(repo, planFile()));
        } catch (IOException e) {
            inv.err().println(command + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** What {@code command} says when the plan has none of the phases {@code ids}. */
    static String noSuchPhase(String command, Plan plan, List<String> ids) {
        return command + ": the plan has no phase " + String.join(", ", ids) + "; its phases are "
                + String.join(", ", plan.phases().stream().map(p -> p.id()).toList());
    }
}
