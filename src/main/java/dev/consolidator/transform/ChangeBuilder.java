package dev.consolidator.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects one step's change set piece by piece over a base tree. Writing a path the base has makes it "modified",
 * a new path "added"; deleting an added path forgets it, and writing a deleted path revives it as modified.
 */
public final class ChangeBuilder {
    private final SourceTree base;
    private final TreeMap<String, String> added = new TreeMap<>();
    private final TreeMap<String, String> modified = new TreeMap<>();
    private final TreeSet<String> deleted = new TreeSet<>();
    private final List<TypeMapping> mappings = new ArrayList<>();
    private final List<ImportChange> importChanges = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private int references;

    public ChangeBuilder(SourceTree base) {
        this.base = base;
    }

    public ChangeBuilder write(String path, String text) {
        if (base.contains(path)) {
            deleted.remove(path);
            if (text.equals(base.text(path))) modified.remove(path); else modified.put(path, text);
        } else {
            added.put(path, text);
        }
        return this;
    }

    public ChangeBuilder delete(String path) {
        added.remove(path);
        modified.remove(path);
        if (base.contains(path)) deleted.add(path);
        return this;
    }

    /** The text of a path as this change leaves it (null when deleted or absent). */
    public String text(String path) {
        if (deleted.contains(path)) return null;
        if (added.containsKey(path)) return added.get(path);
        if (modified.containsKey(path)) return modified.get(path);
        return base.text(path);
    }

    /** Takes in another change set made over the same base (e.g. the retargeter's). */
    public ChangeBuilder merge(ChangeSet other) {
        other.deleted().forEach(this::delete);
        other.modified().forEach(this::write);
        other.added().forEach(this::write);
        mappings.addAll(other.mappings());
        importChanges.addAll(other.importChanges());
        problems.addAll(other.problems());
        warnings.addAll(other.warnings());
        references += other.referencesRewritten();
        return this;
    }

    public ChangeBuilder mapping(TypeMapping mapping) {
        mappings.add(mapping);
        return this;
    }

    public ChangeBuilder importChanges(List<ImportChange> changes) {
        importChanges.addAll(changes);
        return this;
    }

    public List<ImportChange> importChanges() {
        return importChanges;
    }

    public ChangeBuilder problem(Problem problem) {
        problems.add(problem);
        return this;
    }

    public ChangeBuilder warning(Warning warning) {
        warnings.add(warning);
        return this;
    }

    public ChangeBuilder references(int count) {
        references += count;
        return this;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The change set; one with problems carries no file changes, so it can never be applied by mistake. */
    public ChangeSet build() {
        if (!problems.isEmpty()) return new ChangeSet(new TreeMap<>(), new TreeMap<>(), new TreeSet<>(), List.of(),
                List.of(), problems, warnings, 0);
        return new ChangeSet(added, modified, deleted, mappings, importChanges, problems, warnings, references);
    }
}
