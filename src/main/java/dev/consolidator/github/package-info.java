/**
 * GitHub access for the bot. The rest of the code sees {@link dev.consolidator.github.GitHubClient} and our records
 * only; this package alone uses org.kohsuke.github (hub4j github-api 1.330).
 *
 * <p>Wiring: build one {@link dev.consolidator.github.GitHubClientFactory} at startup from a
 * {@link dev.consolidator.github.GitHubSettings}, then per job take
 * {@code factory.forInstallation(installationIdFromPayload)} (empty = token mode) and use its
 * {@code gitCredentials()} for JGit.
 *
 * <p>Failures: nothing waits for a rate limit (the FAIL handlers replace github-api's default WAIT). Rate limits
 * (403 with {@code X-RateLimit-Remaining: 0}, 403/429 secondary limits), 5xx, timeouts, network errors and a rejected
 * installation token throw {@link dev.consolidator.github.GitHubRetryableException}: re-queue the job after
 * {@code suggestedDelay(attempt)} a bounded number of times. github-api itself retries only connection errors (twice,
 * 100 ms apart), not a 502, so "502 then 201" is the job's second run; creating methods are safe to repeat because
 * the flow looks up first ({@code findPullRequestByHead}, {@code findCheckRun}, {@code commentOnce}) and
 * {@code createPullRequest} returns the existing pull request when GitHub says one already exists. Any other
 * refusal is a {@link dev.consolidator.github.GitHubException} with the status and GitHub's message.
 */
package dev.consolidator.github;
