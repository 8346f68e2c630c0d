package dev.consolidator.app;

import dev.consolidator.command.AppliedPhases;
import dev.consolidator.command.PhaseCommits;
import dev.consolidator.git.BranchResult;
import dev.consolidator.git.CheckoutBranch;
import dev.consolidator.git.ConfiguredIdentity;
import dev.consolidator.git.CreateBranch;
import dev.consolidator.git.FileManifest;
import dev.consolidator.git.GitIdentity;
import dev.consolidator.git.LocalRepository;
import dev.consolidator.git.Refs;
import dev.consolidator.plan.Phase;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.store.AuditLog;
import dev.consolidator.store.Database;
import dev.consolidator.store.PhaseRecorder;
import dev.consolidator.store.PhaseState;
import dev.consolidator.transform.engine.PhaseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code apply --repo DIR --phase ID [--plan FILE] [--verify COMMAND]}: on a clean checkout, keeps HEAD on a backup
 * branch, writes the phase on {@code consolidation/<id>} with one commit per step, checks it out and records it all
 * in the database. With {@code --verify}, the command then runs in the checkout; if it fails, the branch stays
 * checked out for inspection and the exit code is 1.
 * Locally the phase applies on the current HEAD, so a team can try phase 2 on top of phase 1's unmerged branch.
 */
@Command(name = "apply", description = {"Apply one phase on a local checkout: backup branch, phase branch, one commit"
        + " per step.", "Refuses a dirty working tree; records the phase in the database."},
        footer = {"", "Exit codes: 0 applied (or already applied), 1 problems, a dirty tree or --verify failed,"
                + " 2 usage error or invalid plan."})
final class ApplyCommand implements Callable<Integer> {
    static final GitIdentity BOT = new GitIdentity("Consolidator", "consolidator@users.noreply.github.com");

    @ParentCommand
    private Cli cli;
    @Mixin
    private CheckoutOptions checkout;
    @Option(names = "--phase", required = true, paramLabel = "ID", description = "the phase to apply")
    private String phaseId;
    @Option(names = "--verify", paramLabel = "COMMAND", description = "run COMMAND (sh -c) on the phase branch afterwards")
    private String verifyOption;

    @Override
    public Integer call() throws Exception {
        Path repo = checkout.repo;
        Invocation inv = cli.invocation();
        Optional<PlanParseResult> read = checkout.readPlan(inv, "apply");
        if (read.isEmpty()) return Main.USAGE;
        PlanParseResult parsed = read.get();
        if (!parsed.isValid()) {
            inv.out().print(PlainDryRun.invalidPlan(parsed.problems()));
            return Main.USAGE;
        }
        Plan plan = parsed.plan();
        Optional<Phase> phase = plan.phase(phaseId);
        if (phase.isEmpty()) {
            inv.err().println(CheckoutOptions.noSuchPhase("apply", plan, List.of(phaseId)));
            return Main.USAGE;
        }
        try (LocalRepository repository = LocalRepository.open(repo)) {
            if (!LocalCheckout.clean(inv, "apply", repository)) {
                return Main.FAILED;
            }
            int applied = apply(inv, repo, repository, plan, phase.get());
            Optional<String> verify = Optional.ofNullable(verifyOption);
            if (applied != Main.OK || verify.isEmpty()) return applied;
            return verify(inv, repository.workTree().orElse(repo), phase.get(), verify.get());
        }
    }

