package dev.consolidator.export;

import java.util.List;
import java.util.stream.Collectors;

/** A Markdown migration guide for release notes: per phase, old → new, removed types, and how to run the recipe. */
public final class MigrationGuide {
    private MigrationGuide() {
    }

    public static String render(List<PhaseMappings> phases) {
        StringBuilder out = new StringBuilder("# Migration guide\n\n");
        for (PhaseMappings phase : phases) {
            out.append("## ").append(phase.id()).append(": ").append(cell(phase.title())).append("\n\n");
            List<Mapping> renamed = phase.mappings().stream().filter(m -> !m.removed()).toList();
            if (!renamed.isEmpty()) {
                out.append("| Old | New | Change |\n|---|---|---|\n");
                for (Mapping m : renamed) {
                    out.append("| `").append(m.oldName()).append("` | `").append(m.newName()).append("` | ")
                            .append(change(m)).append(" |\n");
                }
                out.append('\n');
            }
            List<Mapping> removed = phase.mappings().stream().filter(Mapping::removed).toList();
            if (!removed.isEmpty()) {
                out.append("Removed types (no replacement):\n\n");
                removed.forEach(m -> out.append("- `").append(m.oldName()).append("`\n"));
                out.append('\n');
            }
            out.append("Recipe: `").append(OpenRewriteRecipes.recipeName(phase.id())).append("`\n\n");
        }
        out.append("## Running the migration\n\n")
                .append("Save the output of `consolidator export --format openrewrite` as `rewrite.yml` at the root of the\n")
                .append("consuming project (or use the library's jar when it ships the recipe under `META-INF/rewrite/`), then run\n\n")
                .append("```\n")
                .append("mvn org.openrewrite.maven:rewrite-maven-plugin:run \\\n")
                .append("  -Drewrite.recipeArtifactCoordinates=GROUP:ARTIFACT:VERSION \\\n")
                .append("  -Drewrite.activeRecipes=").append(OpenRewriteRecipes.ALL).append('\n')
                .append("```\n\n")
                .append("`-Drewrite.recipeArtifactCoordinates` names the library's jar and is only needed when the recipe comes from it;\n")
                .append("to migrate one phase at a time, activate `").append(OpenRewriteRecipes.recipeName("<phase>"))
                .append("` instead of `").append(OpenRewriteRecipes.ALL).append("`.\n");
        return out.toString();
    }

    private static String change(Mapping m) {
        return switch (m.kind()) {
            case "package" -> m.recursive() ? "package and sub-packages moved" : "package moved";
            case "nested" -> "now a nested type";
            case "members" -> m.methods().isEmpty() ? "members merged" : "members merged; methods renamed: "
                    + m.methods().entrySet().stream().map(e -> "`" + e.getKey() + "` → `" + e.getValue() + "`")
                    .collect(Collectors.joining(", "));
            default -> "moved";
        };
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
