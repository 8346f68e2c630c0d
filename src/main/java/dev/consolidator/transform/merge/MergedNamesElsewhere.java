package dev.consolidator.transform.merge;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consolidator.plan.MergeMode;
import dev.consolidator.plan.Step;
import dev.consolidator.transform.SourceTree;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.merge.MergeSubject.Part;
import dev.consolidator.transform.source.JavaText;
import dev.consolidator.transform.source.ModuleDirectives;
import dev.consolidator.transform.source.ServiceFiles;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.TypeMentions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The merged types' names outside Java code. Service files name providers by binary name: a nested source becomes
 * {@code Target$Source} there, and so does a member type a members merge carried into the target; a source whose
 * members went into the target is only pointed out (the target provides the service only if it implements it).
 * The module declaration exports (opens) the target's package where it exported a source's, and drops the
 * directives of packages the merge emptied. Any other mention (XML, properties, docs, strings, comments) is
 * reported for a person to judge.
 */
final class MergedNamesElsewhere {
    private MergedNamesElsewhere() {
    }

    record Result(SourceTree tree, List<Warning> warnings) {
    }

    static Result apply(SourceTree merged, MergeSubject subject, Step.Merge step) {
        Map<String, String> binaryNames = new LinkedHashMap<>();
        for (Part s : subject.sources()) {
            if (step.as() == MergeMode.NESTED) {
                binaryNames.put(s.fqn(), subject.targetFqn() + "$" + s.simpleName());
            } else {
                s.decl().getMembers().stream().filter(m -> m instanceof TypeDeclaration<?>)
                        .map(m -> ((TypeDeclaration<?>) m).getNameAsString())
                        .forEach(n -> binaryNames.put(s.fqn() + "$" + n, subject.targetFqn() + "$" + n));
            }
        }
        Map<String, String> files = new TreeMap<>(merged.files());
        List<Warning> warnings = new ArrayList<>();
        for (String path : merged.paths()) {
            if (!ServiceFiles.isServiceFile(path)) {
                continue;
            }
            ServiceFiles.retarget(path, merged.text(path), binaryNames).ifPresent(r -> {
                files.remove(path);
                files.put(r.path(), r.text());
            });
            if (step.as() == MergeMode.MEMBERS) {
                warnings.addAll(providersMergedAway(path, merged.text(path), subject));
            }
        }
        moduleDirectives(files, subject);
        Set<String> skip = step.location() == null ? Set.of() : Set.of(step.location().file());
        Map<String, String> newNames = MergeTransform.newNames(subject, step.as());
        for (TypeMentions.Mention m : TypeMentions.find(files.keySet(), files::get, subject.sources().stream()
                .map(Part::fqn).toList(), skip)) {
            warnings.add(new Warning(m.path(), m.line(), "still names " + m.type() + ", which this step merges into "
                    + newNames.get(m.type()) + "; update it by hand if it refers to the type"));
        }
        return new Result(SourceTree.of(files), warnings);
    }

    private static void moduleDirectives(Map<String, String> files, MergeSubject subject) {
        Map<String, String> packageMap = new TreeMap<>();
        String targetPackage = SourceModel.packageOf(subject.targetFqn());
        subject.sources().stream().map(Part::packageName).filter(p -> !p.equals(targetPackage))
                .forEach(p -> packageMap.put(p, targetPackage));
        Set<String> emptied = EmptiedPackages.of(packageMap.keySet(), SourceTree.of(files));
        for (String path : List.copyOf(files.keySet())) {
            if (path.endsWith("module-info.java")) {
                ModuleDirectives.retarget(files.get(path), packageMap, emptied).ifPresent(text -> files.put(path, text));
            }
        }
    }

    private static List<Warning> providersMergedAway(String path, String text, MergeSubject subject) {
        List<Warning> out = new ArrayList<>();
        String[] lines = JavaText.lines(text);
        for (int i = 0; i < lines.length; i++) {
            String provider = ServiceFiles.providerOf(lines[i]);
            if (subject.isSource(provider)) {
                out.add(new Warning(path, i + 1, "registers " + provider + " as a service provider, and its members now"
                        + " live in " + subject.targetFqn() + ": register that type if it implements the service, or"
                        + " remove the line"));
            }
        }
        return out;
    }
}
