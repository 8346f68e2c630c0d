package dev.consolidator.transform;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A repository's text files as a value: repository-relative paths with '/' separators mapped to their text.
 * The engine is pure: it reads a tree and returns a change set; callers (CLI, bot) do the I/O.
 * {@code readOnly} files are there to be read (their references count) but cannot be written back as they were
 * read (a Java file that is not UTF-8): a step that would change one is refused.
 */
public final class SourceTree {
    private final NavigableMap<String, String> files;
    private final Set<String> readOnly;
    private final Set<String> links;

    private SourceTree(NavigableMap<String, String> files, Set<String> readOnly, Set<String> links) {
        this.files = Collections.unmodifiableNavigableMap(files);
        this.readOnly = Set.copyOf(readOnly);
        this.links = Set.copyOf(links);
    }

    /**
     * The same files, knowing which paths of the repository are symbolic links (their content is a path, so they are
     * not among the files): nothing may be written, deleted or created through one, as it can point anywhere.
     */
    public SourceTree withLinks(Set<String> linkPaths) {
        return new SourceTree(new TreeMap<>(files), readOnly, linkPaths);
    }

    /** The symbolic link a path is or lies under, if any. */
    public java.util.Optional<String> linkOn(String path) {
        return links.stream().filter(link -> path.equals(link) || path.startsWith(link + "/")).findFirst();
    }

    public static SourceTree of(Map<String, String> files) {
        return new SourceTree(new TreeMap<>(files), Set.of(), Set.of());
    }

    public static SourceTree of(Map<String, String> files, Set<String> readOnly) {
        return new SourceTree(new TreeMap<>(files), readOnly, Set.of());
    }

    public Set<String> readOnly() {
        return readOnly;
    }

    public NavigableMap<String, String> files() {
        return files;
    }

    public Set<String> paths() {
        return files.keySet();
    }

    public String text(String path) {
        return files.get(path);
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    /** The tree after a change set: added and modified files take their new text, deleted ones are gone. */
    public SourceTree apply(ChangeSet changes) {
        TreeMap<String, String> next = new TreeMap<>(files);
        changes.deleted().forEach(next::remove);
        next.putAll(changes.modified());
        next.putAll(changes.added());
        Set<String> stillReadOnly = new HashSet<>(readOnly);
        stillReadOnly.retainAll(next.keySet());
        stillReadOnly.removeAll(changes.modified().keySet());
        stillReadOnly.removeAll(changes.added().keySet());
        return new SourceTree(next, stillReadOnly, links);
    }
}
