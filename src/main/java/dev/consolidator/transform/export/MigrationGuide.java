package dev.consolidator.transform.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A Markdown migration guide for release notes: per phase, old → new, removed types, and how to run the recipe. */
public final class MigrationGuide {
    private static final Pattern PHASE_HEADING = Pattern.compile("^## ([a-z0-9][a-z0-9-]*): ");

    private MigrationGuide() {
    }

    public static String render(List<PhaseMappings> phases) {
        return assemble(phases.stream().map(MigrationGuide::section).toList());
    }

    /**
     * The guide as a phase leaves it: the earlier phases' sections as {@code existing} has them (their history), those
     * it lacks from {@code earlier}, then {@code current}'s.
     */
    public static String update(String existing, List<PhaseMappings> earlier, PhaseMappings current) {
        Map<String, String> kept = sections(existing == null ? "" : existing);
        List<String> sections = new ArrayList<>();
        earlier.forEach(phase -> sections.add(kept.getOrDefault(phase.id(), section(phase))));
        sections.add(section(current));
        return assemble(sections);
    }

    private static String assemble(List<String> sections) {
        StringBuilder out = new StringBuilder("# Migration guide\n\n");
        sections.forEach(out::append);
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

    private static String section(PhaseMappings phase) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(phase.id()).append(": ").append(cell(phase.title())).append("\n\n");
        out.append("<!-- from ").append(phase.source().description()).append(" -->\n\n");
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
        return out.toString();
    }

    /** The phase sections of a guide this class wrote, by phase id: from a {@code ## id: title} line to the next heading. */
    private static Map<String, String> sections(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        String id = null;
        StringBuilder section = new StringBuilder();
        for (String line : (text.endsWith("\n") || text.isEmpty() ? text : text + "\n").split("(?<=\n)")) {
            if (line.startsWith("## ") || line.startsWith("# ")) { // a heading ends the section before it
                if (id != null) found.putIfAbsent(id, section.toString());
                Matcher heading = PHASE_HEADING.matcher(line);
                id = heading.find() ? heading.group(1) : null;
                section.setLength(0);
            }
            section.append(line);
        }
        if (id != null) found.putIfAbsent(id, section.toString());
        return found;
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
