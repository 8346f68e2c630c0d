package dev.consolidator.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.consolidator.command.DryRunReport;
import dev.consolidator.git.LocalRepository;
import dev.consolidator.git.WorkingTreeStatus;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.transform.engine.PhaseResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code plan --repo DIR [--plan FILE] [--phase ID] [--format plain|markdown|json] [--verify COMMAND]}: validates the
 * plan and dry-runs every phase in order, each on top of the ones before, on the commit at HEAD. Writes nothing in
 * the checkout; with {@code --verify}, the phases are written into a temporary clone and the command runs after each.
 * Exit 0 when there are no problems, 1 when a phase has problems or fails verification, 2 on a usage error or an
 * invalid plan.
 */
@Command(name = "plan", description = {"Validate the plan and dry-run its phases on a local checkout.",
        "Every phase runs in order, each on top of the ones before, on the commit at HEAD; nothing is written."},
        footer = {"", "Exit codes: 0 no problems, 1 problems found or --verify failed, 2 usage error or invalid plan."})
final class PlanCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("plain", "markdown", "json");

    @ParentCommand
    private Cli cli;
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private CheckoutOptions checkout;
    @Option(names = "--phase", paramLabel = "ID", description = "show this phase only (the phases before it still run)")
    private String phaseOption;
    @Option(names = "--verify", paramLabel = "COMMAND",
            description = "run COMMAND (sh -c) after each phase, in a temporary clone")
    private String verifyOption;
    private String format = "plain";

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class, description = "plain (default: for a terminal), markdown (as the"
            + " pull request shows it) or json (only the JSON document on standard output)")
    private void format(String value) {
        if (value.equals("text")) {
            value = "plain"; // what --format text printed is now the plain summary; the PR's Markdown is `markdown`
        }
        if (!FORMATS.contains(value)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format is plain, markdown or json");
        }
        format = value;
    }

    @Override
    public Integer call() throws Exception {
        Invocation inv = cli.invocation();
        boolean json = format.equals("json");
        Path planFile = checkout.planFile();
        Optional<PlanParseResult> read = checkout.readPlan(inv, "plan");
        if (read.isEmpty()) return Main.USAGE;
        PlanParseResult parsed = read.get();
        if (!parsed.isValid()) {
            if (json) {
                print(inv, new JsonReport(planFile.toString(), false, parsed.problems().stream().map(Object::toString).toList(),
                        List.of(), List.of()));
            } else {
                inv.out().print(format.equals("markdown") ? DryRunReport.invalidPlan(parsed.problems())
                        : PlainDryRun.invalidPlan(parsed.problems()));
            }
            return Main.USAGE;
        }
        Plan plan = parsed.plan();
        Optional<String> only = Optional.ofNullable(phaseOption);
        if (only.isPresent() && plan.phase(only.get()).isEmpty()) {
            inv.err().println(CheckoutOptions.noSuchPhase("plan", plan, List.of(only.get())));
            return Main.USAGE;
        }
        List<PhaseResult> results;
        List<PlanVerification.Verdict> verdicts = List.of();
        Optional<String> verify = Optional.ofNullable(verifyOption);
        try (LocalRepository repository = LocalRepository.open(checkout.repo);
             TerminalProgress progress = TerminalProgress.of(inv.err(), "plan")) {
            if (!WorkingTreeStatus.of(repository).isClean()) {
                inv.err().println("note: the working tree has uncommitted changes; the dry run uses the commit at HEAD");
            }
            progress.show("reading the files at HEAD");
            LocalCheckout.Head head = LocalCheckout.head(repository);
            results = Engines.phaseEngine().dryRun(head.tree(), plan, progress.steps(plan.phases().size()));
            // up to the last phase shown, each on top of the ones before it; a phase with problems is not built
            int last = only.map(id -> indexOf(results, id)).orElse(results.size() - 1);
            List<PhaseResult> verified = results.subList(0, last + 1);
            if (verify.isPresent() && verified.stream().noneMatch(PhaseResult::hasProblems)) {
                progress.show("verifying with " + verify.get());
                verdicts = PlanVerification.run(repository, head.commit(), verified, verify.get());
            }
        }
        List<PhaseResult> shown = only.map(id -> results.stream().filter(r -> r.phase().id().equals(id)).toList()).orElse(results);
        if (only.isPresent() && shown.isEmpty()) {
            shown = results.subList(results.size() - 1, results.size()); // an earlier phase stopped the run: show why
        }
        boolean problems = shown.stream().anyMatch(PhaseResult::hasProblems)
                || verdicts.stream().anyMatch(v -> !v.passed());
        if (json) {
            print(inv, new JsonReport(planFile.toString(), true, List.of(), shown.stream().map(JsonPhase::of).toList(),
                    verdicts));
        } else {
            int phases = only.isPresent() ? shown.size() : plan.phases().size();
            inv.out().print(format.equals("markdown") ? DryRunReport.render(shown, phases) : PlainDryRun.render(shown, phases));
            if (verify.isPresent()) inv.out().print(PlanVerification.render(verdicts, verify.get()));
        }
        return problems ? Main.FAILED : Main.OK;
    }

    private static int indexOf(List<PhaseResult> results, String id) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).phase().id().equals(id)) return i;
        }
        return results.size() - 1;
    }

    private static void print(Invocation inv, Object report) throws Exception {
        inv.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    }

    /** The JSON document scripts read: nothing else goes to standard output with --format json. */
    record JsonReport(String plan, boolean valid, List<String> planProblems, List<JsonPhase> phases,
                      List<PlanVerification.Verdict> verify) {
    }

    record JsonPhase(String id, String title, boolean hasProblems, boolean alreadyApplied, List<JsonStep> steps,
                     List<dev.consolidator.transform.TypeMapping> mappings,
                     List<dev.consolidator.transform.ImportChange> importChanges,
                     List<dev.consolidator.transform.Problem> problems, List<dev.consolidator.transform.Warning> warnings,
                     dev.consolidator.transform.engine.Metrics metrics) {
        static JsonPhase of(PhaseResult r) {
            return new JsonPhase(r.phase().id(), r.phase().title(), r.hasProblems(), r.alreadyApplied(),
                    r.steps().stream().map(s -> new JsonStep(s.index(), s.step().describe(), s.summary(), s.alreadyApplied(),
                            List.copyOf(s.changes().added().keySet()), List.copyOf(s.changes().modified().keySet()),
                            List.copyOf(s.changes().deleted()))).toList(),
                    r.mappings(), r.importChanges(), r.problems(), r.warnings(), r.metrics());
        }
    }

    record JsonStep(int index, String step, String summary, boolean alreadyApplied, List<String> added,
                    List<String> modified, List<String> deleted) {
    }

    /** The values shell completion offers for --format. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FORMATS.iterator();
        }
    }
}
