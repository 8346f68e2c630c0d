package dev.consolidator.git;

import java.io.IOException;
import java.util.List;
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
        String url = Transports.pushUrl(repository, allowInsecure);
        String refName = CreateBranch.refName(branch);
        try (Transport transport = Transport.open(repository.jgit(), new URIish(url))) {
            transport.setCredentialsProvider(Transports.credentials(credentials));
            transport.setTimeout(TIMEOUT_SECONDS);
            RemoteRefUpdate update = new RemoteRefUpdate(repository.jgit(), commit, refName, true, null,
                    ObjectId.fromString(expectedOld));
            LOG.info("Rebuilding {} on {} (lease {})", branch, RemoteUrls.redact(url), expectedOld);
            PushResult result = transport.push(NullProgressMonitor.INSTANCE, List.of(update));
            RemoteRefUpdate done = result.getRemoteUpdate(refName);
            return new PushOutcome(branch, Transports.status(done.getStatus()),
                    done.getMessage() == null ? done.getStatus().name() : done.getMessage());
        } catch (IOException | java.net.URISyntaxException e) {
            throw new GitException("Cannot push " + branch + " to " + RemoteUrls.redact(url) + ": "
                    + Transports.safeMessage(e, url, credentials), e);
        }
    }
}
