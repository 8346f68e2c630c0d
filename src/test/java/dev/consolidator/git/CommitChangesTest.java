package dev.consolidator.git;

import static org.assertj.core.api.Assertions.assertThat;
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

class CommitChangesTest {
    static final GitIdentity BOT = new GitIdentity("consolidator[bot]", "bot@consolidator.dev");

    @TempDir
    Path tmp;

    @Test
    void commits_added_modified_and_deleted_files_on_a_bare_clone_and_a_fresh_clone_sees_them() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of(
                "src/main/java/a/Old.java", "package a;\nclass Old {}\n",
                "src/main/java/a/User.java", "package a;\nclass User { Old o; }\n",
                "README.md", "untouched\n"));
             LocalRepository clone = cloneOf(remote)) {
            String base = Refs.remoteBranch(clone, "main").orElseThrow();

            CommitResult result = CommitChanges.on(clone, CommitRequest.of("consolidation/p1", base,
                    Map.of("src/main/java/b/New.java", "package b;\npublic class New {}\n",
                            "src/main/java/a/User.java", "package a;\nimport b.New;\nclass User { New o; }\n"),
                    Set.of("src/main/java/a/Old.java"), "consolidate(p1): move a.Old to b.New", BOT));

            CommitResult.Committed committed = assertInstanceOf(CommitResult.Committed.class, result);
            assertEquals(Optional.of(committed.sha()), Refs.localBranch(clone, "consolidation/p1"));
            CommitInfo info = CommitLog.commit(clone, committed.sha());
            assertEquals(List.of(base), info.parents());
            assertEquals("consolidate(p1): move a.Old to b.New", info.subject());
            assertEquals("consolidator[bot]", info.authorName());

            List<PushOutcome> pushed = PushBranches.run(clone, List.of("consolidation/p1"), null, true);
            assertEquals(List.of(new PushOutcome("consolidation/p1", PushOutcome.Status.OK, "")), pushed);
            Path fresh = remote.freshClone(tmp.resolve("reviewer"), "consolidation/p1");
            assertEquals("package b;\npublic class New {}\n", Files.readString(fresh.resolve("src/main/java/b/New.java")));
            assertEquals("package a;\nimport b.New;\nclass User { New o; }\n",
                    Files.readString(fresh.resolve("src/main/java/a/User.java")));
            assertThat(fresh.resolve("src/main/java/a/Old.java")).doesNotExist();
            assertEquals("untouched\n", Files.readString(fresh.resolve("README.md")));
        }
    }

    @Test
    void one_commit_per_step_fast_forwards_the_branch() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             LocalRepository clone = cloneOf(remote)) {
            String base = Refs.remoteBranch(clone, "main").orElseThrow();
            String first = sha(CommitChanges.on(clone, CommitRequest.of("phase", base, Map.of("a.txt", "2\n"),
                    Set.of(), "step 1", BOT)));

            String second = sha(CommitChanges.on(clone, CommitRequest.of("phase", first, Map.of("b.txt", "new\n"),
                    Set.of(), "step 2", BOT)));

            assertEquals(Optional.of(second), Refs.localBranch(clone, "phase"));
            assertEquals(List.of("step 1", "step 2"), CommitLog.between(clone, base, second, true).stream()
                    .map(CommitInfo::subject).toList());
            assertEquals(Map.of("a.txt", "2\n", "b.txt", "new\n"), ReadTextFiles.atCommit(clone, second).files());
        }
    }

    @Test
    void a_commit_on_a_stale_parent_does_not_move_the_branch() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             LocalRepository clone = cloneOf(remote)) {
            String base = Refs.remoteBranch(clone, "main").orElseThrow();
            String first = sha(CommitChanges.on(clone, CommitRequest.of("phase", base, Map.of("a.txt", "2\n"),
                    Set.of(), "step 1", BOT)));

            CommitResult stale = CommitChanges.on(clone, CommitRequest.of("phase", base, Map.of("a.txt", "3\n"),
                    Set.of(), "from the old base", BOT));

            CommitResult.NotFastForward rejected = assertInstanceOf(CommitResult.NotFastForward.class, stale);
            assertEquals(first, rejected.branchSha());
            assertEquals(Optional.of(first), Refs.localBranch(clone, "phase"));
        }
    }

    @Test
    void a_modified_file_keeps_its_executable_bit() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("build.sh", "echo 1\n"))) {
            remote.checkout.resolve("build.sh").toFile().setExecutable(true);
            remote.commitAll("make executable");
            remote.push("main");
            try (LocalRepository clone = cloneOf(remote)) {
                String base = Refs.remoteBranch(clone, "main").orElseThrow();
                String sha = sha(CommitChanges.on(clone, CommitRequest.of("phase", base,
                        Map.of("build.sh", "echo 2\n"), Set.of(), "edit", BOT)));
                PushBranches.run(clone, List.of("phase"), null, true);

                Path fresh = remote.freshClone(tmp.resolve("reviewer"), "phase");
                assertThat(fresh.resolve("build.sh")).as(sha).isExecutable();
                assertEquals("echo 2\n", Files.readString(fresh.resolve("build.sh")));
            }
        }
    }

    @Test
    void deleting_a_file_the_parent_does_not_have_is_a_caller_error() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             LocalRepository clone = cloneOf(remote)) {
            String base = Refs.remoteBranch(clone, "main").orElseThrow();

            assertThrows(IllegalArgumentException.class, () -> CommitChanges.on(clone,
                    CommitRequest.of("phase", base, Map.of(), Set.of("missing.txt"), "delete", BOT)));
            assertEquals(Optional.empty(), Refs.localBranch(clone, "phase"));
        }
    }

    static LocalRepository cloneOf(Remote remote) {
        Path work = remote.bare.resolveSibling("bot-clone");
        SyncResult.Ready ready = (SyncResult.Ready) CloneOrFetch.run(remote.url(), work, null, true);
        return LocalRepository.open(ready.gitDirectory());
    }

    static String sha(CommitResult result) {
        return assertInstanceOf(CommitResult.Committed.class, result).sha();
    }
}
