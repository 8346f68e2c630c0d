package dev.consolidator.plan;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the position it came from. Jackson's JsonNode tree drops positions, and every plan problem
 * must point at a line and column, so the parser builds this small tree from the token stream instead.
 */
sealed interface YamlNode {
    Location location();

    /** How the value reads in a "found ..." clause of a message. */
    String describe();

    enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    record Scalar(Kind kind, String text, Location location) implements YamlNode {
        public String describe() {
            return switch (kind) {
                case STRING -> "the string `" + text + "`";
                case INTEGER, FLOAT -> "the number `" + text + "`";
                case BOOLEAN -> "the boolean `" + text + "`";
                case NULL -> "no value";
            };
        }
    }

    record Entry(String key, Location keyLocation, YamlNode value) {
    }

    record Mapping(List<Entry> entries, Location location) implements YamlNode {
        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        public String describe() {
            return "a list";
        }
    }
}
