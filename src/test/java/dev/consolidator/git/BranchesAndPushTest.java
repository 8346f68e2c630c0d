package dev.consolidator.git;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.git.CommitChangesTest.BOT;
import static dev.consolidator.git.CommitChangesTest.cloneOf;
import static dev.consolidator.git.CommitChangesTest.sha;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BranchesAndPushTest {
    @TempDir
    Path tmp;

    @Test
    void an_existing_branch_is_never_moved() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             LocalRepository clone = cloneOf(remote)) {
            String base = Refs.remoteBranch(clone, "main").orElseThrow();
            String later = sha(CommitChanges.on(clone, CommitRequest.of("other", base, Map.of("a.txt", "2\n"),
                    Set.of(), "later", BOT)));

            BranchResult first = CreateBranch.at(clone, "consolidation/backup/p1", base);
            BranchResult second = CreateBranch.at(clone, "consolidation/backup/p1", later);

            assertEquals(new BranchResult.Created("consolidation/backup/p1", base), first);
            assertEquals(new BranchResult.AlreadyExisted("consolidation/backup/p1", base), second);
            assertEquals(Optional.of(base), Refs.localBranch(clone, "consolidation/backup/p1"));
        }
    }

    @Test
    void a_backup_branch_the_remote_already_has_is_not_recreated_in_a_fresh_clone_nor_moved_by_the_push()
            throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"))) {
            String backupAt = remote.head();
            remote.checkout("consolidation/backup/p1", true);
            remote.push("consolidation/backup/p1");
            remote.checkout("main", false);
            remote.write(Map.of("a.txt", "2\n"));
            String newerMain = remote.commitAll("main moved on");
            remote.push("main");

            try (LocalRepository clone = cloneOf(remote)) {
                assertEquals(Optional.of(backupAt), Refs.existingBranch(clone, "consolidation/backup/p1"));

                BranchResult result = CreateBranch.at(clone, "consolidation/backup/p1", newerMain);
                List<PushOutcome> pushed = PushBranches.run(clone, List.of("consolidation/backup/p1"), null, true);

                assertEquals(new BranchResult.AlreadyExisted("consolidation/backup/p1", backupAt), result);
                assertEquals(PushOutcome.Status.UP_TO_DATE, pushed.get(0).status());
                assertEquals(backupAt, remote.remoteBranch("consolidation/backup/p1"));
            }
        }
    }

    @Test
    void refs_resolve_branches_head_and_shas_and_unknown_names_resolve_to_nothing() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             LocalRepository checkout = LocalRepository.open(remote.checkout.resolve("."))) {
            String head = remote.head();

            assertEquals(Optional.of(head), Refs.resolveCommit(checkout, "HEAD"));
            assertEquals(Optional.of(head), Refs.resolveCommit(checkout, "main"));
            assertEquals(Optional.of(head), Refs.resolveCommit(checkout, head));
            assertEquals(Optional.of(head), Refs.resolveCommit(checkout, head.substring(0, 10)));
            assertEquals(Optional.empty(), Refs.resolveCommit(checkout, "no-such-branch"));
            assertEquals(Optional.empty(), Refs.resolveCommit(checkout, "0000000000000000000000000000000000000001"));
            assertEquals(Optional.of("main"), Refs.currentBranch(checkout));
            assertEquals(Optional.of(head), Refs.localBranch(checkout, "main"));
            assertEquals(Optional.of(head), Refs.remoteBranch(checkout, "main"));
            assertEquals(Optional.empty(), Refs.localBranch(checkout, "consolidation/p1"));
        }
    }

    @Test
    void a_push_over_a_branch_that_moved_on_the_remote_is_rejected_not_forced() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             LocalRepository clone = cloneOf(remote)) {
            String base = Refs.remoteBranch(clone, "main").orElseThrow();
            remote.checkout("consolidation/p1", true);
            remote.write(Map.of("a.txt", "fixed by hand\n"));
            String theirs = remote.commitAll("a fix pushed by a person");
            remote.push("consolidation/p1");
            sha(CommitChanges.on(clone, CommitRequest.of("consolidation/p1", base, Map.of("a.txt", "2\n"),
                    Set.of(), "ours", BOT)));

            List<PushOutcome> outcomes = PushBranches.run(clone, List.of("consolidation/p1"), null, true);

            assertThat(outcomes).hasSize(1);
            assertEquals(PushOutcome.Status.REJECTED_NON_FAST_FORWARD, outcomes.get(0).status());
            assertEquals(theirs, remote.remoteBranch("consolidation/p1"));
        }
    }

    @Test
    void pushing_again_reports_up_to_date_per_branch() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             LocalRepository clone = cloneOf(remote)) {
            String base = Refs.remoteBranch(clone, "main").orElseThrow();
            CreateBranch.at(clone, "consolidation/backup/p1", base);
            String head = sha(CommitChanges.on(clone, CommitRequest.of("consolidation/p1", base,
                    Map.of("a.txt", "2\n"), Set.of(), "step", BOT)));
            PushBranches.run(clone, List.of("consolidation/backup/p1"), null, true);

            List<PushOutcome> outcomes = PushBranches.run(clone,
                    List.of("consolidation/backup/p1", "consolidation/p1"), null, true);

            assertEquals(List.of(
                    new PushOutcome("consolidation/backup/p1", PushOutcome.Status.UP_TO_DATE, ""),
                    new PushOutcome("consolidation/p1", PushOutcome.Status.OK, "")), outcomes);
            assertEquals(base, remote.remoteBranch("consolidation/backup/p1"));
            assertEquals(head, remote.remoteBranch("consolidation/p1"));
        }
    }

    @Test
    void push_refuses_an_insecure_remote_unless_allowed() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             LocalRepository clone = cloneOf(remote)) {
            CreateBranch.at(clone, "x", Refs.remoteBranch(clone, "main").orElseThrow());

            GitException e = assertThrows(GitException.class,
                    () -> PushBranches.run(clone, List.of("x"), HttpsCredentials.githubToken("t"), false));
            assertThat(e.getMessage()).contains(RemoteUrls.ALLOW_INSECURE_ENV);
            assertEquals(null, remote.remoteBranch("x"));
        }
    }
}
