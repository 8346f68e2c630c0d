package dev.consolidator.git;

import java.io.IOException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.RefSpec;

/**
 * Makes one commit of a pull request available in an existing clone: nothing to do when a fetch of the branches
 * brought it already (a PR from a branch of the same repository), otherwise an incremental fetch of GitHub's
 * {@code refs/pull/<n>/head} (a PR from a fork), which transfers only the objects the clone lacks.
 */
public final class FetchCommit {
    private FetchCommit() {
    }

    /** Returns whether the commit is now in the clone. */
    public static boolean pullHead(LocalRepository repository, String url, HttpsCredentials credentials, boolean allowInsecure,
                                   int prNumber, String sha) {
        if (has(repository, sha)) {
            return true;
        }
        if (RemoteUrls.refusal(url, allowInsecure).isPresent()) {
            return false;
        }
        String ref = "refs/pull/" + prNumber + "/head";
        try (Git git = new Git(repository.jgit())) {
            git.fetch().setRemote(url).setRefSpecs(new RefSpec("+" + ref + ":refs/consolidator/pull/" + prNumber))
                    .setTimeout(300).setCredentialsProvider(Transports.credentials(credentials)).call();
        } catch (GitAPIException e) {
            throw new GitException("Cannot fetch " + ref + " of " + RemoteUrls.redact(url) + ": "
                    + Transports.safeMessage(e, url, credentials), e);
        }
        return has(repository, sha);
    }

    private static boolean has(LocalRepository repository, String sha) {
        try {
            return repository.jgit().getObjectDatabase().has(ObjectId.fromString(sha));
        } catch (IOException e) {
            throw new GitException("Cannot read the objects of " + repository + ": " + e.getMessage(), e);
        }
    }
}
