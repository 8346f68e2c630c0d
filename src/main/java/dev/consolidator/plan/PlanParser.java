package dev.consolidator.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses and fully validates the text of {@code .github/consolidation.yml}. Pure: the caller reads the file and
 * passes its text and the path to show in messages. Every problem is collected, not just the first. Checks that need
 * the source tree (does the type exist, is the target free) belong to the transform engine.
 */
public final class PlanParser {
    static final List<String> PLAN_KEYS = List.of("version", "approvals", "compatibility", "strings", "rewriteText",
            "phases", "guard", "exports", "dashboard");
    static final List<String> PHASE_KEYS = List.of("id", "title", "description", "steps");
    static final int SUPPORTED_VERSION = 1;
    /** Used when the plan does not say how many approving reviews a phase needs. */
    public static final int DEFAULT_APPROVALS = 1;

    public PlanParseResult parse(String yamlText, String fileName) {
        Problems problems = new Problems(fileName);
        String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText; // editors on Windows add a BOM
        Optional<Plan> plan = YamlTreeReader.read(text, problems).flatMap(root -> readPlan(root, problems));
        return plan.isPresent() && problems.isEmpty()
                ? new PlanParseResult.Valid(plan.get())
                : new PlanParseResult.Invalid(problems.all());
    }

    private Optional<Plan> readPlan(YamlNode root, Problems problems) {
        if (!(root instanceof YamlNode.Mapping mapping)) {
            problems.add(root.location(), "the plan must be a mapping with the keys " + String.join(", ", PLAN_KEYS)
                    + ", found " + root.describe());
            return Optional.empty();
        }
        Fields fields = new Fields(mapping, "the plan", PLAN_KEYS, problems);
        fields.requiredInt("version", "the plan format version; write `version: 1`")
                .filter(v -> v != SUPPORTED_VERSION)
                .ifPresent(v -> problems.add(fields.value("version").orElseThrow().location(), "unsupported plan"
                        + " `version` " + v + "; this Consolidator reads version 1, so write `version: 1`"));
        int approvals = fields.optionalInt("approvals", "approving reviews a phase PR needs, 0 or more")
                .orElse(DEFAULT_APPROVALS);
        if (approvals < 0) {
            problems.add(fields.value("approvals").orElseThrow().location(), "`approvals` must be 0 or more (approving"
                    + " reviews a phase PR needs), found " + approvals);
        }
        Compatibility compatibility = fields.optionalChoice("compatibility", Compatibility.class, "what every move"
                + " leaves at the old location unless a step overrides it; default none", Compatibility.NONE);
        GuardMode guard = fields.optionalChoice("guard", GuardMode.class, "what the consolidation/guard check does"
                + " with new uses of names a merged phase retired; default fail", GuardMode.FAIL);
        boolean dashboard = fields.optionalBoolean("dashboard", "whether the bot keeps the `Consolidation dashboard`"
                + " issue up to date; default true").orElse(true);
        TextRewrites text = readTextRewrites(fields, problems);
        Exports exports = ExportsReader.read(fields, problems);
        List<Phase> phases = new ArrayList<>();
        fields.requiredSequence("phases", "the list of phases, each with an `id`, a `title` and `steps`")
                .ifPresent(list -> readPhases(list, compatibility, text, problems, phases));
        if (!exports.isEmpty()) { // each phase updates the files with its own section and the ones before it
            for (int i = 0; i < phases.size(); i++) {
                Phase p = phases.get(i);
                phases.set(i, new Phase(p.id(), p.title(), p.description(), p.steps(), p.location(), p.text(),
                        new PhaseExports(exports, phases.subList(0, i))));
            }
        }
        return Optional.of(new Plan(SUPPORTED_VERSION, approvals, compatibility, phases, guard, exports, dashboard));
    }

    private static TextRewrites readTextRewrites(Fields fields, Problems problems) {
        TextRewrites.Strings strings = fields.optionalChoice("strings", TextRewrites.Strings.class, "what happens to"
                + " retired qualified names in the strings and comments of Java files: rewrite them (default) or only"
                + " warn", TextRewrites.Strings.REWRITE);
        List<PathGlob> globs = new ArrayList<>();
        if (fields.has("rewriteText")) {
            fields.requiredStringList("rewriteText", "globs of text files, relative to the repository root, whose"
                    + " exact qualified type names are rewritten, e.g. `src/main/resources/**/*.properties`")
                    .ifPresent(items -> items.forEach(item -> PathGlob.whyInvalid(item.text()).ifPresentOrElse(
                            why -> problems.add(item.location(), "`rewriteText` glob `" + item.text() + "` " + why),
                            () -> globs.add(PathGlob.parse(item.text())))));
        }
        return new TextRewrites(strings, globs);
    }

