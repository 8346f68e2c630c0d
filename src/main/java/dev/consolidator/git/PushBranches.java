package dev.consolidator.git;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes local branches to the same names on {@code origin}. Never forced: refspecs have no '+', so a remote
 * branch that moved is reported as rejected instead of being overwritten.
 */
public final class PushBranches {
    private static final Logger LOG = LoggerFactory.getLogger(PushBranches.class);
    private static final int TIMEOUT_SECONDS = 300;

    private PushBranches() {
    }

    /**
     * @param credentials   null for anonymous access
     * @param allowInsecure the value of {@link RemoteUrls#ALLOW_INSECURE_ENV}; the remote URL is checked again
     */
    public static List<PushOutcome> run(LocalRepository repository, List<String> branches, HttpsCredentials credentials,
                                        boolean allowInsecure) {
        String url = Transports.pushUrl(repository, allowInsecure);
        List<RefSpec> specs = new ArrayList<>();
        for (String branch : branches) {
            String refName = CreateBranch.refName(branch);
            if (Refs.exactRef(repository, refName).isEmpty()) {
                throw new IllegalArgumentException("No local branch " + branch + " to push in " + repository);
            }
            specs.add(new RefSpec(refName + ":" + refName));
        }
        try (Git git = new Git(repository.jgit())) {
            LOG.info("Pushing {} to {}", branches, RemoteUrls.redact(url));
            Iterable<PushResult> results = git.push()
                    .setRemote(CloneOrFetch.REMOTE)
                    .setRefSpecs(specs)
                    .setForce(false)
                    .setAtomic(false)
                    .setTimeout(TIMEOUT_SECONDS)
                    .setCredentialsProvider(Transports.credentials(credentials))
                    .call();
            List<PushOutcome> outcomes = new ArrayList<>();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    outcomes.add(outcome(update));
                }
            }
            return outcomes;
        } catch (GitAPIException e) {
            throw new GitException("Cannot push " + branches + " to " + RemoteUrls.redact(url) + ": "
                    + Transports.safeMessage(e, url, credentials), e);
        }
    }

    private static PushOutcome outcome(RemoteRefUpdate update) {
        String branch = org.eclipse.jgit.lib.Repository.shortenRefName(update.getRemoteName());
        String message = update.getMessage() == null ? "" : update.getMessage();
        PushOutcome.Status status = Transports.status(update.getStatus());
        if (status == PushOutcome.Status.REJECTED_OTHER && message.isEmpty()) {
            message = update.getStatus().name();
        }
        return new PushOutcome(branch, status, message);
    }
}
