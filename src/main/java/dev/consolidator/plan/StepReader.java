package dev.consolidator.plan;

import java.util.List;
import java.util.Optional;

/** Reads one list item of a phase's {@code steps}: exactly one of move, movePackage, merge, delete or removeForwarders. */
final class StepReader {
    static final List<String> KINDS = List.of("move", "movePackage", "merge", "delete", "removeForwarders");
    private static final String COMPATIBILITY_HINT = "what a move or merge leaves at the old names; overrides the plan's default";

    private final Problems problems;
    private final Compatibility planDefault;

    StepReader(Problems problems, Compatibility planDefault) {
        this.problems = problems;
        this.planDefault = planDefault;
    }

    Optional<Step> read(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping step)) {
            problems.add(node.location(), "a step must be a mapping with exactly one of the keys move, movePackage,"
                    + " merge, delete, removeForwarders (e.g. `- move: {type: ..., to: ...}`), found " + node.describe());
            return Optional.empty();
        }
        List<YamlNode.Entry> kinds = step.entries().stream().filter(e -> KINDS.contains(e.key())).toList();
        step.entries().stream().filter(e -> !KINDS.contains(e.key())).forEach(this::reportStrayKey);
        if (step.entries().isEmpty()) {
            problems.add(step.location(), "this step is empty; give exactly one of move, movePackage, merge, delete,"
                    + " removeForwarders");
        }
        if (kinds.size() > 1) {
            problems.add(kinds.get(1).keyLocation(), "a step is exactly one of move, movePackage, merge, delete, removeForwarders, but"
                    + " this one has both `" + kinds.get(0).key() + "` (line " + kinds.get(0).keyLocation().line()
                    + ") and `" + kinds.get(1).key() + "`; put each in its own list item starting with `- `");
        }
        if (kinds.size() != 1) {
            return Optional.empty();
        }
        YamlNode.Entry kind = kinds.get(0);
        if (!(kind.value() instanceof YamlNode.Mapping body)) {
            problems.add(kind.value().location(), "`" + kind.key() + "` must be a mapping of its settings (keys: "
                    + String.join(", ", keysOf(kind.key())) + "), found " + kind.value().describe());
            return Optional.empty();
        }
        Fields fields = new Fields(body, "the `" + kind.key() + "` step", keysOf(kind.key()), problems);
        int before = problems.count();
        Step result = switch (kind.key()) {
            case "move" -> readMove(fields, kind.keyLocation());
            case "movePackage" -> readMovePackage(fields, kind.keyLocation());
            case "merge" -> new MergeStepReader(problems).read(fields, kind.keyLocation(), compatibility(fields));
            case "removeForwarders" -> readRemoveForwarders(fields, kind.keyLocation());
            default -> readDelete(fields, kind.keyLocation());
        };
        return problems.count() == before ? Optional.of(result) : Optional.empty();
    }

    static List<String> keysOf(String kind) {
        return switch (kind) {
            case "move" -> List.of("type", "to", "compatibility");
            case "movePackage" -> List.of("from", "to", "recursive", "compatibility");
            case "merge" -> List.of("types", "into", "as", "methods", "compatibility");
            case "removeForwarders" -> List.of("phase");
            default -> List.of("types");
        };
    }

    private void reportStrayKey(YamlNode.Entry entry) {
        if (entry.key().equals("compatibility")) {
            problems.add(entry.keyLocation(), "`compatibility` belongs inside the `move`, `movePackage` or `merge` mapping"
                    + " of this step (indent it under `type`/`from`), where it overrides the plan's default");
            return;
        }
        problems.add(entry.keyLocation(), "unknown key `" + entry.key() + "` in a step;"
                + Suggestions.didYouMean(entry.key(), KINDS)
                + " a step is exactly one of: move, movePackage, merge, delete, removeForwarders");
    }

    private Step readMove(Fields fields, Location location) {
        Optional<String> type = Names.type(fields, problems, "type",
                "the fully qualified name of the type to move, e.g. `com.acme.batch.ProgressStats`");
        Optional<String> to = Names.type(fields, problems, "to",
                "its new fully qualified name, e.g. `com.acme.progress.ProgressStats`");
        if (type.isPresent() && type.equals(to)) {
            problems.add(fields.value("to").orElseThrow().location(), "`to` is the same as `type` (`" + type.get()
                    + "`), so the move would change nothing; give a new package and/or name");
        }
        return new Step.Move(type.orElse(""), to.orElse(""), compatibility(fields), location);
    }

    private Step readMovePackage(Fields fields, Location location) {
        Optional<String> from = Names.pkg(fields, problems, "from", "the package whose types move, e.g. `com.acme.legacy.report`");
        Optional<String> to = Names.pkg(fields, problems, "to", "the package they move to, e.g. `com.acme.reporting`");
        boolean recursive = fields.optionalBoolean("recursive", "whether sub-packages move too; default false").orElse(false);
        if (from.isPresent() && from.equals(to)) {
            problems.add(fields.value("to").orElseThrow().location(), "`to` is the same package as `from` (`"
                    + from.get() + "`), so the move would change nothing; give the package the types move to");
        } else if (recursive && from.isPresent() && to.isPresent() && to.get().startsWith(from.get() + ".")) {
            problems.add(fields.value("to").orElseThrow().location(), "`to` (`" + to.get() + "`) lies inside `from` (`"
                    + from.get() + "`), which `recursive: true` would move again; choose a package outside it");
        }
        return new Step.MovePackage(from.orElse(""), to.orElse(""), recursive, compatibility(fields), location);
    }

    private Step readDelete(Fields fields, Location location) {
        List<String> types = Names.typeList(fields, problems, "types",
                "the fully qualified names of the types to delete, e.g. `[com.acme.batch.OldHelper]`");
        return new Step.Delete(types, location);
    }

    /** The phase is only named here; {@link PlanParser} checks it is an earlier phase that leaves forwarders. */
    private Step readRemoveForwarders(Fields fields, Location location) {
        Optional<String> phase = fields.requiredString("phase", "the id of an earlier phase whose forwarders go, e.g."
                + " `phase: reporting-package`");
        Location at = fields.value("phase").map(YamlNode::location).orElse(location);
        return new Step.RemoveForwarders(phase.orElse(""), List.of(), at, location);
    }

    private Compatibility compatibility(Fields fields) {
        return fields.optionalChoice("compatibility", Compatibility.class, COMPATIBILITY_HINT, planDefault);
    }
}
