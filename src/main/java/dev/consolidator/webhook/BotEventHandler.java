package dev.consolidator.webhook;

import dev.consolidator.command.CheckRuns;
import dev.consolidator.command.CommentCommands;
import dev.consolidator.command.CommentRequest;
import dev.consolidator.command.RepoContext;
import dev.consolidator.events.Guard;
import dev.consolidator.events.PhaseEvents;
import dev.consolidator.github.GitHubRetryableException;
import dev.consolidator.queue.RetryLaterException;
import dev.consolidator.command.dashboard.DashboardIssue;
import dev.consolidator.command.dashboard.DashboardTicks;
import dev.consolidator.command.dashboard.IssueEdit;

import java.time.Clock;

/** Routes decoded events to the command layer, translating webhook records into the command layer's own. */
public final class BotEventHandler implements EventHandler {
    private final CommentCommands comments;
    private final PhaseEvents phases;
    private final Guard guard;
    private final Clock clock;
    private final String ownAppId;
    private final DashboardTicks ticks;
    private final DashboardIssue dashboard;

    /** {@code ownAppId}: this bot's GitHub App id, or null in token mode. */
    public BotEventHandler(CommentCommands comments, PhaseEvents phases, Guard guard, Clock clock, String ownAppId,
                           DashboardTicks ticks, DashboardIssue dashboard) {
        this.comments = comments;
        this.phases = phases;
        this.guard = guard;
        this.clock = clock;
        this.ownAppId = ownAppId;
        this.ticks = ticks;
        this.dashboard = dashboard;
    }

    /** GitHub's "wait until" answers become a {@link RetryLaterException}: the job waits, no attempt is lost. */
    @Override
    public void handle(GitHubEvent event) {
        if (event.repository() == null) {
            return; // installation events: recorded by the installation recorder
        }
        RepoContext repo = new RepoContext(event.repository().fullName(), event.repository().cloneUrl(),
                event.repository().defaultBranch(), event.installationId());
        try {
            route(event, repo);
            dashboard.refresh(repo); // whatever the event changed shows on the dashboard issue
        } catch (GitHubRetryableException e) {
            if (e.retryAfter().isPresent()) {
                throw new RetryLaterException(e.retryAfter().get(), "GitHub asked to wait " + e.retryAfter().get()
                        + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private void route(GitHubEvent event, RepoContext repo) {
        if (event instanceof IssueCommentEvent c) {
            comments.handle(new CommentRequest(c.action(), repo.fullName(), repo.cloneUrl(), repo.defaultBranch(),
                    c.installationId(), c.issueNumber(), c.commentId(), c.commentUrl(),
                    c.sender() == null ? null : c.sender().login(), c.sender() == null ? null : c.sender().type(), c.body()));
        } else if (event instanceof IssuesEvent issue) {
            if ("edited".equals(issue.action())) {
                ticks.onEdited(new IssueEdit(repo.fullName(), repo.cloneUrl(), repo.defaultBranch(), issue.installationId(),
                        issue.issueNumber(), issue.issueUrl(), issue.body(), issue.bodyBefore(), issue.updatedAt(),
                        issue.sender() == null ? null : issue.sender().login(), issue.sender() == null ? null : issue.sender().type()));
            }
        } else if (event instanceof PullRequestEvent pr) {
            if ("closed".equals(pr.action())) {
                phases.onClosed(repo, pr.number(), pr.merged(), pr.mergeCommitSha());
            } else if ("synchronize".equals(pr.action())) {
                phases.onPush(repo, pr.number(), pr.headSha());
            } else if ("reopened".equals(pr.action())) {
                phases.onReopened(repo, pr.number(), pr.headSha());
            }
            if ("opened".equals(pr.action()) || "synchronize".equals(pr.action()) || "reopened".equals(pr.action())) {
                guard.onPullRequest(repo, pr.number(), pr.headSha(), pr.baseRef());
            }
        } else if (event instanceof PullRequestReviewEvent review) {
            if ("submitted".equals(review.action()) || "dismissed".equals(review.action())) {
                phases.onReview(repo, review.pullRequestNumber(), review.reviewId(), review.reviewer(),
                        "dismissed".equals(review.action()) ? "dismissed" : review.state(), review.commitId(), clock.instant());
            }
        } else if (event instanceof CheckRunEvent run) {
            if ("rerequested".equals(run.action()) && CheckRuns.NAME.equals(run.name()) && !ofAnotherApp(run.appId())) {
                phases.onRerequest(repo, run.pullRequests(), run.headSha(), run.checkRunId());
            }
        } else if (event instanceof PushEvent push) {
            // a push to the default branch may leave open phase PRs stale (tags and other branches do not)
            if (!push.deleted() && push.branch() != null && push.branch().equals(repo.defaultBranch())) {
                phases.onDefaultBranchPush(repo);
            }
        } else if (event instanceof CheckSuiteEvent suite) {
            // the suite of our own check run is not the repository's CI
            if ("completed".equals(suite.action()) && !isOurs(suite.appId())) {
                phases.onSuite(repo, suite.pullRequests(), suite.checkSuiteId(), suite.appSlug(), suite.headSha(),
                        suite.conclusion());
            }
        }
    }

    /** Whether a check belongs to this bot's GitHub App (never known in token mode). */
    private boolean isOurs(Long appId) {
        return ownAppId != null && appId != null && ownAppId.equals(String.valueOf(appId));
    }

    /** Whether a check surely belongs to another app (a check of the same name is not ours to re-run). */
    private boolean ofAnotherApp(Long appId) {
        return ownAppId != null && appId != null && !ownAppId.equals(String.valueOf(appId));
    }
}
