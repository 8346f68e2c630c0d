package dev.consolidator.transform.forward;

import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.TypeMapping;
import dev.consolidator.transform.move.Forwarder;
import dev.consolidator.transform.source.JavaFile;
import dev.consolidator.transform.source.SourceModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a phase's forwarders are in a tree: at the old names its steps (or its recorded mappings) name, the files that
 * carry the generated forwarder's mark. A file at an old name without the mark is not one (code of the team's own, or
 * the phase not applied), so it is never taken for a forwarder.
 */
public final class ForwarderFiles {
    /** What the plan's steps find: the forwarders, and old types still standing as types of their own. */
    public record Found(List<ForwarderFile> forwarders, List<String> notApplied) {
        public Found {
            forwarders = List.copyOf(forwarders);
            notApplied = List.copyOf(notApplied);
        }
    }

    private ForwarderFiles() {
    }

    /**
     * The mark every generated forwarder carries in its Javadoc (see {@link Forwarder} and the merge's forwarders):
     * deprecated, pointing at {@code newType}, and saying it will be removed.
     */
    public static boolean isForwarder(String text, String newType) {
        return text != null && text.contains(Forwarder.MARK_BEFORE_9)
                && text.contains("@deprecated use {@link " + newType + "} instead; this forwarding type will be removed.");
    }

    /** From what a phase recorded (old type and file, new type): those whose old file still is a forwarder. */
    public static List<ForwarderFile> recorded(SourceTree tree, List<TypeMapping> mappings) {
        Map<String, ForwarderFile> out = new LinkedHashMap<>();
        for (TypeMapping m : mappings) {
            if (m.originalType() == null || m.newType() == null || m.originalPath() == null
                    || m.originalType().equals(m.newType())) continue;
            if (isForwarder(tree.text(m.originalPath()), m.newType())) {
                out.putIfAbsent(m.originalPath(), new ForwarderFile(m.originalType(), m.originalPath(), m.newType()));
            }
        }
        return List.copyOf(out.values());
    }

    /** From a phase's forwarding steps as the plan gives them. */
    public static Found planned(SourceModel model, List<Step> steps) {
        Map<String, ForwarderFile> found = new LinkedHashMap<>();
        List<String> notApplied = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Step.Move m) {
                atOldName(model, m.type(), m.to(), found, notApplied);
            } else if (step instanceof Step.Merge g) {
                for (String type : g.types()) {
                    if (type.equals(g.into())) continue;
                    atOldName(model, type, g.as() == MergeMode.MEMBERS ? g.into()
                            : g.into() + "." + SourceModel.simpleName(type), found, notApplied);
                }
            } else if (step instanceof Step.MovePackage p) {
                inOldPackage(model, p, found);
            }
        }
        return new Found(List.copyOf(found.values()), notApplied);
    }

    /**
     * The old names the {@code move} and {@code merge} steps name, with no file (their forwarders are gone); a package
     * move's old names went with its files.
     */
    public static List<ForwarderFile> oldNames(List<Step> steps) {
        List<ForwarderFile> out = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Step.Move m) {
                out.add(new ForwarderFile(m.type(), "", m.to()));
            } else if (step instanceof Step.Merge g) {
                g.types().stream().filter(t -> !t.equals(g.into())).forEach(t -> out.add(new ForwarderFile(t, "",
                        g.as() == MergeMode.MEMBERS ? g.into() : g.into() + "." + SourceModel.simpleName(t))));
            }
        }
        return out;
    }

    private static void atOldName(SourceModel model, String oldType, String newType, Map<String, ForwarderFile> found,
                                  List<String> notApplied) {
        Optional<String> path = model.pathOf(oldType);
        if (path.isEmpty()) return;   // no forwarder was left there (or it is gone already)
        if (isForwarder(model.tree().text(path.get()), newType)) {
            found.putIfAbsent(path.get(), new ForwarderFile(oldType, path.get(), newType));
        } else {
            notApplied.add(oldType);
        }
    }

    /** Types the package move left behind may be forwarders; other files there are the team's (added since). */
    private static void inOldPackage(SourceModel model, Step.MovePackage step, Map<String, ForwarderFile> found) {
        List<String> packages = step.recursive() ? List.copyOf(model.packagesUnder(step.from())) : List.of(step.from());
        for (String pkg : packages) {
            String newPackage = step.to() + pkg.substring(step.from().length());
            for (String path : model.filesIn(pkg)) {
                Optional<JavaFile> file = model.file(path);
                if (file.isEmpty() || file.get().primaryType().isEmpty()) continue;
                String newType = SourceModel.qualify(newPackage, file.get().primaryType());
                if (isForwarder(model.tree().text(path), newType)) {
                    found.putIfAbsent(path, new ForwarderFile(file.get().primaryFqn(), path, newType));
                }
            }
        }
    }
}
