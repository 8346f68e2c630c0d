package dev.consolidator.transform.move;

import dev.consolidator.plan.Compatibility;
import dev.consolidator.transform.ChangeBuilder;
import dev.consolidator.transform.ChangeSet;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.retarget.Relocator;
import dev.consolidator.transform.retarget.TypeRetargeter;
import dev.consolidator.transform.source.LanguageLevel;
import dev.consolidator.transform.source.SourceModel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out planned file moves: every reference in the tree is retargeted, each moved file gets its new package,
 * names and imports at the same source root under the new package path, module-info and service files follow, and
 * with forwarding a deprecated type stays at each old place. Access problems are checked before anything is built.
 */
public final class MoveTransform {
    private final TypeRetargeter retargeter = new TypeRetargeter();

    /** {@code skip}: files whose mentions of the old names are meant (the plan), not reported. */
    public ChangeSet apply(SourceModel model, MovePlan plan, Compatibility compatibility, Set<String> skip) {
        ChangeBuilder out = new ChangeBuilder(model.tree());
        Map<String, String> typeMap = plan.typeMap();
        new AccessCheck(model, plan).problems().forEach(out::problem);
        if (out.hasProblems()) return out.build();
        TypeRetargeter.Result retargeted = retargeter.retarget(model, typeMap, Set.of());
        retargeted.problems().forEach(out::problem);
        if (out.hasProblems()) return out.build();
        Set<String> movedPaths = new HashSet<>();
        plan.moves().forEach(m -> movedPaths.add(m.oldPath()));
        retargeted.modified().forEach((path, text) -> {
            if (!movedPaths.contains(path)) out.write(path, text);
        });
        out.importChanges(retargeted.importChanges().stream().filter(c -> !movedPaths.contains(c.file())).toList());
        out.references(retargeted.references());
        Relocator relocator = new Relocator(model);
        Set<String> forwardingPackages = new HashSet<>();
        for (FileMove move : plan.moves()) {
            String text = retargeted.modified().getOrDefault(move.oldPath(), model.tree().text(move.oldPath()));
            Map<String, String> renames = new HashMap<>();
            move.types().forEach((oldFqn, newFqn) -> {
                if (!SourceModel.simpleName(oldFqn).equals(SourceModel.simpleName(newFqn))) {
                    renames.put(SourceModel.simpleName(oldFqn), SourceModel.simpleName(newFqn));
                }
            });
            Optional<Relocator.Result> relocated = relocator.relocate(move.newPath(), text, move.oldPackage(),
                    move.newPackage(), renames, typeMap.keySet());
            if (relocated.isEmpty()) {
                out.problem(new Problem(move.oldPath(), 1, "", "moving it to " + move.newPath() + " produced text that does not parse; nothing written"));
                continue;
            }
            out.delete(move.oldPath());
            out.write(move.newPath(), relocated.get().text());
            out.importChanges(ImportDiff.between(move.newPath(), model.tree().text(move.oldPath()), relocated.get().text()));
            move.types().forEach((oldFqn, newFqn) -> out.mapping(new TypeMapping(TypeMapping.Kind.ONE_TO_ONE,
                    oldFqn, move.oldPath(), newFqn, move.newPath())));
            if (compatibility == Compatibility.FORWARDING && forward(model, move, text, out)) {
                forwardingPackages.add(move.oldPackage());
            }
        }
        // a package still holding public forwarders is still there to export (and open), next to the new one
        Set<String> emptied = emptiedPackages(model, plan);
        emptied.removeAll(forwardingPackages);
        NonJavaReferences.apply(model, typeMap, packageMap(plan), emptied, skip, out);
        return out.build();
    }

    /** Whether a forwarder was left at the old place. */
    private static boolean forward(SourceModel model, FileMove move, String retargetedText, ChangeBuilder out) {
        String root = model.file(move.oldPath()).map(f -> f.root()).orElse(null);
        if (root != null && SourceModel.inTestSources(root + "/")) {
            out.warning(new Warning(move.oldPath(), 1, "no forwarding type for " + String.join(", ", move.types().keySet())
                    + ": it is in test sources (" + root + "), which no user outside the build compiles against"));
            return false;
        }
        boolean written = false;
        for (Map.Entry<String, String> type : move.types().entrySet()) {
            String fileType = move.oldPath().substring(move.oldPath().lastIndexOf('/') + 1).replace(".java", "");
            if (!SourceModel.simpleName(type.getKey()).equals(fileType)) {
                out.warning(new Warning(move.oldPath(), 1, "no forwarding type for " + type.getKey()
                        + ": it is not the primary type of its file"));
                continue;
            }
            Forwarder.Outcome outcome = Forwarder.forward(retargetedText, type.getKey(), type.getValue(),
                    LanguageLevel.of(model.tree(), move.oldPath()));
            if (outcome.source().isPresent()) {
                out.write(move.oldPath(), outcome.source().get());
                written = true;
                if (!outcome.reason().isEmpty()) {
                    out.warning(new Warning(move.oldPath(), 1, "forwarding type for " + type.getKey() + ": " + outcome.reason()));
                }
            } else {
                out.warning(new Warning(move.oldPath(), 1, "no forwarding type for " + type.getKey() + " -> "
                        + type.getValue() + ": " + outcome.reason()));
            }
        }
        return written;
    }

    private static Map<String, String> packageMap(MovePlan plan) {
        Map<String, String> map = new LinkedHashMap<>();
        plan.moves().forEach(m -> {
            if (!m.oldPackage().equals(m.newPackage())) map.putIfAbsent(m.oldPackage(), m.newPackage());
        });
        return map;
    }

    /** Old packages whose every file moves. */
    private static Set<String> emptiedPackages(SourceModel model, MovePlan plan) {
        Map<String, Integer> moving = new HashMap<>();
        plan.moves().forEach(m -> moving.merge(m.oldPackage(), 1, Integer::sum));
        Set<String> emptied = new HashSet<>();
        moving.forEach((pkg, count) -> {
            if (count == model.filesIn(pkg).size()) emptied.add(pkg);
        });
        return emptied;
    }
}
