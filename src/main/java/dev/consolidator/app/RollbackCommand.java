package dev.consolidator.app;

import dev.consolidator.command.RollbackRunner;
import dev.consolidator.git.CheckoutBranch;
import dev.consolidator.git.CommitInfo;
import dev.consolidator.git.CommitLog;
import dev.consolidator.git.ConfiguredIdentity;
import dev.consolidator.git.FindMerged;
import dev.consolidator.git.LocalRepository;
import dev.consolidator.git.MergedAs;
import dev.consolidator.git.Refs;
import dev.consolidator.git.RevertCommits;
import dev.consolidator.git.RevertResult;
import dev.consolidator.store.AuditLog;
import dev.consolidator.store.Database;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.store.PhaseStore;
import dev.consolidator.text.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code rollback --repo DIR --phase ID}: the command-line twin of {@code /consolidate rollback}. Reverts what the
 * phase brought to HEAD exactly as the bot's revert pull request does (a merge commit against its first parent, a
 * squash commit, or each commit newest first), on {@code consolidation/revert/<id>} from HEAD, checked out. Refused
 * while a later phase stands. Locally there is no pull request to wait for, so the phase is recorded
 * {@code rolled_back} (with its revert branch and commit) and can be applied again.
 */
@Command(name = "rollback", description = {"Revert an applied or merged phase on a local checkout, as the bot's revert"
        + " pull request does.", "Writes consolidation/revert/<id> from HEAD and checks it out; refused while a later"
        + " phase stands."},
        footer = {"", "Exit codes: 0 rolled back, 1 refused (later phases, a conflict, a dirty tree, not on HEAD),"
                + " 2 usage error."})
final class RollbackCommand implements Callable<Integer> {
    /** What a rollback can undo; a later phase in one of these states still stands on the phase's code. */
    private static final Set<PhaseState> STANDING = EnumSet.of(PhaseState.OPEN, PhaseState.APPROVED, PhaseState.MERGED);

