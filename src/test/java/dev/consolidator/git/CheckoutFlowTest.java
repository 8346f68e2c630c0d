package dev.consolidator.git;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.git.CommitChangesTest.BOT;
import static dev.consolidator.git.CommitChangesTest.sha;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's flow on a local checkout: refuse a dirty tree, backup branch, commits in memory, one checkout. */
class CheckoutFlowTest {
    @TempDir
    Path tmp;

    @Test
    void a_clean_checkout_reports_clean_and_edits_or_new_files_make_it_dirty() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n", "b.txt", "2\n"));
             LocalRepository checkout = LocalRepository.open(remote.checkout)) {
            assertThat(WorkingTreeStatus.of(checkout)).matches(TreeStatus::isClean, "clean");

            Files.writeString(remote.checkout.resolve("a.txt"), "edited\n");
            remote.delete("b.txt");
            Files.writeString(remote.checkout.resolve("new.txt"), "untracked\n");
            TreeStatus status = WorkingTreeStatus.of(checkout);

            assertThat(status).matches(s -> !s.isClean(), "not clean");
            assertEquals(List.of("a.txt", "b.txt"), status.changed());
            assertEquals(List.of("new.txt"), status.untracked());
        }
    }

    @Test
    void ignored_files_do_not_make_the_tree_dirty() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of(".gitignore", "target/\n"));
             LocalRepository checkout = LocalRepository.open(remote.checkout)) {
            Files.createDirectories(remote.checkout.resolve("target"));
            Files.writeString(remote.checkout.resolve("target/out.class"), "x");

            assertThat(WorkingTreeStatus.of(checkout)).matches(TreeStatus::isClean, "clean");
        }
    }

    @Test
    void apply_builds_commits_in_memory_then_checks_out_the_phase_branch() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of(
                "src/a/Old.java", "class Old {}\n", "src/a/User.java", "class User { Old o; }\n"));
             LocalRepository checkout = LocalRepository.open(remote.checkout.resolve("src/a"))) {
            String head = Refs.resolveCommit(checkout, "HEAD").orElseThrow();
            BranchResult backup = CreateBranch.at(checkout, "consolidation/backup/p1", head);
            String step1 = sha(CommitChanges.on(checkout, CommitRequest.of("consolidation/p1", head,
                    Map.of("src/b/New.java", "class New {}\n"), Set.of("src/a/Old.java"), "step 1", BOT)));
            String step2 = sha(CommitChanges.on(checkout, CommitRequest.of("consolidation/p1", step1,
                    Map.of("src/a/User.java", "class User { New o; }\n"), Set.of(), "step 2", BOT)));
            assertEquals("class Old {}\n", Files.readString(remote.checkout.resolve("src/a/Old.java")));

            CheckoutBranch.Result result = CheckoutBranch.run(checkout, "consolidation/p1");

            assertEquals(new CheckoutBranch.Result.CheckedOut("consolidation/p1", step2), result);
            assertInstanceOf(BranchResult.Created.class, backup);
            assertEquals(Optional.of("consolidation/p1"), Refs.currentBranch(checkout));
            assertThat(remote.checkout.resolve("src/a/Old.java")).doesNotExist();
            assertEquals("class New {}\n", Files.readString(remote.checkout.resolve("src/b/New.java")));
            assertEquals("class User { New o; }\n", Files.readString(remote.checkout.resolve("src/a/User.java")));
            assertThat(WorkingTreeStatus.of(checkout)).matches(TreeStatus::isClean, "clean");
        }
    }

    @Test
    void checkout_over_a_local_edit_to_a_changed_file_reports_the_conflict_and_changes_nothing() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             LocalRepository checkout = LocalRepository.open(remote.checkout)) {
            String head = remote.head();
            sha(CommitChanges.on(checkout, CommitRequest.of("phase", head, Map.of("a.txt", "2\n"), Set.of(), "s", BOT)));
            Files.writeString(remote.checkout.resolve("a.txt"), "local edit\n");

            CheckoutBranch.Result result = CheckoutBranch.run(checkout, "phase");

            assertEquals(new CheckoutBranch.Result.Conflict("phase", List.of("a.txt")), result);
            assertEquals("local edit\n", Files.readString(remote.checkout.resolve("a.txt")));
            assertEquals(Optional.of("main"), Refs.currentBranch(checkout));
        }
    }

    @Test
    void opening_a_directory_outside_any_repository_fails_clearly() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));

        GitException e = assertThrows(GitException.class, () -> LocalRepository.open(plain));
        assertThat(e.getMessage()).contains("Not a git repository");
    }
}
