package dev.consolidator.git;

import java.io.IOException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;

/** Writes commit objects; shared by the verbs that commit in memory. */
final class Commits {
    private Commits() {
    }

    static ObjectId insert(ObjectInserter inserter, ObjectId tree, String message, GitIdentity author,
                           GitIdentity committer, AnyObjectId... parents) throws IOException {
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        commit.setParentIds(java.util.List.of(parents));
        commit.setAuthor(new PersonIdent(author.name(), author.email()));
        commit.setCommitter(new PersonIdent(committer.name(), committer.email()));
        commit.setMessage(message.endsWith("\n") ? message : message + "\n");
        return inserter.insert(commit);
    }
}
