package dev.consolidator.git;

import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;

/**
 * Picks how new objects are written. JGit's default writes one zlib'd loose file per object: measured here,
 * 10,000 blobs took 8.7 s that way and 0.24 s written as one pack. Large commits therefore go to a pack; small
 * ones stay loose so that a phase of many small steps does not leave a pack per step.
 */
final class Inserters {
    static final int PACK_THRESHOLD = 200;

    private Inserters() {
    }

    static ObjectInserter forObjects(Repository repo, int expectedObjects) {
        if (expectedObjects >= PACK_THRESHOLD && repo.getObjectDatabase() instanceof ObjectDirectory directory) {
            // PackInserter is in JGit's internal package but public and used by JGit's own receive-pack path.
            return directory.newPackInserter();
        }
        return repo.newObjectInserter();
    }
}
