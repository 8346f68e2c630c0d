package dev.consolidator.github;

import org.kohsuke.github.GHCommitState;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHReaction;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.ReactionContent;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** {@link GitHubClient} on hub4j's github-api; the only place (with its helpers) that sees org.kohsuke types. */
final class KohsukeGitHubClient implements GitHubClient {
    private final GitHub github;
    private final Credentials credentials;
    private final GitHubErrors errors;
    private final PayloadBinder binder;
    private final KohsukeCheckRuns checkRuns;
    private final PullRequests pullRequests = new PullRequests();
    private final CollaboratorPermissions permissions;

    KohsukeGitHubClient(GitHub github, TimeoutHttpConnector connector, Credentials credentials, GitHubErrors errors,
                        KohsukeCheckRuns checkRuns) {
        this.github = github;
        this.credentials = credentials;
        this.errors = errors;
        this.binder = new PayloadBinder(github);
        this.checkRuns = checkRuns;
        this.permissions = new CollaboratorPermissions(github.getApiUrl(), connector, credentials, errors);
    }

    @Override
    public RepositoryInfo repository(RepoRef repo) {
        return call("get repository " + repo, () -> {
            GHRepository r = github.getRepository(repo.fullName());
            return new RepositoryInfo(r.getFullName(), r.getDefaultBranch(), r.getHttpTransportUrl(),
                    String.valueOf(r.getHtmlUrl()), r.isPrivate());
        });
    }

    @Override
    public Permission permission(RepoRef repo, String login) {
        try {
            String operation = "get permission of " + login + " on " + repo;
            return call(operation, () -> permissions.get(repo, login, operation));
        } catch (GitHubException e) {
            // GitHub answers 404 for unknown users and 403 when it will not tell: neither may write
            if (!e.isRetryable() && (e.status() == 403 || e.status() == 404)) {
                return Permission.NONE;
            }
            throw e;
        }
    }

    @Override
    public long addReaction(RepoRef repo, long commentId, Reaction reaction) {
        return call("react " + reaction.apiName() + " to comment " + commentId + " on " + repo,
                () -> comment(repo, commentId).createReaction(ReactionContent.forContent(reaction.apiName())).getId());
    }

