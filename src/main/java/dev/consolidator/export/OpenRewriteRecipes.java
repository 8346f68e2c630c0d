package dev.consolidator.export;

import java.util.List;
import java.util.Map;

/**
 * Declarative OpenRewrite recipes (multi-document YAML): {@code consolidation.<phase>} per phase, and
 * {@code consolidation} running them in plan order. A members merge renames the methods first (while the old
 * declaring type still resolves), then changes the type; deletes are listed as comments, nothing can migrate them.
 */
public final class OpenRewriteRecipes {
    public static final String ALL = "consolidation";

    private OpenRewriteRecipes() {
    }

    public static String recipeName(String phaseId) {
        return ALL + "." + phaseId;
    }

    public static String render(List<PhaseMappings> phases) {
        StringBuilder out = new StringBuilder();
        for (PhaseMappings phase : phases) {
            header(out, recipeName(phase.id()), phase.title());
            StringBuilder list = new StringBuilder();
            for (Mapping m : phase.mappings()) step(list, m);
            out.append(list.isEmpty() ? "recipeList: []\n" : "recipeList:\n" + list);
            for (Mapping m : phase.mappings()) {
                if (m.removed()) out.append("# removed: ").append(m.oldName()).append(" (no replacement)\n");
            }
            out.append("---\n");
        }
        header(out, ALL, "Every consolidation phase, in order");
        out.append(phases.isEmpty() ? "recipeList: []\n" : "recipeList:\n");
        for (PhaseMappings phase : phases) out.append("  - ").append(recipeName(phase.id())).append('\n');
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String title) {
        out.append("type: specs.openrewrite.org/v1beta/recipe\n")
                .append("name: ").append(name).append('\n')
                .append("displayName: ").append(quote(title)).append('\n');
    }

    private static void step(StringBuilder out, Mapping m) {
        switch (m.kind()) {
            case "package" -> out.append("  - org.openrewrite.java.ChangePackage:\n")
                    .append("      oldPackageName: ").append(m.oldName()).append('\n')
                    .append("      newPackageName: ").append(m.newName()).append('\n')
                    .append("      recursive: ").append(m.recursive()).append('\n');
            case "delete" -> {
            }
            default -> {
                for (Map.Entry<String, String> rename : m.methods().entrySet()) {
                    out.append("  - org.openrewrite.java.ChangeMethodName:\n")
                            .append("      methodPattern: ").append(quote(m.oldName() + " " + rename.getKey() + "(..)")).append('\n')
                            .append("      newMethodName: ").append(rename.getValue()).append('\n');
                }
                out.append("  - org.openrewrite.java.ChangeType:\n")
                        .append("      oldFullyQualifiedTypeName: ").append(m.oldName()).append('\n')
                        .append("      newFullyQualifiedTypeName: ").append(quote(m.newName())).append('\n');
            }
        }
    }

    /** Single-quoted YAML scalar: safe for `$`, `:`, `#` and parentheses. */
    static String quote(String text) {
        return "'" + (text == null ? "" : text.replace("'", "''").replace("\n", " ")) + "'";
    }
}
