package dev.consolidator.git;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.git.CommitChangesTest.BOT;
import static dev.consolidator.git.CommitChangesTest.cloneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rollback of a merged phase in each way GitHub merges a pull request. The phase moves a type (adds New.java,
 * deletes Old.java) and rewrites its user in two commits, while main moves on with unrelated work.
 */
class RevertCommitsTest {
    static final List<String> PHASE_SUBJECTS = List.of(
            "consolidate(p1): move a.Old to b.New", "consolidate(p1): rewrite references");

    @TempDir
    Path tmp;

    Remote remote;
    String before;
    String step1;
    String step2;

    @BeforeEach
    void phase_branch_and_main_diverge() throws Exception {
        remote = Remote.create(tmp, "main", Map.of(
                "src/a/Old.java", "package a;\npublic class Old {}\n",
                "src/a/User.java", "package a;\nclass User {\n    Old old;\n}\n",
                "README.md", "# Project\n",
                "docs/notes.md", "notes\n"));
        remote.checkout("consolidation/p1", true);
        remote.write(Map.of("src/b/New.java", "package b;\npublic class New {}\n"));
        remote.delete("src/a/Old.java");
        step1 = remote.commitAll("consolidate(p1): move a.Old to b.New");
        remote.write(Map.of("src/a/User.java", "package a;\nimport b.New;\nclass User {\n    New old;\n}\n"));
        step2 = remote.commitAll("consolidate(p1): rewrite references");
        remote.checkout("main", false);
        remote.write(Map.of("docs/notes.md", "notes, edited on main meanwhile\n"));
        before = remote.commitAll("Unrelated work on main");
    }

    @Test
    void a_merge_commit_is_reverted_against_its_first_parent_and_restores_the_tree_before_it() throws Exception {
        String merge = remote.mergeNoFastForward("consolidation/p1", "Merge pull request #7 from o/consolidation/p1");
        remote.push("main");

        try (LocalRepository clone = cloneOf(remote)) {
            CommitInfo merged = CommitLog.commit(clone, merge);
            assertThat(merged).matches(CommitInfo::isMerge, "a merge commit");
            assertEquals(List.of(merge), shas(CommitLog.between(clone, before, merge, true)));
            assertEquals(List.of(step1, step2, merge), shas(CommitLog.between(clone, before, merge, false)));

            MergedAs mergedAs = DetectMerge.of(clone, merge, PHASE_SUBJECTS);
            assertEquals(new MergedAs.MergeCommit(merge), mergedAs);

            RevertResult result = RevertCommits.onNewBranch(clone, "consolidation/revert/p1", merge,
                    mergedAs.commitsToRevert(), BOT);

            RevertResult.Reverted reverted = assertInstanceOf(RevertResult.Reverted.class, result);
            assertThat(reverted.revertCommits()).hasSize(1);
            assertEquals(treeOf(clone, before), treeOf(clone, reverted.head()));
            assertEquals(ReadTextFiles.atCommit(clone, before), ReadTextFiles.atCommit(clone, reverted.head()));
            CommitInfo revert = CommitLog.commit(clone, reverted.head());
            assertEquals(List.of(merge), revert.parents());
            assertEquals("Revert \"Merge pull request #7 from o/consolidation/p1\"\n\nThis reverts commit " + merge
                    + ", reversing\nchanges made to " + before + ".\n", revert.message());
            assertEquals(Optional.of(reverted.head()), Refs.localBranch(clone, "consolidation/revert/p1"));

            PushBranches.run(clone, List.of("consolidation/revert/p1"), null, true);
            assertEquals(reverted.head(), remote.remoteBranch("consolidation/revert/p1"));
        }
    }

    @Test
    void a_squash_commit_is_reverted_as_one_commit_and_restores_the_tree_before_it() throws Exception {
        remote.write(Map.of("src/b/New.java", "package b;\npublic class New {}\n",
                "src/a/User.java", "package a;\nimport b.New;\nclass User {\n    New old;\n}\n"));
        remote.delete("src/a/Old.java");
        String squash = remote.commitAll("Consolidation p1: fold Old into New (#7)");
        remote.push("main");

        try (LocalRepository clone = cloneOf(remote)) {
            assertEquals(List.of(before), CommitLog.commit(clone, squash).parents());
            MergedAs mergedAs = DetectMerge.of(clone, squash, PHASE_SUBJECTS);
            assertEquals(new MergedAs.Squash(squash), mergedAs);

            RevertResult.Reverted reverted = assertInstanceOf(RevertResult.Reverted.class,
                    RevertCommits.onNewBranch(clone, "consolidation/revert/p1", squash, mergedAs.commitsToRevert(), BOT));

            assertEquals(treeOf(clone, before), treeOf(clone, reverted.head()));
            assertEquals("Revert \"Consolidation p1: fold Old into New (#7)\"\n\nThis reverts commit " + squash + ".\n",
                    CommitLog.commit(clone, reverted.head()).message());
        }
    }

