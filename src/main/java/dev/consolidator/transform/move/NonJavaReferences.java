package dev.consolidator.transform.move;

import dev.consolidator.transform.ChangeBuilder;
import dev.consolidator.transform.Warning;
import dev.consolidator.transform.source.ModuleDirectives;
import dev.consolidator.transform.source.ServiceFiles;
import dev.consolidator.transform.source.SourceModel;
import dev.consolidator.transform.source.TypeMentions;

import java.util.Map;
import java.util.Set;

/**
 * Names of moved types outside Java code: {@code META-INF/services} files (their names and lines) and the package
 * directives of {@code module-info.java} are rewritten; any other file still naming an old type afterwards (XML,
 * properties, YAML, docs, string literals) is reported as a warning with its line, for a person to judge.
 */
public final class NonJavaReferences {
    private NonJavaReferences() {
    }

    /**
     * @param typeMap    old FQN to new FQN of the moved types (top-level types: their binary names too)
     * @param packageMap old package to the new package its types went to
     * @param emptied    old packages that no longer hold any type
     * @param skip       files whose mentions of the old names are meant (the plan)
     */
    public static void apply(SourceModel model, Map<String, String> typeMap, Map<String, String> packageMap,
                             Set<String> emptied, Set<String> skip, ChangeBuilder out) {
        for (String path : model.tree().paths()) {
            if (ServiceFiles.isServiceFile(path) && out.text(path) != null) services(path, out.text(path), typeMap, out);
            if (path.endsWith("module-info.java") && out.text(path) != null) {
                ModuleDirectives.retarget(out.text(path), packageMap, emptied).ifPresent(text -> out.write(path, text));
            }
        }
        for (TypeMentions.Mention m : TypeMentions.find(model.tree().paths(), out::text, typeMap.keySet(), skip)) {
            out.warning(new Warning(m.path(), m.line(), "still names " + m.type() + ", which this step moves to "
                    + typeMap.get(m.type()) + "; update it by hand if it refers to the type"));
        }
    }

    private static void services(String path, String text, Map<String, String> typeMap, ChangeBuilder out) {
        ServiceFiles.retarget(path, text, typeMap).ifPresent(r -> {
            if (!r.path().equals(path)) out.delete(path);
            out.write(r.path(), r.text());
        });
    }
}
