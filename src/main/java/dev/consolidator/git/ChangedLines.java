package dev.consolidator.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The lines a head commit added or changed compared with its merge base with another commit (what a pull request
 * shows as its own diff: changes that reached the base branch meanwhile are not the head's). Renamed files count
 * only their edited lines. Only paths {@code wanted} accepts are read.
 */
public final class ChangedLines {
    private ChangedLines() {
    }

    /** The changed files, or empty when the two commits share no history. */
    public static Optional<List<ChangedText>> since(LocalRepository repository, String baseSha, String headSha,
                                                   Predicate<String> wanted) {
        try (ObjectReader reader = repository.jgit().newObjectReader();
             RevWalk walk = new RevWalk(reader);
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            RevCommit head = Refs.commit(walk, repository, headSha);
            RevCommit base = Refs.commit(walk, repository, baseSha);
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(head);
            walk.markStart(base);
            RevCommit mergeBase = walk.next();
            if (mergeBase == null) {
                return Optional.empty();
            }
            diff.setRepository(repository.jgit());
            diff.setReader(reader, repository.jgit().getConfig());
            diff.setDiffComparator(RawTextComparator.DEFAULT);
            diff.setDetectRenames(true);
            List<ChangedText> out = new ArrayList<>();
            for (DiffEntry entry : diff.scan(mergeBase.getTree(), head.getTree())) {
                if (entry.getChangeType() == DiffEntry.ChangeType.DELETE || !wanted.test(entry.getNewPath())) {
                    continue;
                }
                TreeSet<Integer> lines = new TreeSet<>();
                for (Edit edit : diff.toFileHeader(entry).toEditList()) {
                    for (int line = edit.getBeginB(); line < edit.getEndB(); line++) {
                        lines.add(line + 1);
                    }
                }
                if (!lines.isEmpty()) {
                    byte[] bytes = reader.open(entry.getNewId().toObjectId(), Constants.OBJ_BLOB).getBytes();
                    out.add(new ChangedText(entry.getNewPath(), text(bytes), lines));
                }
            }
            return Optional.of(out);
        } catch (IOException e) {
            throw new GitException("Cannot diff " + baseSha + "..." + headSha + " in " + repository + ": " + e.getMessage(), e);
        }
    }

    /** UTF-8, or ISO-8859-1 (every byte a character) for files in an older encoding: names are ASCII either way. */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