    @ParentCommand
    private Cli cli;
    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "the git checkout")
    private Path repo;
    @Option(names = "--phase", required = true, paramLabel = "ID", description = "the phase to roll back")
    private String phaseId;

    @Override
    public Integer call() throws Exception {
        Invocation inv = cli.invocation();
        try (LocalRepository repository = LocalRepository.open(repo)) {
            if (!LocalCheckout.clean(inv, "rollback", repository)) {
                return Main.FAILED;
            }
            Config config = inv.config();
            try (Database db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword())) {
                return rollback(inv, repository, db);
            }
        }
    }

    private int rollback(Invocation inv, LocalRepository repository, Database db) {
        String key = LocalCheckout.repositoryKey(repo);
        PhaseStore phases = new PhaseStore(db.dataSource());
        List<PhaseRecord> recorded = phases.list(key);
        Optional<PhaseRecord> found = recorded.stream().filter(r -> r.phaseId().equals(phaseId)).findFirst();
        if (found.isEmpty() || found.get().state() == PhaseState.PENDING) {
            return refused(inv, "phase " + phaseId + " was never applied to " + repo + ", so there is nothing to roll back"
                    + (recorded.isEmpty() ? "" : "; recorded: " + String.join(", ", recorded.stream()
                    .map(r -> r.phaseId() + " (" + r.state().label() + ")").toList())));
        }
        PhaseRecord rec = found.get();
        if (!STANDING.contains(rec.state())) {
            return refused(inv, "phase " + phaseId + " is " + rec.state().label() + ": only an applied or merged phase"
                    + " can be rolled back" + (rec.revertBranch() == null ? "" : " (its revert is on " + rec.revertBranch() + ")"));
        }
        List<String> later = recorded.stream().filter(r -> r.planIndex() > rec.planIndex())
                .filter(r -> STANDING.contains(r.state()) || r.state() == PhaseState.REVERTING).map(PhaseRecord::phaseId).toList();
        if (!later.isEmpty()) {
            return refused(inv, "phase " + phaseId + " cannot be rolled back while later phases stand: "
                    + String.join(", ", later) + ". Roll " + (later.size() == 1 ? "it" : "them") + " back first, latest first");
        }
        if (rec.baseCommit() == null || rec.headCommit() == null
                || Refs.resolveCommit(repository, rec.headCommit()).isEmpty()) {
            return refused(inv, "the commits of phase " + phaseId + " are not in " + repo + " (" + rec.phaseBranch()
                    + " was deleted?): restore from " + rec.backupBranch() + " by hand");
        }
        String head = Refs.resolveCommit(repository, "HEAD").orElseThrow(() -> new IllegalStateException("no commit at HEAD"));
        String onHead = Refs.currentBranch(repository).orElse("HEAD") + " at " + head.substring(0, 12);
        List<String> subjects = CommitLog.between(repository, rec.baseCommit(), rec.headCommit(), true).stream()
                .map(CommitInfo::subject).toList();
        Optional<FindMerged.Landing> landing = FindMerged.on(repository, head, rec.baseCommit(), rec.headCommit(), subjects);
        if (landing.isEmpty()) {
            return refused(inv, "the commits of phase " + phaseId + " (" + rec.phaseBranch() + " at "
                    + rec.headCommit().substring(0, 12) + ") are not on " + onHead + ": check out the branch where the"
                    + " phase is applied or merged, and run rollback there");
        }
        MergedAs as = landing.get().mergedAs();
        String branch = freeBranch(repository);
        RevertResult reverted = RevertCommits.onNewBranch(repository, branch, head, as.commitsToRevert(),
                ConfiguredIdentity.of(repository).orElse(ApplyCommand.BOT));
        if (reverted instanceof RevertResult.Conflict conflict) {
            return refused(inv, "phase " + phaseId + " cannot be reverted cleanly: later work on " + onHead + " changed the"
                    + " same lines (reverting " + conflict.commit().substring(0, 12) + "): " + String.join(", ", conflict.paths())
                    + ". Nothing was written. The code before the phase is on " + rec.backupBranch() + " at "
                    + rec.baseCommit().substring(0, 12));
        }
        if (!(reverted instanceof RevertResult.Reverted done)) {
            return refused(inv, "branch " + branch + " appeared while reverting; run rollback again");
        }
        if (CheckoutBranch.run(repository, branch) instanceof CheckoutBranch.Result.Conflict conflict) {
            inv.err().println("rollback: wrote " + branch + " but could not check it out: " + conflict.paths());
        }
        record(db, key, rec, landing.get(), branch, done.head());
        print(inv, repository, rec, landing.get(), done);
        return Main.OK;
    }

    /** {@code consolidation/revert/<id>}, or {@code -2}, {@code -3}... after earlier lives of the phase (as the bot). */
    private String freeBranch(LocalRepository repository) {
        String branch = RollbackRunner.branch(phaseId);
        for (int attempt = 2; Refs.localBranch(repository, branch).isPresent(); attempt++) {
            branch = RollbackRunner.branch(phaseId) + "-" + attempt;
        }
        return branch;
    }

    private void record(Database db, String key, PhaseRecord rec, FindMerged.Landing landing, String branch, String head) {
        PhaseStore phases = new PhaseStore(db.dataSource());
        if (landing.applied()) {
            phases.update(key, phaseId, "state = ?, revert_branch = ?, revert_commit = ?", PhaseState.ROLLED_BACK.label(),
                    branch, head);
        } else {
            List<String> commits = landing.mergedAs().commitsToRevert();
            phases.update(key, phaseId, "state = ?, revert_branch = ?, revert_commit = ?, merge_commit = ?, merge_method = ?",
                    PhaseState.ROLLED_BACK.label(), branch, head, commits.get(commits.size() - 1), method(landing.mergedAs()));
        }
        new AuditLog(db.dataSource(), Clock.systemUTC()).record(key, System.getProperty("user.name", "local"), "rollback",
                phaseId, "cli", "done", "branch " + branch + " at " + head + " reverts " + rec.phaseBranch());
    }

    private static String method(MergedAs as) {
        return as instanceof MergedAs.MergeCommit ? "merge" : as instanceof MergedAs.Squash ? "squash" : "rebase";
    }

    private void print(Invocation inv, LocalRepository repository, PhaseRecord rec, FindMerged.Landing landing, RevertResult.Reverted done) {
        List<String> commits = landing.mergedAs().commitsToRevert();
        String how = landing.applied() ? "applied on this branch (" + Plural.of(commits.size(), "commit") + ")"
                : switch (method(landing.mergedAs())) {
                    case "merge" -> "merged by merge commit " + commits.get(0).substring(0, 12);
                    case "squash" -> "squash-merged as " + commits.get(0).substring(0, 12);
                    default -> "rebase-merged (" + Plural.of(commits.size(), "commit") + ")";
                };
        inv.out().println("Rolled back phase " + phaseId + ": " + rec.title());
        inv.out().println("  the phase was " + how);
        for (String sha : done.revertCommits()) {
            inv.out().println("  " + sha.substring(0, 12) + "  " + CommitLog.commit(repository, sha).subject());
        }
        inv.out().println("Revert branch: " + done.branch() + " at " + done.head().substring(0, 12) + " (checked out)");
        inv.out().println("The code before the phase is also on " + rec.backupBranch() + " at " + rec.baseCommit().substring(0, 12));
    }

    private static int refused(Invocation inv, String reason) {
        inv.err().println("rollback: " + reason);
        return Main.FAILED;
    }
}