    private void readPhases(YamlNode.Sequence list, Compatibility compatibility, TextRewrites textRewrites,
                            Problems problems, List<Phase> phases) {
        if (list.items().isEmpty()) {
            problems.add(list.location(), "`phases` is empty; add at least one phase with an `id`, a `title` and `steps`");
        }
        Map<String, Location> ids = new HashMap<>();
        StepReader steps = new StepReader(problems, compatibility);
        for (YamlNode item : list.items()) {
            readPhase(item, steps, textRewrites, problems).ifPresent(phase -> {
                Location first = ids.putIfAbsent(phase.id(), phase.location());
                if (first != null) {
                    problems.add(phase.location(), "duplicate phase id `" + phase.id() + "`: the phase at line "
                            + first.line() + " already uses it; give every phase a unique id");
                }
                phases.add(phase);
            });
        }
        RemovedForwarders.resolve(phases, problems);
    }

    /** The phase, even with broken steps (so duplicate ids are still found), or empty when it has no usable id. */
    private Optional<Phase> readPhase(YamlNode node, StepReader stepReader, TextRewrites textRewrites,
                                      Problems problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(node.location(), "each phase must be a mapping with `id`, `title` and `steps`, found "
                    + node.describe());
            return Optional.empty();
        }
        Fields fields = new Fields(mapping, "a phase", PHASE_KEYS, problems);
        Optional<String> id = fields.requiredString("id", "a unique name such as `progress-tracking`, matching"
                        + " [a-z0-9][a-z0-9-]*, used in branch names")
                .filter(value -> {
                    boolean valid = PhaseIds.isValid(value);
                    if (!valid && value.length() > PhaseIds.MAX_LENGTH) {
                        problems.add(fields.value("id").orElseThrow().location(), "phase id is " + value.length()
                                + " characters long; keep it to " + PhaseIds.MAX_LENGTH + " at most, because it becomes"
                                + " part of branch names");
                    } else if (!valid) {
                        problems.add(fields.value("id").orElseThrow().location(), "phase id `" + value + "` must match"
                                + " [a-z0-9][a-z0-9-]* (lower-case letters, digits and `-`, not starting with `-`)"
                                + " because it becomes part of branch names; e.g. `"
                                + suggestedId(value) + "`");
                    }
                    return valid;
                });
        String title = fields.optionalString("title", "a one-line title for the phase's pull request")
                .map(String::strip)
                .filter(text -> validTitle(text, fields, problems))
                .orElse(id.orElse(""));
        String description = fields.optionalString("description", "free text shown in the pull request")
                .map(String::stripTrailing) // block scalars (`>` and `|`) end with a newline
                .orElse("");
        List<Step> steps = new ArrayList<>();
        fields.requiredSequence("steps", "the list of steps (move, movePackage, merge, delete, removeForwarders) this phase"
                + " applies")
                .ifPresent(list -> {
                    if (list.items().isEmpty()) {
                        problems.add(list.location(), "phase " + id.map(i -> "`" + i + "` ").orElse("")
                                + "has no steps; add at least one move, movePackage, merge or delete, or remove the phase");
                    }
                    list.items().forEach(item -> stepReader.read(item).ifPresent(steps::add));
                });
        return id.map(value -> new Phase(value, title, description, steps, mapping.location(), textRewrites));
    }

    private static boolean validTitle(String title, Fields fields, Problems problems) {
        Location at = fields.value("title").orElseThrow().location();
        if (title.isBlank()) {
            problems.add(at, "`title` of a phase is blank; give a one-line title for its pull request, or leave the"
                    + " key out to use the phase id");
            return false;
        }
        if (title.contains("\n")) {
            problems.add(at, "`title` of a phase must be one line, because it becomes the pull request title; move"
                    + " the rest into `description`");
            return false;
        }
        return true;
    }

    private static String suggestedId(String value) {
        String slug = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "phase-1" : slug;
    }
}
