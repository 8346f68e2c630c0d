package dev.consolidator.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.URIish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a bare clone of a remote up to date: clones into an empty or missing directory, or fetches (with prune)
 * into the clone a previous run left there. Remote branches land in {@code refs/remotes/origin/*}; the bot builds
 * its commits in-core on top of them, so no working tree is needed. Local branches left by an earlier job are
 * dropped on every run: the remote is the only state.
 */
public final class CloneOrFetch {
    static final String REMOTE = "origin";
    private static final Logger LOG = LoggerFactory.getLogger(CloneOrFetch.class);
    private static final int TIMEOUT_SECONDS = 300;

    private CloneOrFetch() {
    }

    /**
     * @param url           the remote, {@code https://} unless {@code allowInsecure}
     * @param directory     where the bare clone lives (created if missing)
     * @param credentials   null for anonymous access
     * @param allowInsecure the value of {@link RemoteUrls#ALLOW_INSECURE_ENV}
     */
    public static SyncResult run(String url, Path directory, HttpsCredentials credentials, boolean allowInsecure) {
        Optional<String> refusal = RemoteUrls.refusal(url, allowInsecure);
        if (refusal.isPresent()) {
            return new SyncResult.Refused(refusal.get());
        }
        boolean reused = Files.isRegularFile(directory.resolve("HEAD")) && Files.isDirectory(directory.resolve("objects"));
        if (!reused && isNonEmptyDirectory(directory)) {
            throw new GitException("Work directory " + directory + " exists, is not empty and is not a git clone");
        }
        // Git.open and Git.init().call() close their repository with the Git: no second close needed.
        try (Git git = reused ? Git.open(directory.toFile()) : Git.init().setBare(true).setDirectory(directory.toFile()).call()) {
            Repository repo = git.getRepository();
            configureRemote(repo, url);
            LOG.info("{} {} into {}", reused ? "Fetching" : "Cloning", RemoteUrls.redact(url), directory);
            FetchResult fetched = git.fetch()
                    .setRemote(REMOTE)
                    .setRemoveDeletedRefs(true)
                    .setTimeout(TIMEOUT_SECONDS)
                    .setCredentialsProvider(Transports.credentials(credentials))
                    .call();
            dropLocalBranches(repo);
            Optional<String> defaultBranch = defaultBranch(fetched);
            if (defaultBranch.isEmpty()) {
                return new SyncResult.Refused("The remote " + RemoteUrls.redact(url) + " has no branches yet.");
            }
            ObjectId head = repo.resolve(SyncResult.Ready.remoteTracking(defaultBranch.get()));
            if (head == null) {
                throw new GitException("Fetched " + RemoteUrls.redact(url) + " but " + defaultBranch.get() + " is missing");
            }
            // Keep HEAD on the default branch name so that tools looking at the clone see the right branch.
            repo.updateRef(Constants.HEAD).link(Constants.R_HEADS + defaultBranch.get());
            return new SyncResult.Ready(directory, defaultBranch.get(), head.name(), reused);
        } catch (GitAPIException | IOException | java.net.URISyntaxException e) {
            throw new GitException("Cannot clone or fetch " + RemoteUrls.redact(url) + ": "
                    + Transports.safeMessage(e, url, credentials), e);
        }
    }

    /**
     * The clone is a cache of the remote: branches a previous job created locally (maybe never pushed, because
     * that job failed) must not be mistaken for state, so each job starts from the remote's branches only.
     */
    private static void dropLocalBranches(Repository repo) throws IOException {
        for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) {
            RefUpdate delete = repo.updateRef(ref.getName());
            delete.setForceUpdate(true);
            RefUpdate.Result result = delete.delete();
            if (result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
                throw new GitException("Cannot reset branch " + ref.getName() + " of the clone: " + result);
            }
        }
    }

    private static void configureRemote(Repository repo, String url) throws java.net.URISyntaxException, IOException {
        StoredConfig config = repo.getConfig();
        RemoteConfig remote = new RemoteConfig(config, REMOTE);
        List.copyOf(remote.getURIs()).forEach(remote::removeURI);
        List.copyOf(remote.getPushURIs()).forEach(remote::removePushURI);
        remote.addURI(new URIish(url));
        remote.setFetchRefSpecs(List.of(
                new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + REMOTE + "/*")));
        remote.update(config);
        // JGit runs auto-gc after fetches; detached it would race with our next steps and with a clean-up of
        // the work directory, so it runs in the caller's thread, like git with gc.autoDetach=false.
        config.setBoolean("gc", null, "autoDetach", false);
        config.save();
    }

    /** The branch the remote's HEAD points to; if the transport did not say, the branch at HEAD's commit. */
    private static Optional<String> defaultBranch(FetchResult fetched) {
        Ref head = fetched.getAdvertisedRef(Constants.HEAD);
        if (head == null) {
            return firstBranch(fetched.getAdvertisedRefs().stream().map(Ref::getName).toList());
        }
        if (head.isSymbolic() && head.getTarget().getName().startsWith(Constants.R_HEADS)) {
            return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
        }
        List<String> sameCommit = fetched.getAdvertisedRefs().stream()
                .filter(ref -> ref.getName().startsWith(Constants.R_HEADS))
                .filter(ref -> head.getObjectId() != null && head.getObjectId().equals(ref.getObjectId()))
                .map(Ref::getName)
                .toList();
        return firstBranch(sameCommit);
    }

    /** Prefers main, then master, then the first name in order. */
    private static Optional<String> firstBranch(List<String> refNames) {
        return refNames.stream()
                .filter(name -> name.startsWith(Constants.R_HEADS))
                .map(Repository::shortenRefName)
                .min(Comparator.comparing((String name) -> !name.equals("main"))
                        .thenComparing(name -> !name.equals("master"))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static boolean isNonEmptyDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Files.exists(directory);
        }
        try (var entries = Files.list(directory)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new GitException("Cannot list " + directory, e);
        }
    }
}
