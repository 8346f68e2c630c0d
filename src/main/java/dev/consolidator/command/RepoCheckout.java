package dev.consolidator.command;

import dev.consolidator.git.CloneOrFetch;
import dev.consolidator.git.LocalRepository;
import dev.consolidator.git.ReadBlob;
import dev.consolidator.git.ReadTextFiles;
import dev.consolidator.git.TextFiles;
import dev.consolidator.git.SyncResult;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.plan.PlanBytes;
import dev.consolidator.transform.SourceTree;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The bot's clone of a repository, fetched up to date, with the files and the plan of its default branch.
 * One clone per repository under the work directory, reused across jobs (the repository lock keeps jobs apart).
 *
 * @param head the commit the default branch points at
 * @param tree the files at {@code head}
 */
public record RepoCheckout(LocalRepository repository, String defaultBranch, String head, SourceTree tree)
        implements AutoCloseable {
    public static final String PLAN_PATH = ".github/consolidation.yml";

    /** A ready checkout, or the reason there is none (e.g. an insecure clone URL). */
    public sealed interface Opened {
    }

    public record Ready(RepoCheckout checkout) implements Opened {
    }

    public record Refused(String reason) implements Opened {
    }

    public static Opened open(BotServices services, String fullName, String cloneUrl, GitHubClient gh) {
        SyncResult sync = CloneOrFetch.run(cloneUrl, cloneDir(services, fullName), ApplyRunner.credentials(gh),
                services.allowInsecureGit());
        if (sync instanceof SyncResult.Refused refused) {
            return new Refused(refused.reason());
        }
        SyncResult.Ready ready = (SyncResult.Ready) sync;
        LocalRepository repository = LocalRepository.open(ready.gitDirectory());
        return new Ready(new RepoCheckout(repository, ready.defaultBranch(), ready.defaultHead(),
                read(repository, ready.defaultHead())));
    }

    /** Where the bot keeps its clone of {@code fullName}, across jobs. */
    public static Path cloneDir(BotServices services, String fullName) {
        return services.workDir().resolve("clones").resolve(fullName.replace('/', '_') + ".git");
    }

    /** The plan on the default branch, parsed; empty when the repository has none. */
    public Optional<PlanParseResult> plan() {
        // read on its own, size first: the tree leaves out files that are too large or not UTF-8, and a plan that
        // is either must be named as such, not reported missing
        ReadBlob.Blob blob = ReadBlob.atCommit(repository, head, PLAN_PATH, PlanBytes.MAX_BYTES);
        if (blob instanceof ReadBlob.Symlink) {
            return Optional.of(PlanBytes.refusedSymlink(PLAN_PATH));
        }
        if (blob instanceof ReadBlob.TooLarge t) {
            return Optional.of(PlanBytes.refusedForSize(PLAN_PATH, t.size()));
        }
        if (blob instanceof ReadBlob.Bytes b) {
            return Optional.of(PlanBytes.parse(b.bytes(), PLAN_PATH));
        }
        return Optional.empty();
    }

    /** The files of another commit of this clone (e.g. a phase branch head). */
    public SourceTree treeAt(String commit) {
        return read(repository, commit);
    }

    private static SourceTree read(LocalRepository repository, String commit) {
        TextFiles read = ReadTextFiles.atCommit(repository, commit);
        return SourceTree.of(read.files(), read.notUtf8()).withLinks(read.links());
    }

    @Override
    public void close() {
        repository.close();
    }
}
