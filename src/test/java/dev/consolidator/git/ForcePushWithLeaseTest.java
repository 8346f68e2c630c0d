package dev.consolidator.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The one force push the bot makes: leased on the head it saw, so a branch that moved meanwhile is never overwritten. */
class ForcePushWithLeaseTest {
    static final GitIdentity BOT = new GitIdentity("consolidator[bot]", "consolidator[bot]@users.noreply.github.com");

    @TempDir
    Path tmp;

    @Test
    void a_lease_lost_to_a_push_made_meanwhile_overwrites_nothing() throws Exception {
        // given a phase branch the bot's clone saw at seen
        try (Remote remote = Remote.create(tmp, "main", Map.of("A.java", "class A {}\n"))) {
            remote.checkout("consolidation/p", true);
            remote.write(Map.of("B.java", "class B {}\n"));
            String seen = remote.commitAll("phase");
            remote.push("consolidation/p");
            SyncResult.Ready ready = (SyncResult.Ready) CloneOrFetch.run(remote.url(), tmp.resolve("work"), null, true);
            try (LocalRepository clone = LocalRepository.open(ready.gitDirectory())) {
                String rebuilt = rebuild(clone, ready.defaultHead());
                // when someone pushes to the branch before the bot's push
                remote.write(Map.of("C.java", "class C {}\n"));
                String theirs = remote.commitAll("a person's fix");
                remote.push("consolidation/p");

                PushOutcome outcome = ForcePushWithLease.run(clone, rebuilt, "consolidation/p", seen, null, true);

                // then the push is rejected and their commit stays
                assertThat(outcome).doesNotMatch(PushOutcome::succeeded, "succeeded");
                assertThat(outcome.status()).isEqualTo(PushOutcome.Status.REJECTED_NON_FAST_FORWARD);
                assertThat(remote.remoteBranch("consolidation/p")).isEqualTo(theirs);
            }
        }
    }

    @Test
    void a_held_lease_replaces_the_branch_even_when_it_is_not_a_fast_forward() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("A.java", "class A {}\n"))) {
            remote.checkout("consolidation/p", true);
            remote.write(Map.of("B.java", "class B {}\n"));
            String seen = remote.commitAll("phase");
            remote.push("consolidation/p");
            remote.checkout("main", false);
            remote.write(Map.of("N.md", "notes\n"));
            remote.commitAll("main moves");
            remote.push("main");
            SyncResult.Ready ready = (SyncResult.Ready) CloneOrFetch.run(remote.url(), tmp.resolve("work"), null, true);
            try (LocalRepository clone = LocalRepository.open(ready.gitDirectory())) {
                String rebuilt = rebuild(clone, ready.defaultHead());

                PushOutcome outcome = ForcePushWithLease.run(clone, rebuilt, "consolidation/p", seen, null, true);

                assertThat(outcome.status()).isEqualTo(PushOutcome.Status.OK);
                assertThat(remote.remoteBranch("consolidation/p")).isEqualTo(rebuilt);
                assertThat(remote.remoteBranch("main")).as("the default branch is untouched").isEqualTo(ready.defaultHead());
            }
        }
    }

    /** The phase built again on {@code base}, on a local work branch. */
    private static String rebuild(LocalRepository clone, String base) {
        CommitResult c = CommitChanges.on(clone, CommitRequest.of("work/p", base, Map.of("B.java", "class B { }\n"), Set.of(),
                "phase again", BOT));
        return ((CommitResult.Committed) c).sha();
    }
}
