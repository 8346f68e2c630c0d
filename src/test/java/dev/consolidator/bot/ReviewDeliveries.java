package dev.consolidator.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The events of issue 5 that {@link Deliveries} does not build: reviews, check suites and a PR closed without
 * merging, from the recorded payloads in src/test/resources/bot5 adapted to the harness's repository. They are
 * posted (signed) with {@link Deliveries#deliver}.
 */
final class ReviewDeliveries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong REVIEW_IDS = new AtomicLong(3_100_000_001L);

    private final String owner;
    private final String repo;
    private final String cloneUrl;
    private final Long installationId;

    ReviewDeliveries(String owner, String repo, String cloneUrl, Long installationId) {
        this.owner = owner;
        this.repo = repo;
        this.cloneUrl = cloneUrl;
        this.installationId = installationId;
    }

    static ReviewDeliveries of(BotHarness bot) {
        return new ReviewDeliveries(BotHarness.OWNER, BotHarness.REPO, bot.remote.url(), bot.installationId);
    }

    static long nextReviewId() {
        return REVIEW_IDS.getAndIncrement();
    }

    /** A review {@code submitted} (state approved, changes_requested, commented, or APPROVED as GitHub sometimes sends). */
    Deliveries.Delivery review(int pr, String reviewer, String state, String commitId) {
        return review("submitted", pr, nextReviewId(), reviewer, state, commitId);
    }

    /** A review event with every field chosen, e.g. action dismissed of an earlier review id. */
    Deliveries.Delivery review(String action, int pr, long reviewId, String reviewer, String state, String commitId) {
        ObjectNode p = template("pull_request_review.submitted.json");
        Deliveries.adaptInstallation(p, installationId);
        p.put("action", action);
        adaptRepository((ObjectNode) p.get("repository"));
        ObjectNode review = (ObjectNode) p.get("review");
        review.put("id", reviewId);
        review.put("state", state);
        review.put("commit_id", commitId);
        review.put("html_url", "https://github.com/" + owner + "/" + repo + "/pull/" + pr + "#pullrequestreview-" + reviewId);
        review.put("pull_request_url", "https://api.github.com/repos/" + owner + "/" + repo + "/pulls/" + pr);
        ((ObjectNode) review.get("user")).put("login", reviewer).put("type", "User");
        ObjectNode pull = (ObjectNode) p.get("pull_request");
        pull.put("number", pr);
        pull.put("html_url", "https://github.com/" + owner + "/" + repo + "/pull/" + pr);
        ((ObjectNode) pull.get("head")).put("sha", commitId);
        adaptRepository((ObjectNode) pull.path("head").get("repo"));
        adaptRepository((ObjectNode) pull.path("base").get("repo"));
        ((ObjectNode) p.get("sender")).put("login", reviewer).put("type", "User");
        return delivery("pull_request_review", p);
    }

    /** Another app's check suite {@code completed} on a phase PR's head. */
    Deliveries.Delivery suiteCompleted(int pr, long suiteId, String app, String headSha, String conclusion) {
        return suiteCompleted(pr, suiteId, 29310L, app, headSha, conclusion);
    }

    /** The check suite {@code completed} of app {@code appId} (ours: {@link BotHarness#APP_ID}) on a commit. */
    Deliveries.Delivery suiteCompleted(int pr, long suiteId, long appId, String app, String headSha, String conclusion) {
        ObjectNode p = template("check_suite.requested.json");
        Deliveries.adaptInstallation(p, installationId);
        p.put("action", "completed");
        adaptRepository((ObjectNode) p.get("repository"));
        ObjectNode suite = (ObjectNode) p.get("check_suite");
        suite.put("id", suiteId);
        suite.put("head_sha", headSha);
        suite.put("status", "completed");
        suite.put("conclusion", conclusion);
        ((ObjectNode) suite.get("app")).put("id", appId).put("slug", app).put("name", app);
        ArrayNode prs = suite.putArray("pull_requests");
        prs.addObject().put("number", pr).put("url", "https://api.github.com/repos/" + owner + "/" + repo + "/pulls/" + pr);
        return delivery("check_suite", p);
    }

    /** The recorded "closed without merging" payload for PR {@code pr} with head {@code headRef} at {@code headSha}. */
    Deliveries.Delivery closedUnmerged(int pr, String headRef, String headSha) {
        ObjectNode p = template("pull_request.closed.not-merged.json");
        Deliveries.adaptInstallation(p, installationId);
        p.put("number", pr);
        adaptRepository((ObjectNode) p.get("repository"));
        ObjectNode pull = (ObjectNode) p.get("pull_request");
        pull.put("number", pr);
        pull.put("merged", false);
        pull.putNull("merge_commit_sha");
        pull.put("html_url", "https://github.com/" + owner + "/" + repo + "/pull/" + pr);
        ObjectNode head = (ObjectNode) pull.get("head");
        head.put("ref", headRef).put("sha", headSha).put("label", owner + ":" + headRef);
        adaptRepository((ObjectNode) head.get("repo"));
        ObjectNode base = (ObjectNode) pull.get("base");
        base.put("ref", "main").put("label", owner + ":main");
        adaptRepository((ObjectNode) base.get("repo"));
        ((ObjectNode) p.get("sender")).put("login", Deliveries.MAINTAINER).put("type", "User");
        return delivery("pull_request", p);
    }

    private static Deliveries.Delivery delivery(String event, ObjectNode payload) {
        return Deliveries.Delivery.of(event, payload);
    }

    private void adaptRepository(ObjectNode repository) {
        Deliveries.adaptRepository(repository, owner, repo, cloneUrl);
    }

    private static ObjectNode template(String name) {
        try (InputStream in = ReviewDeliveries.class.getResourceAsStream("/bot5/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no payload " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
