package dev.consolidator.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads plan values that must be Java type or package names and reports the ones that are not. */
final class Names {
    private Names() {
    }

    /** A required fully qualified type name. */
    static Optional<String> type(Fields fields, Problems problems, String key, String hint) {
        return fields.requiredString(key, hint).filter(name ->
                valid(JavaNames.typeNameProblem(name), fields.value(key).orElseThrow().location(), problems,
                        "`" + key + "` in " + fields.what() + " is not a valid fully qualified Java type name", hint));
    }

    /** A required package name. */
    static Optional<String> pkg(Fields fields, Problems problems, String key, String hint) {
        return fields.requiredString(key, hint).filter(name ->
                valid(JavaNames.packageNameProblem(name), fields.value(key).orElseThrow().location(), problems,
                        "`" + key + "` in " + fields.what() + " is not a valid Java package name", hint));
    }

    /** A required, non-empty list of distinct fully qualified type names; only the valid ones are returned. */
    static List<String> typeList(Fields fields, Problems problems, String key, String hint) {
        List<String> names = new ArrayList<>();
        Optional<List<YamlNode.Scalar>> items = fields.requiredStringList(key, hint);
        if (items.isEmpty()) {
            return names;
        }
        if (fields.value(key).orElseThrow() instanceof YamlNode.Sequence s && s.items().isEmpty()) {
            problems.add(s.location(), "`" + key + "` in " + fields.what() + " is empty; list at least one type ("
                    + hint + ")");
        }
        Map<String, Location> seen = new HashMap<>();
        for (YamlNode.Scalar item : items.get()) {
            String name = item.text();
            if (!valid(JavaNames.typeNameProblem(name), item.location(), problems,
                    "`" + name + "` in `" + key + "` of " + fields.what() + " is not a valid fully qualified Java type name", hint)) {
                continue;
            }
            Location first = seen.putIfAbsent(name, item.location());
            if (first != null) {
                problems.add(item.location(), "`" + name + "` is listed twice in `" + key + "` of " + fields.what()
                        + " (first at line " + first.line() + "); list each type once");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean valid(Optional<String> problem, Location location, Problems problems, String what, String hint) {
        problem.ifPresent(p -> problems.add(location, what + ": " + p + "; expected " + hint));
        return problem.isEmpty();
    }
}
