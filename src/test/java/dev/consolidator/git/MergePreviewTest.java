package dev.consolidator.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What merging a phase branch into the default branch would give, without moving any ref. */
class MergePreviewTest {
    @TempDir
    Path tmp;

    @Test
    void a_clean_merge_is_a_commit_no_ref_points_at_holding_both_sides() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("A.java", "class A {}\n"))) {
            remote.checkout("phase", true);
            remote.write(Map.of("A.java", "class A { int x; }\n"));
            String phase = remote.commitAll("phase");
            remote.push("phase");
            remote.checkout("main", false);
            remote.write(Map.of("N.java", "class N {}\n"));
            String main = remote.commitAll("main");
            remote.push("main");
            SyncResult.Ready ready = (SyncResult.Ready) CloneOrFetch.run(remote.url(), tmp.resolve("work"), null, true);
            try (LocalRepository clone = LocalRepository.open(ready.gitDirectory())) {
                MergePreview.Result result = MergePreview.of(clone, main, phase);

                assertThat(result).isInstanceOf(MergePreview.Clean.class);
                Map<String, String> files = ReadTextFiles.atCommit(clone, ((MergePreview.Clean) result).commit()).files();
                assertThat(files).containsEntry("A.java", "class A { int x; }\n").containsEntry("N.java", "class N {}\n");
                assertThat(remote.remoteBranch("main")).isEqualTo(main);
                assertThat(Refs.remoteBranch(clone, "main")).contains(main);
            }
        }
    }

    @Test
    void a_conflict_names_the_conflicting_paths() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("A.java", "class A {}\n"))) {
            remote.checkout("phase", true);
            remote.write(Map.of("A.java", "class A { int x; }\n"));
            String phase = remote.commitAll("phase");
            remote.push("phase");
            remote.checkout("main", false);
            remote.write(Map.of("A.java", "class A { long y; }\n"));
            String main = remote.commitAll("main");
            remote.push("main");
            SyncResult.Ready ready = (SyncResult.Ready) CloneOrFetch.run(remote.url(), tmp.resolve("work"), null, true);
            try (LocalRepository clone = LocalRepository.open(ready.gitDirectory())) {
                MergePreview.Result result = MergePreview.of(clone, main, phase);

                assertThat(result).isEqualTo(new MergePreview.Conflicts(java.util.List.of("A.java")));
            }
        }
    }
}
