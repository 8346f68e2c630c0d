package dev.consolidator.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed access to one mapping of the plan. Reports unknown keys on creation, and missing or mistyped values on
 * access, each as a problem that names the mapping ("the `move` step"), the key, and what it should hold.
 */
final class Fields {
    private final YamlNode.Mapping mapping;
    private final String what;
    private final Problems problems;

    Fields(YamlNode.Mapping mapping, String what, List<String> allowed, Problems problems) {
        this.mapping = mapping;
        this.what = what;
        this.problems = problems;
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!allowed.contains(entry.key())) {
                problems.add(entry.keyLocation(), "unknown key `" + entry.key() + "` in " + what + ";"
                        + Suggestions.didYouMean(entry.key(), allowed)
                        + " allowed keys: " + String.join(", ", allowed));
            }
        }
    }

    String what() {
        return what;
    }

    YamlNode.Mapping mapping() {
        return mapping;
    }

    boolean has(String key) {
        return mapping.entry(key).isPresent();
    }

    Optional<YamlNode> value(String key) {
        return mapping.entry(key).map(YamlNode.Entry::value);
    }

    /** The key's value, or a "missing required key" problem at the mapping. */
    Optional<YamlNode> required(String key, String hint) {
        Optional<YamlNode> value = value(key);
        if (value.isEmpty()) {
            problems.add(mapping.location(), what + " is missing the required key `" + key + "`: " + hint);
        }
        return value;
    }

    Optional<String> requiredString(String key, String hint) {
        return required(key, hint).flatMap(v -> asString(v, key, hint));
    }

    Optional<String> optionalString(String key, String hint) {
        return value(key).flatMap(v -> asString(v, key, hint));
    }

    /**
     * One of an enum's constants, written in lower case, e.g. {@code none | forwarding} for {@link Compatibility};
     * {@code otherwise} when the key is absent or wrong.
     */
    <E extends Enum<E>> E optionalChoice(String key, Class<E> type, String hint, E otherwise) {
        List<String> choices = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .toList();
        return optionalString(key, hint).flatMap(text -> {
            if (choices.contains(text)) {
                return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
            }
            problems.add(value(key).orElseThrow().location(), "`" + key + "` in " + what + " must be one of "
                    + String.join(", ", choices) + " (" + hint + "), found `" + text + "`"
                    + Suggestions.closest(text, choices).map(c -> "; did you mean `" + c + "`?").orElse(""));
            return Optional.<E>empty();
        }).orElse(otherwise);
    }

    Optional<Integer> requiredInt(String key, String hint) {
        return required(key, hint).flatMap(v -> asInt(v, key, hint));
    }

    Optional<Integer> optionalInt(String key, String hint) {
        return value(key).flatMap(v -> asInt(v, key, hint));
    }

    Optional<Boolean> optionalBoolean(String key, String hint) {
        return value(key).flatMap(v -> {
            if (v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.BOOLEAN) {
                return Optional.of(Boolean.parseBoolean(s.text().toLowerCase()));
            }
            wrongType(v, key, "`true` or `false`", hint);
            return Optional.empty();
        });
    }

    Optional<YamlNode.Sequence> requiredSequence(String key, String hint) {
        return required(key, hint).flatMap(v -> {
            if (v instanceof YamlNode.Sequence s) {
                return Optional.of(s);
            }
            wrongType(v, key, "a list", hint);
            return Optional.empty();
        });
    }

    Optional<YamlNode.Mapping> optionalMapping(String key, String hint) {
        return value(key).flatMap(v -> {
            if (v instanceof YamlNode.Mapping m) {
                return Optional.of(m);
            }
            wrongType(v, key, "a mapping", hint);
            return Optional.empty();
        });
    }

    /** A required list of strings; each item keeps its location. Non-string items are reported and skipped. */
    Optional<List<YamlNode.Scalar>> requiredStringList(String key, String hint) {
        return requiredSequence(key, hint).map(sequence -> {
            List<YamlNode.Scalar> strings = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Scalar s && s.kind() != YamlNode.Kind.NULL) {
                    strings.add(s);
                } else {
                    problems.add(item.location(), "each item of `" + key + "` in " + what + " must be a string ("
                            + hint + "), found " + item.describe());
                }
            }
            return strings;
        });
    }

    /** Plain scalars such as {@code 2024} or {@code true} are read as the text they show; YAML types them eagerly. */
    private Optional<String> asString(YamlNode value, String key, String hint) {
        if (value instanceof YamlNode.Scalar s && s.kind() != YamlNode.Kind.NULL) {
            return Optional.of(s.text());
        }
        wrongType(value, key, "a string", hint);
        return Optional.empty();
    }

    private Optional<Integer> asInt(YamlNode value, String key, String hint) {
        if (value instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INTEGER) {
            try {
                return Optional.of(Integer.parseInt(s.text().replace("_", "")));
            } catch (NumberFormatException tooLargeOrOctalSyntax) {
                problems.add(s.location(), "`" + key + "` in " + what + " must be a small whole number (" + hint
                        + "), found `" + s.text() + "`");
                return Optional.empty();
            }
        }
        wrongType(value, key, "an integer", hint);
        return Optional.empty();
    }

    private void wrongType(YamlNode value, String key, String expected, String hint) {
        problems.add(value.location(), "`" + key + "` in " + what + " must be " + expected + " (" + hint + "), found "
                + value.describe());
    }
}
