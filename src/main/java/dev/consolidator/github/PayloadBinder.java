package dev.consolidator.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kohsuke.github.GHEventPayload;
import org.kohsuke.github.GitHub;

import java.io.IOException;
import java.io.StringReader;

/**
 * Binds github-api objects to a repository, issue and comment we only know by name and number, without fetching
 * them. github-api 1.330 has no {@code getIssueComment(id)}, and {@code getRepository}/{@code getIssue} each cost a
 * GET; but {@link GitHub#parseEventPayload} wires a repository, issue and comment from a webhook-shaped document, and
 * their methods only use the owner, name, number and id to build their URLs. This is the same document GitHub sent
 * us, reduced to those fields.
 */
final class PayloadBinder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GitHub github;

    PayloadBinder(GitHub github) {
        this.github = github;
    }

    GHEventPayload.IssueComment bind(RepoRef repo, int issueNumber, long commentId) throws IOException {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("action", "created");
        ObjectNode repository = payload.putObject("repository");
        repository.put("name", repo.name());
        repository.put("full_name", repo.fullName());
        repository.putObject("owner").put("login", repo.owner());
        payload.putObject("issue").put("number", issueNumber);
        payload.putObject("comment").put("id", commentId);
        return github.parseEventPayload(new StringReader(payload.toString()), GHEventPayload.IssueComment.class);
    }
}