    @Override
    public void removeReaction(RepoRef repo, long commentId, long reactionId) {
        try {
            run("remove reaction " + reactionId + " from comment " + commentId + " on " + repo, () -> {
                GHReaction reaction = GitHub.getMappingObjectReader().forType(GHReaction.class)
                        .readValue("{\"id\":" + reactionId + "}");
                comment(repo, commentId).deleteReaction(reaction);
            });
        } catch (GitHubException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    @Override
    public Comment createComment(RepoRef repo, int issueNumber, String body) {
        return call("comment on #" + issueNumber + " of " + repo,
                () -> toComment(binder.bind(repo, issueNumber, 0).getIssue().comment(Bodies.cap(body))));
    }

    @Override
    public Optional<Comment> findComment(RepoRef repo, int issueNumber, String marker) {
        String wanted = marker.strip();
        return call("find comment " + wanted + " on #" + issueNumber + " of " + repo, () -> {
            for (GHIssueComment c : binder.bind(repo, issueNumber, 0).getIssue().listComments().withPageSize(100)) {
                // a whole line, so a quote ("> <!-- ... -->") of our comment by someone else does not count
                if (c.getBody() != null && c.getBody().lines().anyMatch(line -> line.strip().equals(wanted))) {
                    return Optional.of(toComment(c));
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public void updateComment(RepoRef repo, long commentId, String body) {
        run("update comment " + commentId + " on " + repo, () -> comment(repo, commentId).update(Bodies.cap(body)));
    }

    @Override
    public Optional<Issue> findIssue(RepoRef repo, String marker) {
        String wanted = marker.strip();
        return call("find issue " + wanted + " on " + repo, () -> {
            Optional<Issue> oldest = Optional.empty();
            for (GHIssue i : bound(repo).queryIssues().state(GHIssueState.ALL).pageSize(100).list()) {
                boolean marked = i.getBody() != null && i.getBody().lines().anyMatch(line -> line.strip().equals(wanted));
                if (marked && !i.isPullRequest() && oldest.map(o -> i.getNumber() < o.number()).orElse(true)) {
                    oldest = Optional.of(toIssue(i));
                }
            }
            return oldest;
        });
    }

    @Override
    public Issue createIssue(RepoRef repo, String title, String body) {
        return call("open issue \"" + title + "\" on " + repo,
                () -> toIssue(bound(repo).createIssue(title).body(Bodies.cap(body)).create()));
    }

    @Override
    public void updateIssueBody(RepoRef repo, int number, String body) {
        run("update the body of issue #" + number + " on " + repo,
                () -> binder.bind(repo, number, 0).getIssue().setBody(Bodies.cap(body)));
    }

    @Override
    public Optional<PullRequest> findPullRequestByHead(RepoRef repo, String branch, boolean anyState) {
        return call("find pull request from " + branch + " on " + repo,
                () -> pullRequests.findByHead(bound(repo), repo.owner(), branch, anyState));
    }

    @Override
    public PullRequest createPullRequest(RepoRef repo, NewPullRequest request) {
        try {
            return call("open pull request from " + request.head() + " on " + repo,
                    () -> pullRequests.create(bound(repo), request));
        } catch (GitHubException e) {
            // a retry after a lost answer: GitHub says "A pull request already exists for owner:branch."
            if (e.status() == 422 && e.githubMessage() != null && e.githubMessage().contains("already exists")) {
                return findPullRequestByHead(repo, request.head(), false).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    @Override
    public PullRequest pullRequest(RepoRef repo, int number) {
        return call("get pull request #" + number + " of " + repo, () -> pullRequests.get(bound(repo), number));
    }

    @Override
    public void updatePullRequestBody(RepoRef repo, int number, String body) {
        run("update the description of #" + number + " on " + repo,
                () -> pullRequests.updateBody(bound(repo), number, body));
    }

    @Override
    public List<Review> reviews(RepoRef repo, int number) {
        return call("list reviews of #" + number + " on " + repo, () -> pullRequests.reviews(bound(repo), number));
    }

    @Override
    public long createCheckRun(RepoRef repo, CheckRunRequest request) {
        return call("create check run " + request.name() + " on " + repo,
                () -> checkRuns.createInProgress(bound(repo), request));
    }

    @Override
    public long createCompletedCheckRun(RepoRef repo, CheckRunRequest request, CheckRunResult result) {
        return call("create check run " + request.name() + " on " + repo,
                () -> checkRuns.createCompleted(bound(repo), request, result));
    }

    @Override
    public Optional<CheckRun> findCheckRun(RepoRef repo, String headSha, String name) {
        return call("find check run " + name + " on " + repo, () -> checkRuns.find(bound(repo), headSha, name));
    }

    @Override
    public void completeCheckRun(RepoRef repo, long checkRunId, CheckRunResult result) {
        run("complete check run " + checkRunId + " on " + repo,
                () -> checkRuns.complete(bound(repo), checkRunId, result));
    }

    @Override
    public boolean reportsCheckRuns() {
        return credentials.isInstallation();
    }

    @Override
    public void setCommitStatus(RepoRef repo, String sha, CommitStatus status) {
        call("set status " + status.context() + " " + status.state() + " on " + sha + " of " + repo, () ->
                bound(repo).createCommitStatus(sha, GHCommitState.valueOf(status.state().name()), status.targetUrl(),
                        status.description(), status.context()));
    }

    @Override
    public GitCredentials gitCredentials() {
        return call("get git credentials", credentials::git);
    }

    private GHRepository bound(RepoRef repo) throws IOException {
        return binder.bind(repo, 0, 0).getRepository();
    }

    private GHIssueComment comment(RepoRef repo, long commentId) throws IOException {
        return binder.bind(repo, 0, commentId).getComment();
    }

    private static Issue toIssue(GHIssue i) {
        return new Issue(i.getNumber(), i.getHtmlUrl() == null ? null : i.getHtmlUrl().toString(), i.getTitle(), i.getBody(),
                i.getState() == null ? null : i.getState().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Comment toComment(GHIssueComment c) {
        return new Comment(c.getId(), c.getHtmlUrl() == null ? null : c.getHtmlUrl().toString(), c.getBody(),
                c.getUserName());
    }

    private interface IoCall<T> {
        T run() throws IOException;
    }

    private interface IoRun {
        void run() throws IOException;
    }

    private void run(String operation, IoRun run) {
        call(operation, () -> {
            run.run();
            return null;
        });
    }

    private <T> T call(String operation, IoCall<T> call) {
        try {
            return call.run();
        } catch (GitHubException e) {
            throw refreshingOn401(e, operation);
        } catch (IOException | RuntimeException e) {
            throw refreshingOn401(errors.map(operation, e), operation);
        }
    }

    /** An installation token GitHub no longer accepts is dropped, so the job's retry gets a new one. */
    private GitHubException refreshingOn401(GitHubException e, String operation) {
        if (e.status() == 401 && !e.isRetryable() && credentials.isInstallation()) {
            credentials.invalidate();
            return new GitHubRetryableException(401, e.githubMessage(), operation, null, e);
        }
        return e;
    }
}
