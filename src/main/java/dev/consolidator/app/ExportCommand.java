package dev.consolidator.app;

import dev.consolidator.export.JsonMappings;
import dev.consolidator.export.MigrationGuide;
import dev.consolidator.export.OpenRewriteRecipes;
import dev.consolidator.export.PhaseMappings;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code export --repo DIR [--plan FILE] [--phase ID ...] [--format openrewrite|json|markdown]}: the plan's mappings
 * for code downstream of the repository, on standard output. Reads only the plan: nothing is cloned or written.
 * Exit 0, or 2 on a usage error, an invalid plan or an unknown phase.
 */
final class ExportCommand implements Subcommand {
    private static final String USAGE = "usage: consolidator export --repo DIR [--plan FILE] [--phase ID ...]"
            + " [--format openrewrite|json|markdown]";

    @Override
    public int run(Invocation inv) throws Exception {
        List<String> phases = new ArrayList<>();
        CliOptions options;
        String format;
        try {
            options = CliOptions.parse(withoutPhases(inv.args(), phases), Set.of("repo", "plan", "format"));
            format = options.get("format").orElse("openrewrite");
            if (!List.of("openrewrite", "json", "markdown").contains(format)) {
                throw new CliOptions.UsageException("--format is openrewrite, json or markdown");
            }
            options.require("repo");
        } catch (CliOptions.UsageException e) {
            inv.err().println("export: " + e.getMessage());
            inv.err().println(USAGE);
            return Main.USAGE;
        }
        Path repo = Path.of(options.require("repo"));
        PlanParseResult parsed;
        try {
            parsed = LocalCheckout.readPlan(repo, LocalCheckout.planFile(repo, options.get("plan")));
        } catch (java.io.IOException e) {
            inv.err().println("export: " + e.getMessage());
            return Main.USAGE;
        }
        if (!parsed.isValid()) {
            inv.err().println("export: the plan is not valid; `consolidator plan` explains it:");
            parsed.problems().forEach(p -> inv.err().println("  " + p));
            return Main.USAGE;
        }
        Plan plan = parsed.plan();
        List<String> unknown = phases.stream().filter(id -> plan.phase(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            inv.err().println("export: the plan has no phase " + String.join(", ", unknown) + "; its phases are "
                    + String.join(", ", plan.phases().stream().map(p -> p.id()).toList()));
            return Main.USAGE;
        }
        List<PhaseMappings> mappings = PhaseMappings.of(plan, phases);
        inv.out().print(switch (format) {
            case "json" -> JsonMappings.render(mappings);
            case "markdown" -> MigrationGuide.render(mappings);
            default -> OpenRewriteRecipes.render(mappings);
        });
        inv.out().flush();
        return Main.OK;
    }

    /** Takes every {@code --phase ID} (repeatable, or comma-separated) out of the arguments, into {@code phases}. */
    private static List<String> withoutPhases(List<String> args, List<String> phases) throws CliOptions.UsageException {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value;
            if (arg.equals("--phase")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new CliOptions.UsageException("--phase needs a value");
                }
                value = args.get(++i);
            } else if (arg.startsWith("--phase=")) {
                value = arg.substring("--phase=".length());
            } else {
                rest.add(arg);
                continue;
            }
            for (String id : value.split(",")) {
                if (!id.isBlank() && !phases.contains(id.strip())) phases.add(id.strip());
            }
        }
        return rest;
    }
}
