package dev.consolidator.transform.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declarative OpenRewrite recipes (multi-document YAML): {@code consolidation.<phase>} per phase, and
 * {@code consolidation} running them in plan order. A members merge renames the methods first (while the old
 * declaring type still resolves), then changes the type; deletes are listed as comments, nothing can migrate them.
 */
public final class OpenRewriteRecipes {
    public static final String ALL = "consolidation";
    private static final Pattern PHASE_NAME = Pattern.compile("(?m)^name: " + Pattern.quote(ALL) + "\\.([a-z0-9-]+)[ \\t\\r]*$");

    private OpenRewriteRecipes() {
    }

    public static String recipeName(String phaseId) {
        return ALL + "." + phaseId;
    }

    public static String render(List<PhaseMappings> phases) {
        return assemble(phases.stream().map(OpenRewriteRecipes::document).toList(),
                phases.stream().map(PhaseMappings::id).toList());
    }

    /**
     * The recipe file as a phase leaves it: the earlier phases as {@code existing} has them (the file is their
     * history: a plan edited since does not rewrite them), those it lacks from {@code earlier}, then {@code current}.
     */
    public static String update(String existing, List<PhaseMappings> earlier, PhaseMappings current) {
        Map<String, String> kept = documents(existing == null ? "" : existing);
        List<String> docs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (PhaseMappings phase : earlier) {
            docs.add(kept.getOrDefault(phase.id(), document(phase)));
            ids.add(phase.id());
        }
        docs.add(document(current));
        ids.add(current.id());
        return assemble(docs, ids);
    }

    private static String document(PhaseMappings phase) {
        StringBuilder out = new StringBuilder("# ").append(recipeName(phase.id())).append(": from ")
                .append(phase.source().description()).append('\n');
        header(out, recipeName(phase.id()), phase.title());
        StringBuilder list = new StringBuilder();
        for (Mapping m : phase.mappings()) step(list, m);
        out.append(list.isEmpty() ? "recipeList: []\n" : "recipeList:\n" + list);
        for (Mapping m : phase.mappings()) {
            if (m.removed()) out.append("# removed: ").append(m.oldName()).append(" (no replacement)\n");
        }
        return out.toString();
    }

    private static String assemble(List<String> documents, List<String> ids) {
        StringBuilder out = new StringBuilder();
        documents.forEach(d -> out.append(d).append("---\n"));
        header(out, ALL, "Every consolidation phase, in order");
        out.append(ids.isEmpty() ? "recipeList: []\n" : "recipeList:\n");
        for (String id : ids) out.append("  - ").append(recipeName(id)).append('\n');
        return out.toString();
    }

    /** The phase documents of a recipe file this class wrote, by phase id. */
    private static Map<String, String> documents(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        StringBuilder doc = new StringBuilder();
        for (String line : (text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "---\n").split("(?<=\n)")) {
            if (!line.equals("---\n") && !line.equals("---\r\n")) {
                doc.append(line);
                continue;
            }
            Matcher name = PHASE_NAME.matcher(doc);
            if (name.find()) found.putIfAbsent(name.group(1), doc.toString());
            doc.setLength(0);
        }
        return found;
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
