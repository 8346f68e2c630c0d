package dev.consolidator.app;

import dev.consolidator.store.AuditLog;
import dev.consolidator.store.Database;
import dev.consolidator.store.PhaseRecord;
import dev.consolidator.store.PhaseState;
import dev.consolidator.store.PhaseStore;
import dev.consolidator.testing.TestDatabases;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `rollback` on a real checkout (JGit on a temp dir, the real engine, a real H2 file): the phase is applied with
 * `apply`, then merged into main the three ways GitHub merges (merge commit, squash, rebase), or left applied on its
 * branch; rollback must bring back exactly the code before the phase and keep everything else.
 */
class RollbackCliTest {
    static final String PLAN = """
            version: 1
            phases:
              - id: utils
                title: Move the string helper next to its users
                steps:
                  - move:
                      type: com.acme.util.Strings
                      to: com.acme.text.Strings
                  - delete:
                      types: [com.acme.util.Unused]
              - id: app
                title: Move the application
                steps:
                  - move:
                      type: com.acme.app.App
                      to: com.acme.main.App
            """;

    @TempDir
    Path tmp;
    Path repo;
    Map<String, String> env;
    String base;
    String stdout;
    String stderr;

    @BeforeEach
    void checkout() throws Exception {
        repo = tmp.resolve("repo");
        write("src/main/java/com/acme/util/Strings.java", """
                package com.acme.util;

                public final class Strings {
                    public static String shout(String s) {
                        return s.toUpperCase() + "!";
                    }
                }
                """);
        write("src/main/java/com/acme/util/Unused.java", "package com.acme.util;\n\npublic class Unused {\n}\n");
        write("src/main/java/com/acme/app/App.java", """
                package com.acme.app;

                import com.acme.util.Strings;

                public class App {
                    public String greet() {
                        return Strings.shout("hello");
                    }
                }
                """);
        write(".github/consolidation.yml", PLAN);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            CliRun.identify(git);
            base = commitAll(git, "initial");
        }
        env = Map.of("CONSOLIDATOR_DB_URL", TestDatabases.migratedH2(tmp.resolve("db/consolidator")));
    }

    @Test
    void rollback_reverts_a_phase_merged_with_a_merge_commit_and_keeps_later_work() throws Exception {
        // given utils applied, merged into main with a merge commit between two unrelated commits
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "utils")).as(stderr).isZero();
        String merge;
        try (Git git = Git.open(repo.toFile())) {
            git.checkout().setName("main").call();
            unrelatedCommit(git, "NOTES.md", "before the merge\n");
            merge = git.merge().include(git.getRepository().resolve("consolidation/utils"))
                    .setFastForward(MergeCommand.FastForwardMode.NO_FF).setMessage("Merge branch 'consolidation/utils'")
                    .call().getNewHead().name();
            unrelatedCommit(git, "CHANGELOG.md", "after the merge\n");
        }

        // when it is rolled back
        assertThat(run("rollback", "--repo", repo.toString(), "--phase", "utils")).as(stdout + stderr).isZero();

        // then the revert branch holds the code before the phase plus both unrelated commits, in one revert of the merge
        assertThat(files(branch("consolidation/revert/utils"))).isEqualTo(filesAtBasePlus(
                Map.of("NOTES.md", "before the merge\n", "CHANGELOG.md", "after the merge\n")));
        assertThat(checkedOut()).isEqualTo("consolidation/revert/utils");
        List<RevCommit> reverts = commitsSince("main", "consolidation/revert/utils");
        assertThat(reverts).hasSize(1);
        assertThat(reverts.get(0).getFullMessage()).startsWith("Revert \"Merge branch 'consolidation/utils'\"")
                .contains("This reverts commit " + merge + ", reversing");
        assertThat(stdout).contains("Rolled back phase utils", "merged by merge commit " + merge.substring(0, 12),
                "Revert branch: consolidation/revert/utils");
        assertRecorded("merge", merge);
    }

    @Test
    void rollback_reverts_a_squash_merge_found_by_its_change() throws Exception {
        // given utils squashed onto main under a message of the user's own
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "utils")).as(stderr).isZero();
        String squash;
        try (Git git = Git.open(repo.toFile())) {
            git.checkout().setName("main").call();
            unrelatedCommit(git, "NOTES.md", "before the squash\n");
            git.merge().include(git.getRepository().resolve("consolidation/utils")).setSquash(true).call();
            squash = git.commit().setMessage("Consolidate the string helpers").call().name();
        }

        assertThat(run("rollback", "--repo", repo.toString(), "--phase", "utils")).as(stdout + stderr).isZero();

        assertThat(files(branch("consolidation/revert/utils"))).isEqualTo(filesAtBasePlus(Map.of("NOTES.md", "before the squash\n")));
        List<RevCommit> reverts = commitsSince("main", "consolidation/revert/utils");
        assertThat(reverts).extracting(RevCommit::getShortMessage).containsExactly("Revert \"Consolidate the string helpers\"");
        assertThat(reverts.get(0).getFullMessage()).contains("This reverts commit " + squash + ".");
        assertRecorded("squash", squash);
    }

    @Test
    void rollback_reverts_a_squash_that_git_named_after_the_phase_even_with_more_in_it() throws Exception {
        // given utils squashed with an extra file in the same commit, under git's own squash message
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "utils")).as(stderr).isZero();
        String phaseHead = branch("consolidation/utils");
        String squash;
        try (Git git = Git.open(repo.toFile())) {
            git.checkout().setName("main").call();
            git.merge().include(git.getRepository().resolve("consolidation/utils")).setSquash(true).call();
            write("EXTRA.md", "squashed along\n");
            git.add().addFilepattern("EXTRA.md").call();
            squash = git.commit().setMessage("Squashed commit of the following:\n\ncommit " + phaseHead + "\n").call().name();
        }

        assertThat(run("rollback", "--repo", repo.toString(), "--phase", "utils")).as(stdout + stderr).isZero();

        assertThat(tree(branch("consolidation/revert/utils"))).isEqualTo(tree(base));
        assertRecorded("squash", squash);
    }

    @Test
    void rollback_reverts_a_rebase_merge_one_commit_at_a_time_newest_first() throws Exception {
        // given utils's two commits replayed onto a main that moved on (what GitHub's rebase merge does)
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "utils")).as(stderr).isZero();
        List<String> replayed = new ArrayList<>();
        try (Git git = Git.open(repo.toFile())) {
            List<RevCommit> phase = new ArrayList<>(commitsSince("main", "consolidation/utils"));
            java.util.Collections.reverse(phase); // oldest first, as they were written
            git.checkout().setName("main").call();
            unrelatedCommit(git, "NOTES.md", "before the rebase\n");
            for (RevCommit c : phase) {
                replayed.add(git.cherryPick().include(c).call().getNewHead().name());
            }
        }

        assertThat(run("rollback", "--repo", repo.toString(), "--phase", "utils")).as(stdout + stderr).isZero();

        assertThat(files(branch("consolidation/revert/utils"))).isEqualTo(filesAtBasePlus(Map.of("NOTES.md", "before the rebase\n")));
        List<RevCommit> reverts = commitsSince("main", "consolidation/revert/utils");
        // git log shows the newest first: the delete (the phase's last commit) was reverted first
        assertThat(reverts).extracting(RevCommit::getFullMessage).satisfiesExactly(
                m -> assertThat(m).startsWith("Revert \"consolidate(utils): move").contains(replayed.get(0)),
                m -> assertThat(m).startsWith("Revert \"consolidate(utils): delete").contains(replayed.get(1)));
        assertRecorded("rebase", replayed.get(1));
    }

    @Test
    void rollback_of_a_phase_applied_on_the_checked_out_branch_restores_the_base_tree() throws Exception {
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "utils")).as(stderr).isZero();

        assertThat(run("rollback", "--repo", repo.toString(), "--phase", "utils")).as(stdout + stderr).isZero();

        assertThat(tree(branch("consolidation/revert/utils"))).isEqualTo(tree(base));
        assertThat(commitsSince("consolidation/utils", "consolidation/revert/utils")).hasSize(2);
        assertThat(Files.readString(repo.resolve("src/main/java/com/acme/app/App.java"))).contains("import com.acme.util.Strings;");
        assertRecorded(null, null);
        assertThat(run("status", "--repo", repo.toString())).isZero();
        assertThat(stdout).contains("rolled_back");
    }

    @Test
    void rollback_is_refused_while_a_later_phase_stands_then_goes_latest_first() throws Exception {
        // given utils applied, and app applied on top of it
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "utils")).as(stderr).isZero();
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "app")).as(stderr).isZero();
        String appHead = branch("consolidation/app");

        // when utils is rolled back first: refused, nothing written, nothing recorded
        assertThat(run("rollback", "--repo", repo.toString(), "--phase", "utils")).isEqualTo(Main.FAILED);
        assertThat(stderr).contains("phase utils cannot be rolled back while later phases stand: app");
        assertThat(checkedOut()).isEqualTo("consolidation/app");
        assertThat(branch("consolidation/app")).isEqualTo(appHead);
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.getRepository().exactRef(Constants.R_HEADS + "consolidation/revert/utils")).isNull();
        }
        assertThat(recorded("utils").state()).isEqualTo(PhaseState.OPEN);

        // then app, then utils, bring back the code before both
        assertThat(run("rollback", "--repo", repo.toString(), "--phase", "app")).as(stdout + stderr).isZero();
        assertThat(run("rollback", "--repo", repo.toString(), "--phase", "utils")).as(stdout + stderr).isZero();
        assertThat(tree(branch("consolidation/revert/utils"))).isEqualTo(tree(base));
        assertThat(checkedOut()).isEqualTo("consolidation/revert/utils");
        assertThat(run("rollback", "--repo", repo.toString(), "--phase", "utils")).isEqualTo(Main.FAILED);
        assertThat(stderr).contains("phase utils is rolled_back: only an applied or merged phase can be rolled back");
    }

    @Test
    void rollback_of_a_phase_whose_commits_are_not_on_head_writes_nothing() throws Exception {
        assertThat(run("apply", "--repo", repo.toString(), "--phase", "utils")).as(stderr).isZero();
        try (Git git = Git.open(repo.toFile())) {
            git.checkout().setName("main").call();
        }

        assertThat(run("rollback", "--repo", repo.toString(), "--phase", "utils")).isEqualTo(Main.FAILED);

        assertThat(stderr).contains("the commits of phase utils (consolidation/utils at ", ") are not on main at "
                + base.substring(0, 12));
        assertThat(checkedOut()).isEqualTo("main");
        assertThat(recorded("utils").state()).isEqualTo(PhaseState.OPEN);
        assertThat(run("rollback", "--repo", repo.toString(), "--phase", "app")).isEqualTo(Main.FAILED);
        assertThat(stderr).contains("phase app was never applied");
    }

    private void assertRecorded(String method, String mergeCommit) throws Exception {
        PhaseRecord rec = recorded("utils");
        assertThat(rec.state()).isEqualTo(PhaseState.ROLLED_BACK);
        assertThat(rec.revertBranch()).isEqualTo("consolidation/revert/utils");
        assertThat(rec.revertCommit()).isEqualTo(branch("consolidation/revert/utils"));
        assertThat(rec.mergeMethod()).isEqualTo(method);
        assertThat(rec.mergeCommit()).isEqualTo(mergeCommit);
        try (Database db = Database.open(env.get("CONSOLIDATOR_DB_URL"))) {
            List<AuditLog.Entry> audit = new AuditLog(db.dataSource(), Clock.systemUTC()).recent(key(), 1);
            assertThat(audit).singleElement().satisfies(e -> {
                assertThat(e.command()).isEqualTo("rollback");
                assertThat(e.arguments()).isEqualTo("utils");
                assertThat(e.source()).isEqualTo("cli");
                assertThat(e.outcome()).isEqualTo("done");
            });
        }
    }

    private PhaseRecord recorded(String phase) {
        try (Database db = Database.open(env.get("CONSOLIDATOR_DB_URL"))) {
            return new PhaseStore(db.dataSource()).find(key(), phase).orElseThrow();
        }
    }

    private String key() {
        return "local:" + repo.toAbsolutePath().normalize();
    }

    private int run(String... args) {
        CliRun run = CliRun.of(env, args);
        stdout = run.stdout();
        stderr = run.stderr();
        return run.code();
    }

    private void write(String path, String text) throws Exception {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void unrelatedCommit(Git git, String path, String text) throws Exception {
        write(path, text);
        commitAll(git, "unrelated: " + path);
    }

    private static String commitAll(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).call().name();
    }

    private String checkedOut() throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            return git.getRepository().getBranch();
        }
    }

    private String branch(String name) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            ObjectId id = git.getRepository().resolve(name);
            assertThat(id).as("branch " + name).isNotNull();
            return id.name();
        }
    }

    /** Commits on {@code to} and not on {@code from}, newest first. */
    private List<RevCommit> commitsSince(String from, String to) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            Repository r = git.getRepository();
            List<RevCommit> commits = new ArrayList<>();
            git.log().addRange(r.resolve(from), r.resolve(to)).call().forEach(commits::add);
            return commits;
        }
    }

    private String tree(String commit) throws Exception {
        try (Git git = Git.open(repo.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            return walk.parseCommit(ObjectId.fromString(commit)).getTree().name();
        }
    }

    private Map<String, String> filesAtBasePlus(Map<String, String> added) throws Exception {
        Map<String, String> expected = new TreeMap<>(files(base));
        expected.putAll(added);
        return expected;
    }

    /** Every file of a commit, path -> text. */
    private Map<String, String> files(String commit) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Git git = Git.open(repo.toFile()); RevWalk walk = new RevWalk(git.getRepository());
             TreeWalk tree = new TreeWalk(git.getRepository())) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commit)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                files.put(tree.getPathString(), new String(git.getRepository().open(tree.getObjectId(0)).getBytes(),
                        StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
