package dev.consolidator.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the settings of a {@code merge} step: which types, into what, how, and the method renames. */
final class MergeStepReader {
    private final Problems problems;

    MergeStepReader(Problems problems) {
        this.problems = problems;
    }

    Step read(Fields fields, Location location, Compatibility compatibility) {
        List<String> types = Names.typeList(fields, problems, "types",
                "the fully qualified names of the types to merge, e.g. `[com.acme.batch.ProgressTracker]`");
        Optional<String> into = Names.type(fields, problems, "into",
                "the fully qualified name of the type they merge into, e.g. `com.acme.progress.MetricsCollector`");
        into.filter(types::contains).ifPresent(target -> problems.add(itemLocation(fields, target),
                "`" + target + "` is both in `types` and the `into` target; a type cannot merge into itself,"
                        + " so remove it from `types`"));
        MergeMode mode = fields.optionalChoice("as", MergeMode.class, "members: their members move into the target;"
                + " nested: each becomes a static nested type; default members", MergeMode.MEMBERS);
        Map<String, String> methods = new LinkedHashMap<>();
        fields.optionalMapping("methods", "renames of moved methods as `oldName: newName`")
                .ifPresent(table -> readRenames(table, mode, fields, methods));
        return new Step.Merge(types, into.orElse(""), mode, methods, compatibility, location);
    }

    private void readRenames(YamlNode.Mapping table, MergeMode mode, Fields fields, Map<String, String> methods) {
        if (mode != MergeMode.MEMBERS) {
            problems.add(fields.mapping().entry("methods").orElseThrow().keyLocation(), "`methods` renames only apply"
                    + " with `as: members` (nested types keep their methods as they are); remove `methods` or use"
                    + " `as: members`");
            return;
        }
        for (YamlNode.Entry rename : table.entries()) {
            Optional<String> oldNameProblem = JavaNames.identifierProblem(rename.key());
            oldNameProblem.ifPresent(p -> problems.add(rename.keyLocation(), "method name `" + rename.key()
                    + "` in `methods` is not a Java identifier: " + p + "; write each rename as `oldName: newName`"));
            if (!(rename.value() instanceof YamlNode.Scalar value) || value.kind() == YamlNode.Kind.NULL) {
                problems.add(rename.value().location(), "the new name for `" + rename.key() + "` in `methods` must"
                        + " be a method name, found " + rename.value().describe() + "; write `" + rename.key()
                        + ": newName`");
                continue;
            }
            Optional<String> newNameProblem = JavaNames.identifierProblem(value.text());
            newNameProblem.ifPresent(p -> problems.add(value.location(), "new method name `" + value.text()
                    + "` for `" + rename.key() + "` is not a Java identifier: " + p + "; give a valid method name"));
            if (value.text().equals(rename.key())) {
                problems.add(value.location(), "`" + rename.key() + "` is renamed to itself; remove this line or give"
                        + " a new name");
            } else if (oldNameProblem.isEmpty() && newNameProblem.isEmpty()) {
                methods.put(rename.key(), value.text());
            }
        }
    }

    private static Location itemLocation(Fields fields, String name) {
        if (fields.value("types").orElseThrow() instanceof YamlNode.Sequence types) {
            for (YamlNode item : types.items()) {
                if (item instanceof YamlNode.Scalar s && s.text().equals(name)) {
                    return s.location();
                }
            }
        }
        return fields.value("into").orElseThrow().location();
    }
}
