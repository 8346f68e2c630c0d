package dev.consolidator.transform.move;

import dev.consolidator.plan.Location;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.Problem;
import dev.consolidator.transform.source.JavaFile;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a move step into file moves against the tree as it stands, checking what only the tree can tell: the type
 * or package exists, sits under a source root, and its target is free. Problems point at the step in the plan file.
 */
public final class MovePlanner {
    private final SourceModel model;

    public MovePlanner(SourceModel model) {
        this.model = model;
    }

    public MovePlan plan(Step.Move step) {
        String type = step.type();
        String to = step.to();
        if (model.isTopLevelType(type) && model.isType(to)
                && Forwarder.isForwarderTo(model.tree().text(model.pathOf(type).orElseThrow()), to)) {
            return MovePlan.applied();
        }
        if (!model.isTopLevelType(type)) {
            if (model.isType(type)) {
                return refused(step.location(), type, type + " is a nested type; only top-level types can be moved (merge it instead)");
            }
            if (model.isType(to)) return MovePlan.applied();
            return refused(step.location(), type, "type " + type + " does not exist in the tree (as the earlier steps leave it)");
        }
        if (model.isType(to)) {
            return refused(step.location(), to, "cannot move " + type + " to " + to + ": " + to + " already exists");
        }
        String path = model.pathOf(type).orElseThrow();
        JavaFile file = model.file(path).orElseThrow();
        if (!file.primaryFqn().equals(type)) {
            return refused(step.location(), type, type + " is a secondary type in " + path + "; move " + file.primaryFqn() + " instead");
        }
        if (file.root() == null) {
            return refused(step.location(), type, path + " is not under a source root (its directory does not match package "
                    + file.packageName() + ")");
        }
        String newPackage = SourceModel.packageOf(to);
        Optional<Problem> elsewhere = packageInOtherModule(step.location(), type, file.root(), newPackage);
        if (elsewhere.isPresent()) return MovePlan.refused(elsewhere.get());
        String newPath = SourceModel.pathFor(file.root(), to);
        if (model.tree().contains(newPath)) {
            return refused(step.location(), to, "cannot move " + type + ": " + newPath + " already exists");
        }
        Map<String, String> types = new LinkedHashMap<>();
        types.put(type, to);
        for (String other : topLevelTypes(path, file.packageName())) {
            if (!other.equals(type)) types.put(other, SourceModel.qualify(newPackage, SourceModel.simpleName(other)));
        }
        Optional<Problem> clash = clash(step.location(), types);
        if (clash.isPresent()) return MovePlan.refused(clash.get());
        return new MovePlan(List.of(new FileMove(path, newPath, file.packageName(), newPackage, types)), List.of(), false);
    }

    public MovePlan plan(Step.MovePackage step) {
        List<String> packages = step.recursive() ? List.copyOf(model.packagesUnder(step.from()))
                : model.packageExists(step.from()) ? List.of(step.from()) : List.of();
        if (packages.isEmpty() || (model.packageExists(step.to()) && onlyForwarders(packages, step))) {
            if (model.packageExists(step.to())) return MovePlan.applied();
            return refused(step.location(), step.from(), "package " + step.from() + " does not exist in the tree (as the earlier steps leave it)");
        }
        List<FileMove> moves = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String pkg : packages) {
            String newPackage = step.to() + pkg.substring(step.from().length());
            for (String path : model.filesIn(pkg)) {
                JavaFile file = model.file(path).orElseThrow();
                if (file.root() == null) {
                    problems.add(Problem.at(step.location(), pkg, path + " is not under a source root (its directory"
                            + " does not match package " + pkg + ")"));
                    continue;
                }
                Optional<Problem> elsewhere = packageInOtherModule(step.location(), file.primaryFqn(), file.root(), newPackage);
                if (elsewhere.isPresent()) {
                    problems.add(elsewhere.get());
                    continue;
                }
                String fileName = path.substring(path.lastIndexOf('/') + 1);
                String newPath = SourceModel.pathIn(file.root(), newPackage, fileName);
                if (model.parse(path).isEmpty()) {
                    problems.add(Problem.at(step.location(), pkg, path + " does not parse as Java 17"));
                    continue;
                }
                if (model.tree().contains(newPath)) {
                    problems.add(Problem.at(step.location(), newPackage, "cannot move package " + pkg + ": " + newPath
                            + " already exists"));
                    continue;
                }
                Map<String, String> types = new LinkedHashMap<>();
                for (String type : topLevelTypes(path, pkg)) {
                    types.put(type, SourceModel.qualify(newPackage, SourceModel.simpleName(type)));
                }
                clash(step.location(), types).ifPresent(problems::add);
                moves.add(new FileMove(path, newPath, pkg, newPackage, types));
            }
        }
        return new MovePlan(moves, problems, false);
    }

    /** Every file left in the packages is a forwarding type (or package-info): a forwarding package move already ran. */
    private boolean onlyForwarders(List<String> packages, Step.MovePackage step) {
        boolean any = false;
        for (String pkg : packages) {
            String newPackage = step.to() + pkg.substring(step.from().length());
            for (String path : model.filesIn(pkg)) {
                JavaFile file = model.file(path).orElseThrow();
                if (file.isPackageInfo()) continue;
                if (!Forwarder.isForwarderTo(model.tree().text(path), SourceModel.qualify(newPackage, file.primaryType()))) return false;
                any = true;
            }
        }
        return any;
    }

    /**
     * A target package that already exists, but only in the source roots of other modules (e.g. {@code core/src/main/java}
     * while the type lives in {@code app/src/main/java}): a move stays in its own source root, so it would split the
     * package across modules, which the module's build may not even see. Refused, with the roots that hold it.
     */
    private Optional<Problem> packageInOtherModule(Location at, String type, String root, String newPackage) {
        if (!model.packageExists(newPackage)) {
            return Optional.empty();
        }
        java.util.SortedSet<String> roots = new java.util.TreeSet<>();
        for (String path : model.filesIn(newPackage)) {
            model.file(path).map(JavaFile::root).ifPresent(roots::add);
        }
        String module = module(root);
        if (roots.isEmpty() || roots.stream().anyMatch(r -> module(r).equals(module))) {
            return Optional.empty();
        }
        return Optional.of(Problem.at(at, newPackage, "package " + newPackage + " has no source root in the module of "
                + type + " (" + root + "); it lives in " + String.join(", ", roots) + ". A move stays in its own"
                + " module: pick a package of that module, or move the type's module first"));
    }

    /** The module part of a source root: what comes before its {@code src/} directory ("" for a single-module repo). */
    static String module(String root) {
        int src = root.startsWith("src/") ? 0 : root.lastIndexOf("/src/") + 1;
        return src <= 0 ? "" : root.substring(0, src);
    }

    private List<String> topLevelTypes(String path, String pkg) {
        return model.declaredTypes(path).stream().filter(t -> SourceModel.packageOf(t).equals(pkg)).toList();
    }

    private Optional<Problem> clash(Location at, Map<String, String> types) {
        for (String target : types.values()) {
            if (model.isType(target) && !types.containsKey(target)) {
                return Optional.of(Problem.at(at, target, "cannot move to " + target
                        + ": a type of that name already exists"));
            }
        }
        return Optional.empty();
    }

    private static MovePlan refused(Location at, String symbol, String message) {
        return MovePlan.refused(Problem.at(at, symbol, message));
    }
}
