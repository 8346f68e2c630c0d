package dev.consolidator.bot;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FileUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The repository on "GitHub": a bare git repository in a temp dir, seeded with a copy of examples/acme-batch (and a
 * plan of the test's choosing) as one commit on {@code main}, built once per JVM and copied for each test. The bot clones it over its file:// URI. Tests read it
 * with JGit directly, never through the code under test.
 */
final class RemoteRepo {
    static final String PLAN_PATH = ".github/consolidation.yml";
    static final Path EXAMPLE = Path.of("examples", "acme-batch");

    final Path bare;
    final String baseCommit;

    private RemoteRepo(Path bare, String baseCommit) {
        this.bare = bare;
        this.baseCommit = baseCommit;
    }

    /** The example project with {@code planText} as its plan (null: the example's own plan), committed on main. */
    static RemoteRepo seed(Path dir, String planText) throws Exception {
        return seed(dir, EXAMPLE, planText);
    }

    /** A copy of the project in {@code source} (with its plan, or {@code planText}) committed on main. */
    static RemoteRepo seed(Path dir, Path source, String planText) throws Exception {
        if (source.isAbsolute()) { // a project the test generated in its temp dir: seen once, seeded in place
            return build(dir, source, planText);
        }
        // the project's own examples: seeded once per JVM and copied per test (the same commit every time), as
        // building it costs a copy, an add, a commit and a clone that every test would otherwise pay for again
        RemoteRepo template = TEMPLATES.computeIfAbsent(new TemplateKey(source.normalize(), planText), key -> {
            try {
                return build(Files.createTempDirectory("consolidator-remote-"), key.source(), key.planText());
            } catch (Exception e) {
                throw new IllegalStateException("cannot seed a remote from " + key.source(), e);
            }
        });
        Path bare = dir.resolve(template.bare.getFileName().toString());
        copyDirectory(template.bare, bare);
        return new RemoteRepo(bare, template.baseCommit);
    }

    private record TemplateKey(Path source, String planText) {
    }

    private static final Map<TemplateKey, RemoteRepo> TEMPLATES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TEMPLATES.values().forEach(t -> {
            try {
                FileUtils.delete(t.bare.getParent().toFile(), FileUtils.RECURSIVE | FileUtils.IGNORE_ERRORS);
            } catch (IOException ignored) {
                // a temp dir left behind
            }
        })));
    }

    private static RemoteRepo build(Path dir, Path source, String planText) throws Exception {
        Path seed = dir.resolve("seed");
        copyTree(source, seed);
        if (planText != null) {
            Files.writeString(seed.resolve(PLAN_PATH), planText);
        }
        String commit;
        try (Git git = Git.init().setInitialBranch("main").setDirectory(seed.toFile()).call()) {
            git.add().addFilepattern(".").call();
            commit = git.commit().setMessage("acme-batch before consolidation")
                    .setAuthor("Maintainer", "maintainer@acme.example").setCommitter("Maintainer", "maintainer@acme.example")
                    .call().name();
        }
        Path bare = dir.resolve("acme-batch.git");
        Git.cloneRepository().setURI(seed.toUri().toString()).setBare(true).setDirectory(bare.toFile()).call().close();
        return new RemoteRepo(bare, commit);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /**
     * Every file and directory (a bare repository has empty ones, e.g. refs/tags), but not the lock files of the
     * automatic gc JGit may still be running on the template in the background after its clone.
     */
    private static void copyDirectory(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().endsWith(".lock")) {
                    try {
                        Files.copy(path, target);
                    } catch (NoSuchFileException goneSinceTheWalk) {
                        // a gc file, gone before the copy
                    }
                }
            }
        }
    }

    /** A maintainer's commit on {@code branch}, pushed: what a hand-made fix on a phase PR looks like. */
    String pushCommit(String branch, Map<String, String> files, String message) throws Exception {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return pushBytes(branch, bytes, message);
    }

    /**
     * The same with files given as bytes, in whatever encoding the maintainer's editor used. Written straight into
     * the remote (the branch's tree with these files, one commit, the branch moved as a push moves it), rather than
     * through a clone, a checkout and a push that cost every test more than what they show.
     */
    String pushBytes(String branch, Map<String, byte[]> files, String message) throws Exception {
        return commit("refs/heads/" + branch, "refs/heads/" + branch, files, message,
                new PersonIdent("Maintainer", "maintainer@acme.example"));
    }

    /** A contributor's commit on top of main pushed to {@code ref} alone, e.g. refs/pull/42/head for a fork's PR. */
    String pushFromMain(String ref, Map<String, String> files, String message, PersonIdent who) throws Exception {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return commit("refs/heads/main", ref, bytes, message, who);
    }

    private String commit(String from, String to, Map<String, byte[]> files, String message, PersonIdent who)
            throws Exception {
        try (Repository r = open(); ObjectInserter inserter = r.newObjectInserter(); ObjectReader reader = r.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            ObjectId base = r.resolve(from);
            if (base == null) {
                throw new AssertionError("no " + from + " in the remote");
            }
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(editTree(inserter, reader, walk.parseCommit(base).getTree(), files));
            commit.setParentId(base);
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message);
            ObjectId sha = inserter.insert(commit);
            inserter.flush();
            // as a push moves a ref: only forward from the tip it was read at, or a new ref
            ObjectId old = r.resolve(to);
            RefUpdate update = r.updateRef(to);
            update.setExpectedOldObjectId(old == null ? ObjectId.zeroId() : old);
            update.setNewObjectId(sha);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW) {
                throw new AssertionError("push to " + to + " rejected: " + result);
            }
            return sha.name();
        }
    }

    /** GitHub's "Create a merge commit" button: {@code git merge --no-ff branch} into main, pushed. */
    String mergeIntoMain(Path work, String branch) throws Exception {
        try (Git git = Git.cloneRepository().setURI(url()).setBranch("main").setDirectory(work.toFile()).call()) {
            ObjectId tip = git.getRepository().resolve("refs/remotes/origin/" + branch);
            String sha = git.merge().include(tip).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setMessage("Merge pull request #1 from " + branch).call().getNewHead().name();
            git.push().setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
            return sha;
        }
    }

    /** The clone URL the payload carries. */
    String url() {
        return bare.toUri().toString();
    }

    Optional<String> branch(String name) {
        try (Repository r = open()) {
            ObjectId id = r.resolve("refs/heads/" + name);
            return Optional.ofNullable(id).map(ObjectId::name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every branch name, e.g. main, consolidation/backup/p1, consolidation/p1. */
    TreeSet<String> branches() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Repository r = open()) {
            for (Ref ref : r.getRefDatabase().getRefsByPrefix("refs/heads/")) {
                names.add(ref.getName().substring("refs/heads/".length()));
            }
        }
        return names;
    }

    /** The commits from {@code base} (excluded) to {@code head} along first parents, oldest first. */
    List<RevCommit> commitsBetween(String base, String head) throws IOException {
        List<RevCommit> commits = new ArrayList<>();
        try (Repository r = open(); RevWalk walk = new RevWalk(r)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(head));
            while (!c.name().equals(base)) {
                commits.add(0, c);
                if (c.getParentCount() == 0) {
                    throw new AssertionError(head + " does not descend from " + base);
                }
                c = walk.parseCommit(c.getParent(0));
            }
        }
        return commits;
    }

    /** Every file of a commit as text (the example has only text files). */
    Map<String, String> files(String commit) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Repository r = open(); RevWalk walk = new RevWalk(r); TreeWalk tree = new TreeWalk(r)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commit)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                ObjectLoader blob = r.open(tree.getObjectId(0));
                files.put(tree.getPathString(), new String(blob.getBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private Repository open() throws IOException {
        return new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
    }

    /**
     * The tree {@code base} with {@code files} written into it, each path to its bytes as a regular file, or deleted
     * where the bytes are null (the path must be there): built in memory, as a commit's tree is, with no work tree.
     */
    static ObjectId editTree(ObjectInserter inserter, ObjectReader reader, RevTree base, Map<String, byte[]> files)
            throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, base);
        builder.finish();
        DirCacheEditor editor = index.editor();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getValue() == null) {
                if (index.getEntry(f.getKey()) == null) {
                    throw new AssertionError("no " + f.getKey() + " to delete");
                }
                editor.add(new DirCacheEditor.DeletePath(f.getKey()));
                continue;
            }
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, f.getValue());
            editor.add(new DirCacheEditor.PathEdit(f.getKey()) {
                @Override
                public void apply(DirCacheEntry entry) {
                    entry.setFileMode(FileMode.REGULAR_FILE);
                    entry.setObjectId(blob);
                }
            });
        }
        editor.finish();
        return index.writeTree(inserter);
    }
}
