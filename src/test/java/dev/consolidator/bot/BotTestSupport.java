package dev.consolidator.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;


/** Per test: a fresh fake GitHub, bare remote, H2 file and server; helpers that read what GitHub received. */
abstract class BotTestSupport {
    final FakeGitHub github = new FakeGitHub(BotHarness.OWNER, BotHarness.REPO);
    @TempDir
    Path tmp;
    BotHarness bot;

    /** Starts the bot on the two-phase test plan. */
    BotHarness start() throws Exception {
        return start(b -> { });
    }

    /**
     * Whether this class's flows reach {@link #github} through the real github-api client over HTTP (WireMock), as
     * the flows that exercise that client end to end do; the others talk to it in memory ({@link InMemoryGitHub}).
     * {@code -Dconsolidator.test.github=http} sends every class over HTTP (to compare, or to suspect the fake).
     */
    boolean overHttp() {
        return "http".equals(System.getProperty("consolidator.test.github"));
    }

    BotHarness start(Consumer<BotHarness.Builder> options) throws Exception {
        BotHarness.Builder builder = BotHarness.builder(tmp, github, overHttp());
        options.accept(builder);
        bot = builder.start();
        return bot;
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    /** The one reply the bot posted on the thread. */
    String onlyReply() {
        List<FakeGitHub.Comment> replies = github.comments(Deliveries.ISSUE);
        assertThat(replies).as("exactly one reply on #" + Deliveries.ISSUE + context()).hasSize(1);
        return replies.get(0).body();
    }

    /** The reactions still on a comment, e.g. [rocket] once eyes was swapped. */
    List<String> reactionsOn(long commentId) {
        return github.reactions().stream().filter(r -> r.commentId() == commentId && !r.deleted())
                .map(FakeGitHub.Reaction::content).toList();
    }

    Set<String> remoteBranches() throws IOException {
        return bot.remote.branches();
    }

    long requestsMatching(String method, String path) {
        return github.requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).count();
    }

    /** "actor command outcome" per audit_log row of the repository, oldest first. */
    List<String> auditRows() throws java.sql.SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (java.sql.Connection c = bot.db.connection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT actor, command, outcome FROM audit_log WHERE repository = ? ORDER BY id")) {
            ps.setString(1, BotHarness.OWNER + "/" + BotHarness.REPO);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return rows;
    }

    String context() {
        return bot == null ? "" : bot.context();
    }

    static String repoPath(String rest) {
        return "/repos/" + BotHarness.OWNER + "/" + BotHarness.REPO + rest;
    }
}
