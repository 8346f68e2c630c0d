package dev.consolidator.app;

import dev.consolidator.store.Database;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code status [--repo DIR]}: the recorded phases (of one checkout, or of every repository) and their state. */
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
                return Main.OK;
            }
            inv.out().printf("%-40s %-24s %-12s %-6s %-14s %-14s %s%n", "repository", "phase", "state", "PR",
                    "files", "lines", "branch");
            for (PhaseRecord p : phases) {
                inv.out().printf("%-40s %-24s %-12s %-6s %-14s %-14s %s%n", p.repository(), p.phaseId(), p.state().label(),
                        p.prNumber() == null ? "" : "#" + p.prNumber(), p.filesBefore() + " -> " + p.filesAfter(),
                        p.linesBefore() + " -> " + p.linesAfter(), p.phaseBranch());
            }
        }
        return Main.OK;
    }
}
