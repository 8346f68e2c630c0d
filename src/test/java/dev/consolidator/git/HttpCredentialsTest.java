package dev.consolidator.git;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.consolidator.git.CommitChangesTest.BOT;
import static dev.consolidator.git.CommitChangesTest.sha;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub way of authenticating git: user x-access-token, the installation token as password, over HTTP. */
class HttpCredentialsTest {
    static final String TOKEN = "ghs_installationToken123";

    @TempDir
    Path tmp;

    @Test
    void clone_and_push_authenticate_with_the_installation_token() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             SmartHttpRemote http = new SmartHttpRemote(remote.bare, "x-access-token", TOKEN)) {
            HttpsCredentials credentials = HttpsCredentials.githubToken(TOKEN);

            SyncResult.Ready ready = assertInstanceOf(SyncResult.Ready.class,
                    CloneOrFetch.run(http.url(), tmp.resolve("work"), credentials, true));

            assertEquals("main", ready.defaultBranch());
            assertEquals(remote.remoteBranch("main"), ready.defaultHead());
            try (LocalRepository clone = LocalRepository.open(ready.gitDirectory())) {
                String head = sha(CommitChanges.on(clone, CommitRequest.of("consolidation/p1", ready.defaultHead(),
                        Map.of("a.txt", "2\n"), Set.of(), "step", BOT)));

                List<PushOutcome> pushed = PushBranches.run(clone, List.of("consolidation/p1"),
                        HttpsCredentials.githubToken(TOKEN), true);

                assertEquals(PushOutcome.Status.OK, pushed.get(0).status());
                assertEquals(head, remote.remoteBranch("consolidation/p1"));
            }
            String basic = "Basic " + Base64.getEncoder()
                    .encodeToString(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8));
            assertThat(http.authorizations).as(http.authorizations.toString()).contains(basic);
        }
    }

    @Test
    void a_wrong_token_fails_as_an_exception_that_does_not_show_the_token() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             SmartHttpRemote http = new SmartHttpRemote(remote.bare, "x-access-token", TOKEN)) {
            HttpsCredentials wrong = HttpsCredentials.githubToken("ghs_expiredToken999");

            GitException e = assertThrows(GitException.class,
                    () -> CloneOrFetch.run(http.url(), tmp.resolve("work"), wrong, true));

            assertThat(e.getMessage()).doesNotContain("ghs_expiredToken999");
            assertThat(e.getMessage()).contains(http.url());
        }
    }

    @Test
    void an_http_remote_is_refused_without_the_insecure_switch_even_with_credentials() throws Exception {
        try (Remote remote = Remote.create(tmp, "main", Map.of("a.txt", "1\n"));
             SmartHttpRemote http = new SmartHttpRemote(remote.bare, "x-access-token", TOKEN)) {
            SyncResult result = CloneOrFetch.run(http.url(), tmp.resolve("work"), HttpsCredentials.githubToken(TOKEN), false);

            assertInstanceOf(SyncResult.Refused.class, result);
            assertEquals(List.of(), http.authorizations);
        }
    }
}
