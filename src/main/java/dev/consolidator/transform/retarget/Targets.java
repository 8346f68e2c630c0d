package dev.consolidator.transform.retarget;

import dev.consolidator.transform.source.Identifiers;
import dev.consolidator.transform.source.SourceModel;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The old-to-new map of one retargeting, with the lookups every file needs. */
final class Targets {
    private final Map<String, Target> byOld = new HashMap<>();
    private final Set<String> simpleNames = new HashSet<>();
    private final Set<String> oldPackages = new HashSet<>();

    Targets(SourceModel model, Map<String, String> oldToNew) {
        for (Map.Entry<String, String> e : oldToNew.entrySet()) {
            Target t = new Target(e.getKey(), e.getValue(), topLevelOf(model, oldToNew, e.getValue()));
            byOld.put(e.getKey(), t);
            simpleNames.add(t.oldSimpleName());
            oldPackages.add(SourceModel.packageOf(topLevelOf(model, Map.of(), e.getKey())));
        }
    }

    /**
     * The top-level part of a new name: a top-level type the tree already has (merge into an existing target), else
     * the new name of a type that is top-level today (a move), else the first segment that starts upper-case (Java
     * naming conventions: packages are lower-case).
     */
    private static String topLevelOf(SourceModel model, Map<String, String> oldToNew, String newFqn) {
        Optional<String> existing = model.topLevelOf(newFqn);
        if (existing.isPresent()) return existing.get();
        for (Map.Entry<String, String> e : oldToNew.entrySet()) {
            String value = e.getValue();
            if ((newFqn.equals(value) || newFqn.startsWith(value + ".")) && model.isTopLevelType(e.getKey())) return value;
        }
        String[] parts = newFqn.split("\\.");
        StringBuilder top = new StringBuilder();
        for (String part : parts) {
            if (!top.isEmpty()) top.append('.');
            top.append(part);
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) return top.toString();
        }
        return newFqn;
    }

    Target get(String oldFqn) {
        return byOld.get(oldFqn);
    }

    boolean isOld(String fqn) {
        return byOld.containsKey(fqn);
    }

    Collection<Target> all() {
        return byOld.values();
    }

    boolean isEmpty() {
        return byOld.isEmpty();
    }

    /** The longest old name that is {@code name} or a dotted prefix of it. */
    Optional<Target> longestPrefixOf(String name) {
        String candidate = name;
        while (!candidate.isEmpty()) {
            Target t = byOld.get(candidate);
            if (t != null) return Optional.of(t);
            candidate = SourceModel.packageOf(candidate);
        }
        return Optional.empty();
    }

    /** Whether the old type moves away from its package, leaving nothing of that name behind. */
    boolean leavesPackage(String fqn) {
        Target t = byOld.get(fqn);
        return t != null && !t.newFqn().equals(fqn);
    }

    boolean isOldPackage(String pkg) {
        return oldPackages.contains(pkg);
    }

    Set<String> oldPackages() {
        return oldPackages;
    }

    /** Every top-level type of the package moves away, so an on-demand import of it would not compile. */
    boolean packageEmptied(SourceModel model, String pkg) {
        Set<String> types = typesOf(model, pkg);
        if (types.isEmpty()) return false;
        return types.stream().allMatch(simple -> leavesPackage(SourceModel.qualify(pkg, simple)));
    }

    /** The package's top-level types as the tree has them, plus old ones a caller may already have removed from it. */
    private Set<String> typesOf(SourceModel model, String pkg) {
        Set<String> types = new HashSet<>(model.typesIn(pkg));
        for (String old : byOld.keySet()) {
            if (SourceModel.packageOf(old).equals(pkg)) types.add(SourceModel.simpleName(old));
        }
        return types;
    }

    /** The one package every type of an emptied package goes to as a top-level type, if there is one. */
    Optional<String> singleDestination(SourceModel model, String pkg) {
        Set<String> destinations = new HashSet<>();
        for (String simple : typesOf(model, pkg)) {
            Target t = get(SourceModel.qualify(pkg, simple));
            if (t == null || !t.newFqn().equals(t.newTop())) return Optional.empty();
            destinations.add(t.newPackage());
        }
        return destinations.size() == 1 ? Optional.of(destinations.iterator().next()) : Optional.empty();
    }

    /** Whether every type of the package keeps its simple name (code using them through a wildcard stays valid). */
    boolean keepsSimpleNames(SourceModel model, String pkg) {
        for (String simple : typesOf(model, pkg)) {
            Target t = get(SourceModel.qualify(pkg, simple));
            if (t != null && !t.topSimpleName().equals(simple)) return false;
        }
        return true;
    }

    /**
     * The cheap pre-filter: can this file name an old type at all? Only if it sits in an old type's package or spells
     * that package (an import or a qualified name), and has the old simple name among its identifiers.
     */
    boolean mayMention(String text, String filePackage) {
        if (!oldPackages.contains(filePackage) && oldPackages.stream().noneMatch(text::contains)) return false;
        return Identifiers.anyIn(text, simpleNames);
    }
}
