package dev.consolidator.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Commits a change on a branch without touching any working tree or index: the new tree is built in memory from
 * the parent's tree, so the bot works on a bare clone and the CLI builds all steps before one final checkout.
 */
public final class CommitChanges {
    private CommitChanges() {
    }

    public static CommitResult on(LocalRepository repository, CommitRequest request) {
        Repository repo = repository.jgit();
        try (ObjectInserter inserter = Inserters.forObjects(repo, request.writes().size());
             ObjectReader reader = inserter.newReader();
             RevWalk walk = new RevWalk(reader)) {
            RevCommit parent = Refs.commit(walk, repository, request.parentSha());
            ObjectId tree = buildTree(reader, inserter, parent, request);
            ObjectId commit = Commits.insert(inserter, tree, request.message(), request.author(), request.committer(),
                    parent);
            inserter.flush();
            return moveBranch(repository, walk, request.branch(), commit);
        } catch (IOException e) {
            throw new GitException("Cannot commit on " + request.branch() + " in " + repository + ": " + e.getMessage(), e);
        }
    }

    private static ObjectId buildTree(ObjectReader reader, ObjectInserter inserter, RevCommit parent,
                                      CommitRequest request) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, parent.getTree());
        builder.finish();
        refuseThroughLinks(index, request);
        for (String path : request.deletions()) {
            if (index.findEntry(path) < 0) {
                throw new IllegalArgumentException("Cannot delete " + path + ": not in commit " + parent.name());
            }
        }
        DirCacheEditor editor = index.editor();
        for (Map.Entry<String, String> write : request.writes().entrySet()) {
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, write.getValue().getBytes(StandardCharsets.UTF_8));
            editor.add(new DirCacheEditor.PathEdit(write.getKey()) {
                @Override
                public void apply(DirCacheEntry entry) {
                    // A modified file keeps its mode (e.g. executable); a new one is a regular file.
                    if (entry.getRawMode() == 0 || !FileMode.EXECUTABLE_FILE.equals(entry.getFileMode())) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                    }
                    entry.setObjectId(blob);
                }
            });
        }
        request.deletions().forEach(path -> editor.add(new DirCacheEditor.DeletePath(path)));
        editor.finish();
        return index.writeTree(inserter);
    }

    /**
     * The engine refuses steps that touch a symbolic link; this is the last guard: writing under a link's path would
     * replace the link with a directory, and deleting it would drop what the link pointed at from the build.
     */
    private static void refuseThroughLinks(DirCache index, CommitRequest request) {
        java.util.Set<String> links = new java.util.HashSet<>();
        for (int i = 0; i < index.getEntryCount(); i++) {
            if (FileMode.SYMLINK.equals(index.getEntry(i).getFileMode())) {
                links.add(index.getEntry(i).getPathString());
            }
        }
        java.util.Set<String> touched = new java.util.TreeSet<>(request.writes().keySet());
        touched.addAll(request.deletions());
        for (String path : touched) {
            for (String link : links) {
                if (path.equals(link) || path.startsWith(link + "/")) {
                    throw new IllegalArgumentException("Cannot write or delete " + path + ": " + link
                            + " is a symbolic link, and nothing is written through one");
                }
            }
        }
    }

    /** Creates the branch at {@code commit}, or fast-forwards it; never rewinds or rewrites it. */
    static CommitResult moveBranch(LocalRepository repository, RevWalk walk, String branch, ObjectId commit)
            throws IOException {
        String refName = CreateBranch.refName(branch);
        Ref current = repository.jgit().exactRef(refName);
        RefUpdate update = repository.jgit().updateRef(refName);
        update.setExpectedOldObjectId(current == null ? ObjectId.zeroId() : current.getObjectId());
        update.setNewObjectId(commit);
        update.setForceUpdate(false);
        update.setRefLogMessage("consolidator: commit", false);
        RefUpdate.Result result = update.update(walk);
        return switch (result) {
            case NEW, FAST_FORWARD, NO_CHANGE -> new CommitResult.Committed(branch, commit.name());
            case REJECTED, LOCK_FAILURE -> new CommitResult.NotFastForward(branch,
                    Refs.exactRef(repository, refName).orElse(ObjectId.zeroId().name()), commit.name());
            default -> throw new GitException("Cannot update " + refName + " in " + repository + ": " + result);
        };
    }
}
