package dev.consolidator.app;

import dev.consolidator.git.LocalRepository;
import dev.consolidator.git.ReadTextFiles;
import dev.consolidator.git.Refs;
import dev.consolidator.git.TextFiles;
import dev.consolidator.git.TreeStatus;
import dev.consolidator.git.WorkingTreeStatus;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.plan.PlanBytes;
import dev.consolidator.transform.SourceTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A local checkout the CLI works on: where it is, its plan, and its files at HEAD. */
final class LocalCheckout {
    static final String PLAN_PATH = ".github/consolidation.yml";

    private LocalCheckout() {
    }

    /** The key phases of this checkout are recorded under in the database. */
    static String repositoryKey(Path repo) {
        return "local:" + repo.toAbsolutePath().normalize();
    }

    /**
     * Parses the plan; problems name the file relative to the repository. A plan outside the repository (after
     * following links) is refused: a plan belongs to the code it consolidates, and is reviewed with it.
     */
    static PlanParseResult readPlan(Path repo, Path planFile) throws IOException {
        Path root = repo.toRealPath();
        Path abs;
        try {
            abs = planFile.toRealPath(); // a relative --plan is relative to where the command runs, as in a shell
        } catch (NoSuchFileException e) {
            throw new IOException("no plan at " + planFile + ": write one (see README.md) or point at it with --plan FILE");
        }
        if (!abs.startsWith(root)) {
            throw new IOException("the plan " + planFile + " is outside the repository " + root
                    + ": keep it in the repository (default " + PLAN_PATH + ")");
        }
        String shown = root.relativize(abs).toString().replace('\\', '/');
        try {
            long size = Files.size(abs);
            if (PlanBytes.tooLarge(size)) {
                return PlanBytes.refusedForSize(shown, size); // before reading a byte of it
            }
            return PlanBytes.parse(Files.readAllBytes(abs), shown);
        } catch (NoSuchFileException e) {
            throw new IOException("no plan at " + planFile + ": write one (see README.md) or point at it with --plan FILE");
        }
    }

    /** Whether the working tree is clean; if not, {@code command} lists what is uncommitted on standard error. */
    static boolean clean(Invocation inv, String command, LocalRepository repository) {
        TreeStatus status = WorkingTreeStatus.of(repository);
        if (!status.isClean()) {
            inv.err().println(command + ": the working tree has uncommitted changes; commit or stash them first:");
            status.changed().stream().limit(20).forEach(p -> inv.err().println("  modified: " + p));
            status.untracked().stream().limit(20).forEach(p -> inv.err().println("  untracked: " + p));
        }
        return status.isClean();
    }

    /** The text files of the commit at HEAD, and that commit. */
    record Head(String commit, SourceTree tree, int skipped) {
    }

    static Head head(LocalRepository repository) {
        String head = Refs.resolveCommit(repository, "HEAD")
                .orElseThrow(() -> new IllegalStateException("the repository has no commit yet: commit the code first"));
        TextFiles files = ReadTextFiles.atCommit(repository, head);
        return new Head(head, SourceTree.of(files.files(), files.notUtf8()).withLinks(files.links()), files.skipped().size());
    }
}
