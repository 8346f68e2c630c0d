package dev.consolidator.app;

import dev.consolidator.transform.export.JsonMappings;
import dev.consolidator.transform.export.Mapping;
import dev.consolidator.transform.export.MigrationGuide;
import dev.consolidator.transform.export.OpenRewriteRecipes;
import dev.consolidator.transform.export.PhaseMappings;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.store.Database;
import dev.consolidator.store.DatabaseInUseException;
import dev.consolidator.store.ExportedRows;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.store.PhaseStore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code export --repo DIR [--plan FILE] [--phase ID ...] [--format openrewrite|json|markdown]}: the mappings for code
 * downstream of the repository, on standard output. A phase applied from this checkout (open, approved or merged in
 * the database) exports what its run recorded, so a plan edited since does not change history; the others export
 * the plan's steps; the output says which is which. Nothing is cloned or written.
 * Exit 0, or 2 on a usage error, an invalid plan or an unknown phase.
 */
@Command(name = "export", description = {"Print the plan's mappings for downstream code: openrewrite, json or markdown.",
        "Applied phases export what they recorded, the others the plan's steps; nothing is cloned or written."})
final class ExportCommand implements Callable<Integer> {
    /** States in which a phase's change is in the repository or on its way there (a rollback is not through yet). */
    private static final Set<PhaseState> APPLIED = Set.of(PhaseState.OPEN, PhaseState.APPROVED, PhaseState.MERGED,
            PhaseState.REVERTING);
    static final List<String> FORMATS = List.of("openrewrite", "json", "markdown");

    @ParentCommand
    private Cli cli;
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;
    @Mixin
    private CheckoutOptions checkout;
    @Option(names = "--phase", paramLabel = "ID", split = ",",
            description = "only these phases (repeatable, or comma-separated); they come out in plan order")
    private List<String> phaseOptions = new ArrayList<>();
    private String format = "openrewrite";

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class,
            description = "openrewrite (default: a recipe per phase), json or markdown (a migration guide)")
    private void format(String value) {
        if (!FORMATS.contains(value)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format is openrewrite, json or markdown");
        }
        format = value;
    }

    @Override
    public Integer call() throws Exception {
        Invocation inv = cli.invocation();
        List<String> phases = phaseOptions.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        Optional<PlanParseResult> read = checkout.readPlan(inv, "export");
        if (read.isEmpty()) return Main.USAGE;
        PlanParseResult parsed = read.get();
        if (!parsed.isValid()) {
            inv.err().println("export: the plan is not valid; `consolidator plan` explains it:");
            parsed.problems().forEach(p -> inv.err().println("  " + p));
            return Main.USAGE;
        }
        Plan plan = parsed.plan();
        List<String> unknown = phases.stream().filter(id -> plan.phase(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            inv.err().println(CheckoutOptions.noSuchPhase("export", plan, unknown));
            return Main.USAGE;
        }
        Map<String, PhaseMappings> recorded = recorded(inv, checkout.repo);
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

    /** The values shell completion offers for --format. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FORMATS.iterator();
        }
    }
}