    private int apply(Invocation inv, Path repo, LocalRepository repository, Plan plan, Phase phase) {
        AppliedPhases.Branches branches = AppliedPhases.Branches.of(Refs.currentBranch(repository).orElse("HEAD"), phase.id());
        LocalCheckout.Head head = LocalCheckout.head(repository);
        PhaseResult result;
        try (TerminalProgress progress = TerminalProgress.of(inv.err(), "apply")) {
            result = Engines.phaseEngine().run(head.tree(), phase, progress.steps(1));
        }
        if (result.hasProblems()) {
            inv.out().print(PlainDryRun.render(List.of(result), 1));
            inv.err().println("apply: phase " + phase.id() + " has problems; nothing was written");
            return Main.FAILED;
        }
        if (result.alreadyApplied()) {
            inv.out().println("Phase " + phase.id() + " is already applied at HEAD (" + head.commit().substring(0, 12)
                    + "): nothing to do.");
            return Main.OK;
        }
        Optional<String> existing = Refs.localBranch(repository, branches.phase());
        if (existing.isPresent()) {
            inv.err().println("apply: branch " + branches.phase() + " already exists at " + existing.get().substring(0, 12)
                    + "; check it out to continue from it, or delete it (git branch -D " + branches.phase() + ") to apply again");
            return Main.FAILED;
        }
        BranchResult backup = CreateBranch.at(repository, branches.backup(), head.commit());
        String backupCommit = backup instanceof BranchResult.AlreadyExisted kept ? kept.sha() : head.commit();
        GitIdentity who = ConfiguredIdentity.of(repository).orElse(BOT);
        PhaseCommits.Written written = PhaseCommits.write(repository, result, head.commit(), branches.phase(), who);
        CheckoutBranch.Result checkout = CheckoutBranch.run(repository, branches.phase());
        if (checkout instanceof CheckoutBranch.Result.Conflict conflict) {
            inv.err().println("apply: wrote " + branches.phase() + " but could not check it out: " + conflict.paths());
        }
        Config config = inv.config();
        try (Database db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword())) {
            String key = LocalCheckout.repositoryKey(repo);
            new PhaseRecorder(db.dataSource()).record(AppliedPhases.of(key, plan.phases().indexOf(phase), result,
                    PhaseState.OPEN, branches, head.commit(), written, null, FileManifest.ofCommit(repository, head.commit())));
            new AuditLog(db.dataSource(), Clock.systemUTC()).record(key, System.getProperty("user.name", "local"), "apply",
                    phase.id(), "cli", "done", "branch " + branches.phase() + " at " + written.head());
        }
        printSummary(inv, result, branches, backup, backupCommit, written);
        return Main.OK;
    }

    /** The branch is left checked out either way: on failure the user inspects it as it is. */
    private static int verify(Invocation inv, Path repo, Phase phase, String command) throws Exception {
        VerifyRun.Outcome outcome = VerifyRun.run(command, repo);
        if (outcome.passed()) {
            inv.out().println("verify after phase " + phase.id() + ": `" + command + "` passed");
            return Main.OK;
        }
        inv.out().print(VerifyRun.failure(phase.id(), outcome));
        inv.err().println("apply: phase " + phase.id() + " is applied and checked out, but `" + command + "` fails on"
                + " it (exit code " + outcome.exitCode() + "); the branch is left for inspection");
        return Main.FAILED;
    }

    private static void printSummary(Invocation inv, PhaseResult r, AppliedPhases.Branches branches, BranchResult backup,
                                     String backupCommit, PhaseCommits.Written written) {
        var out = inv.out();
        out.println("Applied phase " + r.phase().id() + ": " + r.phase().title());
        for (var step : r.steps()) {
            String commit = written.stepCommits().get(step.index());
            out.println("  " + (commit == null ? "(no commit)" : commit.substring(0, 12)) + "  " + step.summary());
        }
        out.println(PlainDryRun.figures(r));
        r.warnings().forEach(w -> out.println("  warning: " + w));
        List<String> exports = dev.consolidator.command.PhaseReports.exportFiles(r);
        if (!exports.isEmpty()) out.println("Export files updated: " + String.join(", ", exports));
        out.println("Backup: " + branches.backup() + " at " + backupCommit.substring(0, 12)
                + (backup instanceof BranchResult.AlreadyExisted ? " (kept: it already existed)" : ""));
        out.println("Phase branch: " + branches.phase() + " at " + written.head().substring(0, 12) + " (checked out)");
    }
}
