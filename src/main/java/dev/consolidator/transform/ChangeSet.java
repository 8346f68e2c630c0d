package dev.consolidator.transform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one step does to a tree: files added, modified (with their new text) and deleted, the type mappings,
 * the import changes, the problems that stop it, the warnings that do not, and how many references it rewrote.
 * A change set with problems must not be applied.
 */
public record ChangeSet(SortedMap<String, String> added,
                        SortedMap<String, String> modified,
                        SortedSet<String> deleted,
                        List<TypeMapping> mappings,
                        List<ImportChange> importChanges,
                        List<Problem> problems,
                        List<Warning> warnings,
                        int referencesRewritten) {
    public ChangeSet {
        added = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(added));
        modified = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(modified));
        deleted = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(deleted));
        mappings = List.copyOf(mappings);
        importChanges = List.copyOf(importChanges);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public static ChangeSet empty() {
        return new ChangeSet(new TreeMap<>(), new TreeMap<>(),
                new TreeSet<>(), List.of(), List.of(), List.of(), List.of(), 0);
    }

    public static ChangeSet failed(List<Problem> problems) {
        return new ChangeSet(new TreeMap<>(), new TreeMap<>(), new TreeSet<>(), List.of(), List.of(), problems, List.of(), 0);
    }

    public boolean isEmpty() {
        return added.isEmpty() && modified.isEmpty() && deleted.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public Set<String> touchedPaths() {
        Set<String> all = new TreeSet<>(added.keySet());
        all.addAll(modified.keySet());
        all.addAll(deleted);
        return all;
    }
}
