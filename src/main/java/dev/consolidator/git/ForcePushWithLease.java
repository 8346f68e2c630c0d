package dev.consolidator.git;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a remote branch with a commit only if the branch still points where we last saw it (a lease, like
 * {@code git push --force-with-lease}): if anyone pushed to it meanwhile, nothing is overwritten and the outcome is
 * rejected. The only force push the bot makes, and only for phase branches it rebuilds.
 */
public final class ForcePushWithLease {
    private static final Logger LOG = LoggerFactory.getLogger(ForcePushWithLease.class);
    private static final int TIMEOUT_SECONDS = 300;

    private ForcePushWithLease() {
    }

    public static PushOutcome run(LocalRepository repository, String commit, String branch, String expectedOld,
                                  HttpsCredentials credentials, boolean allowInsecure) {
        String url = repository.jgit().getConfig().getString("remote", CloneOrFetch.REMOTE, "url");
        Optional<String> refusal = RemoteUrls.refusal(url, allowInsecure);
        if (refusal.isPresent()) {
            throw new GitException(refusal.get());
        }
        String refName = CreateBranch.refName(branch);
        try (Transport transport = Transport.open(repository.jgit(), new URIish(url))) {
            transport.setCredentialsProvider(Transports.credentials(credentials));
            transport.setTimeout(TIMEOUT_SECONDS);
            RemoteRefUpdate update = new RemoteRefUpdate(repository.jgit(), commit, refName, true, null,
                    ObjectId.fromString(expectedOld));
            LOG.info("Rebuilding {} on {} (lease {})", branch, RemoteUrls.redact(url), expectedOld);
            PushResult result = transport.push(NullProgressMonitor.INSTANCE, List.of(update));
            RemoteRefUpdate done = result.getRemoteUpdate(refName);
            PushOutcome.Status status = switch (done.getStatus()) {
                case OK -> PushOutcome.Status.OK;
                case UP_TO_DATE -> PushOutcome.Status.UP_TO_DATE;
                case REJECTED_REMOTE_CHANGED, REJECTED_NONFASTFORWARD -> PushOutcome.Status.REJECTED_NON_FAST_FORWARD;
                default -> PushOutcome.Status.REJECTED_OTHER;
            };
            return new PushOutcome(branch, status, done.getMessage() == null ? done.getStatus().name() : done.getMessage());
        } catch (IOException | java.net.URISyntaxException e) {
            throw new GitException("Cannot push " + branch + " to " + RemoteUrls.redact(url) + ": "
                    + Transports.safeMessage(e, url, credentials), e);
        }
    }
}
