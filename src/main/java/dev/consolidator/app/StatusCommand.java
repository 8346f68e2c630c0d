package dev.consolidator.app;

import dev.consolidator.store.Database;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code status [--repo DIR]}: the recorded phases (of one checkout, or of every repository) and their state. */
final class StatusCommand implements Subcommand {
    @Override
    public int run(Invocation inv) throws Exception {
        CliOptions options;
        try {
            options = CliOptions.parse(inv.args(), Set.of("repo"));
        } catch (CliOptions.UsageException e) {
            inv.err().println("status: " + e.getMessage());
            inv.err().println("usage: consolidator status [--repo DIR]");
            return Main.USAGE;
        }
        try (Database db = Database.open(inv.config().dbUrl(), inv.config().dbUser(), inv.config().dbPassword())) {
            PhaseStore store = new PhaseStore(db.dataSource());
            List<PhaseRecord> phases = options.get("repo")
                    .map(r -> store.list(LocalCheckout.repositoryKey(Path.of(r))))
                    .orElseGet(store::listAll);
            if (phases.isEmpty()) {
                inv.out().println("No phases recorded" + options.get("repo").map(r -> " for " + r).orElse("") + ".");
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
