package dev.consolidator.app;

import dev.consolidator.export.JsonMappings;
import dev.consolidator.export.Mapping;
import dev.consolidator.export.MigrationGuide;
import dev.consolidator.export.OpenRewriteRecipes;
import dev.consolidator.export.PhaseMappings;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.store.Database;
import dev.consolidator.store.DatabaseInUseException;
import dev.consolidator.store.ExportedRows;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.store.PhaseStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code export --repo DIR [--plan FILE] [--phase ID ...] [--format openrewrite|json|markdown]}: the mappings for code
 * downstream of the repository, on standard output. A phase applied from this checkout (open, approved or merged in
 * the database) exports what its run recorded, so a plan edited since does not change history; the others export
 * the plan's steps; the output says which is which. Nothing is cloned or written.
 * Exit 0, or 2 on a usage error, an invalid plan or an unknown phase.
 */
final class ExportCommand implements Subcommand {
    /** States in which a phase's change is in the repository or on its way there (a rollback is not through yet). */
    private static final Set<PhaseState> APPLIED = Set.of(PhaseState.OPEN, PhaseState.APPROVED, PhaseState.MERGED,
            PhaseState.REVERTING);
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
        Map<String, PhaseMappings> recorded = recorded(inv, repo);
        List<PhaseMappings> mappings = PhaseMappings.of(plan, phases).stream()
                .map(fromPlan -> recorded.getOrDefault(fromPlan.id(), fromPlan)).toList();
        inv.out().print(switch (format) {
            case "json" -> JsonMappings.render(mappings);
            case "markdown" -> MigrationGuide.render(mappings);
            default -> OpenRewriteRecipes.render(mappings);
        });
        inv.out().flush();
        return Main.OK;
    }

    /** The exports recorded for the checkout's applied phases, by phase id; none when there is no database yet. */
    private static Map<String, PhaseMappings> recorded(Invocation inv, Path repo) {
        Config config = inv.config();
        Map<String, PhaseMappings> found = new HashMap<>();
        if (!Database.mayHoldData(config.dbUrl())) return found;
        try (Database db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword())) {
            ExportedRows rows = new ExportedRows(db.dataSource());
            for (PhaseRecord p : new PhaseStore(db.dataSource()).list(LocalCheckout.repositoryKey(repo))) {
                if (!APPLIED.contains(p.state())) continue;
                rows.of(p.rowId()).ifPresent(e -> found.put(p.phaseId(), new PhaseMappings(p.phaseId(), e.title(),
                        e.rows().stream().map(r -> new Mapping(p.phaseId(), r.kind(), r.oldName(), r.newName(), false,
                                r.methods())).toList(), PhaseMappings.Source.RECORDED)));
            }
        } catch (DatabaseInUseException e) {
            inv.err().println("note: " + e.getMessage() + "; every phase is exported from the plan");
        }
        return found;
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
