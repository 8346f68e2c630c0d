package dev.consolidator.app;

import dev.consolidator.command.ForwarderUsages;
import dev.consolidator.git.LocalRepository;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.store.Database;
import dev.consolidator.store.ForwarderUsage;
import dev.consolidator.store.PhaseDetails;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code status [--repo DIR]}: the recorded phases (of one checkout, or of every repository) and their state; for a
 * checkout, also how much of its HEAD still uses the forwarders of each phase that left some there.
 */
@Command(name = "status", description = "Show the recorded phases and their state (of one checkout, or of every repository).")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    private Cli cli;
    @Option(names = "--repo", paramLabel = "DIR", description = "only the phases of this checkout")
    private String repoOption;

    @Override
    public Integer call() throws Exception {
        Invocation inv = cli.invocation();
        Optional<String> repo = Optional.ofNullable(repoOption);
        try (Database db = Database.open(inv.config().dbUrl(), inv.config().dbUser(), inv.config().dbPassword())) {
            PhaseStore store = new PhaseStore(db.dataSource());
            List<PhaseRecord> phases = repo
                    .map(r -> store.list(LocalCheckout.repositoryKey(Path.of(r))))
                    .orElseGet(store::listAll);
            if (phases.isEmpty()) {
                inv.out().println("No phases recorded" + repo.map(r -> " for " + r).orElse("") + ".");
            } else {
                inv.out().printf("%-40s %-24s %-12s %-6s %-14s %-14s %s%n", "repository", "phase", "state", "PR",
                        "files", "lines", "branch");
                for (PhaseRecord p : phases) {
                    inv.out().printf("%-40s %-24s %-12s %-6s %-14s %-14s %s%n", p.repository(), p.phaseId(),
                            p.state().label(), p.prNumber() == null ? "" : "#" + p.prNumber(),
                            p.filesBefore() + " -> " + p.filesAfter(), p.linesBefore() + " -> " + p.linesAfter(),
                            p.phaseBranch());
                }
            }
            // phases applied elsewhere (by the bot) are not recorded here: the plan finds their forwarders
            if (repo.isPresent()) {
                forwarders(inv, Path.of(repo.get()), phases, new PhaseDetails(db.dataSource()));
            }
        }
        return Main.OK;
    }

    /** The checkout's own plan, to find the forwarders of a phase that recorded none; null when it has no valid one. */
    private static Plan plan(Path repo) {
        try {
            PlanParseResult parsed = LocalCheckout.readPlan(repo, repo.resolve(LocalCheckout.PLAN_PATH));
            return parsed.isValid() ? parsed.plan() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** How much of the checkout's HEAD still uses the forwarders of each phase that left some there. */
    private static void forwarders(Invocation inv, Path repo, List<PhaseRecord> phases, PhaseDetails details) {
        Map<String, ForwarderUsage> usage;
        String head;
        try (LocalRepository repository = LocalRepository.open(repo)) {
            LocalCheckout.Head checkout = LocalCheckout.head(repository);
            head = checkout.commit();
            usage = ForwarderUsages.count(checkout.tree(), head, phases, details, plan(repo), Instant.now());
        } catch (RuntimeException e) {
            inv.err().println("status: forwarder use not counted: " + e.getMessage());
            return;
        }
        if (usage.isEmpty()) {
            return;
        }
        inv.out().println();
        inv.out().println("Forwarders still in use at HEAD " + head.substring(0, 12) + " (code naming an old, forwarded type):");
        inv.out().printf("%-24s %-11s %-6s %s%n", "phase", "forwarders", "files", "lines");
        usage.forEach((phase, u) -> inv.out().printf("%-24s %-11d %-6d %d%n", phase, u.forwarders(), u.files(), u.lines()));
        inv.out().println("A phase at 0 files can drop its forwarders with a later `removeForwarders: {phase: <id>}` step.");
    }
}
