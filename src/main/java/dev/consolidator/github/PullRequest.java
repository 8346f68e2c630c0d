package dev.consolidator.github;

/**
 * A pull request as the bot tracks it. {@code mergeCommitSha} is null until merged (GitHub fills it with a test merge
 * commit while open, which we do not expose).
 */
public record PullRequest(int number, String htmlUrl, State state, String headRef, String headSha, String baseRef,
                          boolean merged, String mergeCommitSha) {
    public enum State { OPEN, CLOSED }

    public boolean isOpen() {
        return state == State.OPEN;
    }
}