    @Test
    void a_rebase_merge_is_reverted_commit_by_commit_newest_first() throws Exception {
        String replayed1 = remote.cherryPick(step1);
        String replayed2 = remote.cherryPick(step2);
        remote.push("main");

        try (LocalRepository clone = cloneOf(remote)) {
            assertEquals(List.of(replayed1, replayed2), shas(CommitLog.between(clone, before, replayed2, true)));
            MergedAs mergedAs = DetectMerge.of(clone, replayed2, PHASE_SUBJECTS);
            assertEquals(new MergedAs.Rebase(List.of(replayed1, replayed2)), mergedAs);

            RevertResult.Reverted reverted = assertInstanceOf(RevertResult.Reverted.class,
                    RevertCommits.onNewBranch(clone, "consolidation/revert/p1", replayed2, mergedAs.commitsToRevert(), BOT));

            assertEquals(treeOf(clone, before), treeOf(clone, reverted.head()));
            assertEquals(List.of("Revert \"consolidate(p1): rewrite references\"",
                            "Revert \"consolidate(p1): move a.Old to b.New\""),
                    CommitLog.between(clone, replayed2, reverted.head(), true).stream().map(CommitInfo::subject).toList());
            assertEquals(reverted.revertCommits(), shas(CommitLog.between(clone, replayed2, reverted.head(), true)));
        }
    }

    @Test
    void later_unrelated_work_on_main_is_kept_by_the_revert() throws Exception {
        String merge = remote.mergeNoFastForward("consolidation/p1", "Merge phase p1");
        remote.write(Map.of("README.md", "# Project\n\nLater work.\n"));
        String later = remote.commitAll("Later work");
        remote.push("main");

        try (LocalRepository clone = cloneOf(remote)) {
            RevertResult.Reverted reverted = assertInstanceOf(RevertResult.Reverted.class,
                    RevertCommits.onNewBranch(clone, "consolidation/revert/p1", later, List.of(merge), BOT));

            Map<String, String> expected = new TreeMap<>(ReadTextFiles.atCommit(clone, before).files());
            expected.put("README.md", "# Project\n\nLater work.\n");
            assertEquals(expected, ReadTextFiles.atCommit(clone, reverted.head()).files());
        }
    }

    @Test
    void a_revert_that_conflicts_with_later_work_reports_the_files_and_creates_nothing() throws Exception {
        String merge = remote.mergeNoFastForward("consolidation/p1", "Merge phase p1");
        remote.write(Map.of("src/a/User.java", "package a;\nimport b.New;\nclass User {\n    New renamed;\n}\n",
                "src/b/New.java", "package b;\npublic class New {\n    int grown;\n}\n"));
        String later = remote.commitAll("Later work on the consolidated code");
        remote.push("main");

        try (LocalRepository clone = cloneOf(remote)) {
            RevertResult result = RevertCommits.onNewBranch(clone, "consolidation/revert/p1", later, List.of(merge), BOT);

            RevertResult.Conflict conflict = assertInstanceOf(RevertResult.Conflict.class, result);
            assertEquals(merge, conflict.commit());
            assertEquals(List.of("src/a/User.java", "src/b/New.java"), conflict.paths());
            assertEquals(Optional.empty(), Refs.localBranch(clone, "consolidation/revert/p1"));
        }
    }

    @Test
    void the_same_rollback_twice_leaves_the_first_revert_branch_alone() throws Exception {
        String merge = remote.mergeNoFastForward("consolidation/p1", "Merge phase p1");
        remote.push("main");

        try (LocalRepository clone = cloneOf(remote)) {
            RevertResult.Reverted first = assertInstanceOf(RevertResult.Reverted.class,
                    RevertCommits.onNewBranch(clone, "consolidation/revert/p1", merge, List.of(merge), BOT));

            RevertResult second = RevertCommits.onNewBranch(clone, "consolidation/revert/p1", merge, List.of(merge), BOT);

            assertEquals(new RevertResult.BranchExists("consolidation/revert/p1", first.head()), second);
        }
    }

    @Test
    void a_revert_branch_already_pushed_by_an_earlier_run_is_not_made_again_in_a_fresh_clone() throws Exception {
        String merge = remote.mergeNoFastForward("consolidation/p1", "Merge phase p1");
        remote.push("main");
        remote.checkout("consolidation/revert/p1", true);
        remote.push("consolidation/revert/p1");

        try (LocalRepository clone = cloneOf(remote)) {
            RevertResult result = RevertCommits.onNewBranch(clone, "consolidation/revert/p1", merge, List.of(merge), BOT);

            assertEquals(new RevertResult.BranchExists("consolidation/revert/p1", merge), result);
        }
    }

    @Test
    void the_root_commit_cannot_be_reverted() throws Exception {
        remote.push("main");
        try (LocalRepository clone = cloneOf(remote)) {
            String root = CommitLog.commit(clone, before).parents().get(0);

            assertThrows(IllegalArgumentException.class,
                    () -> RevertCommits.onNewBranch(clone, "r", before, List.of(root), BOT));
            assertEquals(Optional.empty(), Refs.localBranch(clone, "r"));
        }
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        remote.close();
    }

    private static List<String> shas(List<CommitInfo> commits) {
        return commits.stream().map(CommitInfo::sha).toList();
    }

    private static String treeOf(LocalRepository repository, String commit) {
        return CommitLog.commit(repository, commit).tree();
    }
}
