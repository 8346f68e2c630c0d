package dev.consolidator.plan;

import java.util.List;
import java.util.Optional;

/** Reads the plan's {@code exports:} mapping; every problem names its line. */
final class ExportsReader {
    static final List<String> KEYS = List.of("openrewrite", "guide");

    private ExportsReader() {
    }

    static Exports read(Fields plan, Problems problems) {
        Optional<YamlNode.Mapping> mapping = plan.optionalMapping("exports", "the files each phase PR keeps up to date,"
                + " e.g. `{openrewrite: src/main/resources/META-INF/rewrite/consolidation.yml, guide: MIGRATION.md}`");
        if (mapping.isEmpty()) return Exports.NONE;
        Fields fields = new Fields(mapping.get(), "`exports`", KEYS, problems);
        if (!fields.has("openrewrite") && !fields.has("guide")) {
            problems.add(mapping.get().location(), "`exports` names no file; give `openrewrite` (the recipe, e.g."
                    + " src/main/resources/META-INF/rewrite/consolidation.yml), `guide` (e.g. MIGRATION.md) or both");
        }
        Optional<String> recipe = exportPath(fields, "openrewrite", "the OpenRewrite recipe file, e.g."
                + " src/main/resources/META-INF/rewrite/consolidation.yml", problems);
        Optional<String> guide = exportPath(fields, "guide", "the Markdown migration guide, e.g. MIGRATION.md", problems);
        if (recipe.isPresent() && recipe.equals(guide)) {
            problems.add(fields.value("guide").orElseThrow().location(), "`exports` names `" + guide.get()
                    + "` for both `openrewrite` and `guide`; give each its own file");
            return Exports.NONE;
        }
        return new Exports(recipe.orElse(null), guide.orElse(null));
    }

    private static Optional<String> exportPath(Fields fields, String key, String hint, Problems problems) {
        return fields.optionalString(key, hint).filter(path -> {
            Optional<String> why = Exports.whyInvalid(path);
            why.ifPresent(w -> problems.add(fields.value(key).orElseThrow().location(), "`exports` file `" + key + ": "
                    + path + "` " + w));
            return why.isEmpty();
        });
    }
}
