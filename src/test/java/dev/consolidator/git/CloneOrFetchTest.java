package dev.consolidator.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloneOrFetchTest {
    @TempDir
    Path tmp;

    @Test
    void insecure_urls_are_refused_unless_allowed_and_nothing_is_written() {
        Path work = tmp.resolve("work");
        for (String url : new String[] {"file:///srv/repo.git", "http://example.com/o/r.git", "/srv/repo.git",
                "../repo", "git://example.com/o/r.git", "FILE:///x"}) {
            SyncResult result = CloneOrFetch.run(url, work, null, false);

            SyncResult.Refused refused = assertInstanceOf(SyncResult.Refused.class, result, url);
            assertThat(refused.reason()).contains("CONSOLIDATOR_ALLOW_INSECURE_GIT");
        }
        assertThat(work).doesNotExist();
        assertEquals(Optional.empty(), RemoteUrls.refusal("https://github.com/o/r.git", false));
        assertEquals(Optional.empty(), RemoteUrls.refusal("file:///srv/repo.git", true));
    }

    @Test
    void refusal_message_never_shows_credentials_embedded_in_the_url() {
        String reason = RemoteUrls.refusal("http://user:s3cret@example.com/o/r.git", false).orElseThrow();

        assertThat(reason).doesNotContain("s3cret");
        assertThat(reason).contains("http://***@example.com/o/r.git");
    }

    @Test
    void credentials_never_show_their_password() {
        HttpsCredentials credentials = HttpsCredentials.githubToken("ghs_secretToken");

        assertEquals("x-access-token", credentials.username());
        assertThat(credentials.toString()).doesNotContain("ghs_secretToken");
    }

    @Test
    void first_run_clones_and_reports_default_branch_and_head() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("README.md", "hello\n"))) {
            SyncResult result = CloneOrFetch.run(remote.url(), tmp.resolve("work"), null, true);

            SyncResult.Ready ready = assertInstanceOf(SyncResult.Ready.class, result);
            assertEquals("main", ready.defaultBranch());
            assertEquals(remote.remoteBranch("main"), ready.defaultHead());
            assertThat(ready).matches(r -> !r.reused(), "a fresh clone, not reused");
            try (LocalRepository clone = LocalRepository.open(ready.gitDirectory())) {
                assertThat(clone.isBare()).as("%s is bare", ready.gitDirectory()).isTrue();
                assertEquals(Optional.of(ready.defaultHead()), Refs.remoteBranch(clone, "main"));
                assertEquals(Optional.of(ready.defaultHead()), Refs.resolveCommit(clone, "origin/main"));
            }
        }
    }

    @Test
    void default_branch_follows_the_remote_head_even_when_it_is_not_main() throws Exception {
        try (Remote remote = Remote.create(tmp, "trunk", Map.of("README.md", "hello\n"))) {
            // A branch named main at the same commit: only the remote's HEAD symref can tell them apart.
            remote.checkout("main", true);
            remote.push("main");

            SyncResult.Ready ready = (SyncResult.Ready) CloneOrFetch.run(remote.url(), tmp.resolve("work"), null, true);

            assertEquals("trunk", ready.defaultBranch());
            assertEquals(remote.remoteBranch("trunk"), ready.defaultHead());
        }
    }

    @Test
    void later_runs_reuse_the_clone_fetch_new_commits_and_prune_deleted_branches() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("README.md", "hello\n"))) {
            remote.checkout("feature", true);
            remote.push("feature");
            remote.checkout("main", false);
            Path work = tmp.resolve("work");
            CloneOrFetch.run(remote.url(), work, null, true);
            remote.write(Map.of("README.md", "hello again\n"));
            String newHead = remote.commitAll("Second commit");
            remote.push("main");
            remote.dev.push().setRefSpecs(new org.eclipse.jgit.transport.RefSpec(":refs/heads/feature")).call();

            SyncResult.Ready again = (SyncResult.Ready) CloneOrFetch.run(remote.url(), work, null, true);

            assertThat(again).matches(SyncResult.Ready::reused, "reused");
            assertEquals(newHead, again.defaultHead());
            try (LocalRepository clone = LocalRepository.open(work)) {
                assertEquals(Optional.empty(), Refs.remoteBranch(clone, "feature"));
                assertEquals(Optional.of(newHead), Refs.remoteBranch(clone, "main"));
            }
        }
    }

    @Test
    void branches_an_earlier_job_left_in_the_clone_are_dropped_so_the_remote_is_the_only_state() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("README.md", "hello\n"))) {
            Path work = tmp.resolve("work");
            SyncResult.Ready first = (SyncResult.Ready) CloneOrFetch.run(remote.url(), work, null, true);
            try (LocalRepository clone = LocalRepository.open(work)) {
                CreateBranch.at(clone, "consolidation/backup/p1", first.defaultHead()); // never pushed
            }

            CloneOrFetch.run(remote.url(), work, null, true);

            try (LocalRepository clone = LocalRepository.open(work)) {
                assertEquals(Optional.empty(), Refs.existingBranch(clone, "consolidation/backup/p1"));
            }
        }
    }

    @Test
    void a_non_empty_directory_that_is_not_a_clone_is_not_overwritten() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("README.md", "hello\n"))) {
            Path work = Files.createDirectories(tmp.resolve("work"));
            Files.writeString(work.resolve("precious.txt"), "mine");

            assertThrows(GitException.class, () -> CloneOrFetch.run(remote.url(), work, null, true));
            assertEquals("mine", Files.readString(work.resolve("precious.txt")));
        }
    }

    @Test
    void a_remote_without_any_branch_is_refused_with_a_reason() throws Exception {
        Path bare = tmp.resolve("empty.git");
        org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(bare.toFile()).call().close();

        SyncResult result = CloneOrFetch.run(bare.toUri().toString(), tmp.resolve("work"), null, true);

        SyncResult.Refused refused = assertInstanceOf(SyncResult.Refused.class, result);
        assertThat(refused.reason()).contains("has no branches");
    }

    @Test
    void an_unreachable_remote_is_an_infrastructure_failure() {
        String missing = tmp.resolve("nowhere.git").toUri().toString();

        GitException e = assertThrows(GitException.class,
                () -> CloneOrFetch.run(missing, tmp.resolve("work"), null, true));
        assertThat(e.getMessage()).contains("nowhere.git");
    }
}
