package dev.consolidator.github;

import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHPullRequestReview;
import org.kohsuke.github.GHRepository;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Pull requests and their reviews through github-api, turned into our records. */
final class PullRequests {

    Optional<PullRequest> findByHead(GHRepository repo, String owner, String branch, boolean anyState)
            throws IOException {
        PullRequest newest = null;
        for (GHPullRequest pr : repo.queryPullRequests().head(owner + ":" + branch)
                .state(anyState ? GHIssueState.ALL : GHIssueState.OPEN).list().withPageSize(100)) {
            PullRequest found = toRecord(pr);
            if (found.isOpen()) {
                return Optional.of(found);
            }
            newest = newest == null || found.number() > newest.number() ? found : newest;
        }
        return Optional.ofNullable(newest);
    }

    PullRequest create(GHRepository repo, NewPullRequest request) throws IOException {
        return toRecord(repo.createPullRequest(request.title(), request.head(), request.base(),
                Bodies.cap(request.body())));
    }

    PullRequest get(GHRepository repo, int number) throws IOException {
        return toRecord(repo.getPullRequest(number));
    }

    void updateBody(GHRepository repo, int number, String body) throws IOException {
        repo.getPullRequest(number).setBody(Bodies.cap(body));
    }

    List<Review> reviews(GHRepository repo, int number) throws IOException {
        List<Review> reviews = new ArrayList<>();
        for (GHPullRequestReview r : repo.getPullRequest(number).listReviews().withPageSize(100)) {
            // getUser() costs one GET /users/{login} per distinct reviewer (cached per client by github-api)
            reviews.add(new Review(r.getId(), r.getUser().getLogin(),
                    r.getState() == null ? null : r.getState().name().toUpperCase(Locale.ROOT), r.getCommitId(),
                    r.getSubmittedAt() == null ? null : r.getSubmittedAt().toInstant()));
        }
        return reviews;
    }

    private static PullRequest toRecord(GHPullRequest pr) throws IOException {
        // merged_at is in list answers too, while isMerged() would fetch the pull request again
        boolean merged = pr.getMergedAt() != null;
        return new PullRequest(pr.getNumber(), String.valueOf(pr.getHtmlUrl()),
                pr.getState() == GHIssueState.OPEN ? PullRequest.State.OPEN : PullRequest.State.CLOSED,
                pr.getHead().getRef(), pr.getHead().getSha(), pr.getBase().getRef(), merged,
                merged ? pr.getMergeCommitSha() : null);
    }
}
