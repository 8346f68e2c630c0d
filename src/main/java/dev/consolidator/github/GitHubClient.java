package dev.consolidator.github;

import java.util.List;
import java.util.Optional;

/**
 * Everything the bot asks of GitHub, over our own records. Every method throws {@link GitHubRetryableException} for
 * rate limits, 5xx and network failures (retry the job later, looking up before creating) and
 * {@link GitHubException} for other refusals; no call ever waits for a rate limit to reset.
 */
public interface GitHubClient {

    RepositoryInfo repository(RepoRef repo);

    /** The user's permission; a user GitHub will not tell us about (403/404) has {@link Permission#NONE}. */
    Permission permission(RepoRef repo, String login);

    /** Reacts to an issue or pull-request comment and returns the reaction's id (GitHub returns the same one twice). */
    long addReaction(RepoRef repo, long commentId, Reaction reaction);

    /** Removes a reaction we added; a reaction that is already gone is fine. */
    void removeReaction(RepoRef repo, long commentId, long reactionId);

    /** Comments on an issue or pull request (a body over GitHub's 65,536 characters is cut with a note). */
    Comment createComment(RepoRef repo, int issueNumber, String body);

    /** The first comment on the issue or pull request with a line that is exactly {@code marker}. */
    Optional<Comment> findComment(RepoRef repo, int issueNumber, String marker);

    /** Edits a comment's body (to update a reply in place). */
    void updateComment(RepoRef repo, long commentId, String body);

    /**
     * Posts {@code marker} (a hidden {@code <!-- consolidator:... -->} line) followed by {@code body} unless a comment
     * with that marker exists already, so a retried job never answers twice. The marker goes first so that cutting
     * an overlong body never loses it. Returns the comment found or created.
     */
    default Comment commentOnce(RepoRef repo, int issueNumber, String marker, String body) {
        return findComment(repo, issueNumber, marker)
                .orElseGet(() -> createComment(repo, issueNumber, marker + "\n" + body));
    }

    /**
     * The oldest issue (open or closed, never a pull request) whose body has a line that is exactly {@code marker}.
     * Reads every issue of the repository, so look it up once and remember its number.
     */
    Optional<Issue> findIssue(RepoRef repo, String marker);

    /** Opens an issue (a body over GitHub's 65,536 characters is cut with a note). */
    Issue createIssue(RepoRef repo, String title, String body);

    /** Replaces an issue's body (a body over GitHub's limit is cut with a note). */
    void updateIssueBody(RepoRef repo, int number, String body);

    /** A pull request whose head is {@code branch} of the same repository; open ones only unless {@code anyState}. */
    Optional<PullRequest> findPullRequestByHead(RepoRef repo, String branch, boolean anyState);

    PullRequest createPullRequest(RepoRef repo, NewPullRequest request);

    PullRequest pullRequest(RepoRef repo, int number);

    /** Replaces a pull request's description (a body over GitHub's limit is cut with a note). */
    void updatePullRequestBody(RepoRef repo, int number, String body);

    /** The reviews of a pull request in the order they were given. */
    List<Review> reviews(RepoRef repo, int number);

    /** Starts an {@code in_progress} check run and returns its id. */
    long createCheckRun(RepoRef repo, CheckRunRequest request);

    /** Creates an already completed check run (annotations beyond 50 follow in further PATCH requests). */
    long createCompletedCheckRun(RepoRef repo, CheckRunRequest request, CheckRunResult result);

    /** The newest check run named {@code name} on the commit. */
    Optional<CheckRun> findCheckRun(RepoRef repo, String headSha, String name);

    /** Completes a check run; GitHub takes 50 annotations per request, so more are sent in further PATCH requests. */
    void completeCheckRun(RepoRef repo, long checkRunId, CheckRunResult result);

    /**
     * Whether this client can report check runs. GitHub's checks API answers only GitHub Apps ("You must authenticate
     * via a GitHub App"): a client on a personal token reports {@link #setCommitStatus commit statuses} instead.
     */
    boolean reportsCheckRuns();

    /** Sets the status of {@code status.context()} on the commit (a later status of the same context replaces it). */
    void setCommitStatus(RepoRef repo, String sha, CommitStatus status);

    /** Credentials for git over HTTPS, fresh enough for one clone or push (installation tokens live one hour). */
    GitCredentials gitCredentials();
}
