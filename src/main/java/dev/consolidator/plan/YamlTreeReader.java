package dev.consolidator.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's streaming parser, keeping the position of every key
 * and value. Syntax errors, duplicate keys, aliases and extra documents become problems rather than exceptions.
 */
final class YamlTreeReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    /** The longest line a plan may have: see {@link #linesFit}. */
    static final int MAX_LINE = 20_000;

    private final Problems problems;

    private YamlTreeReader(Problems problems) {
        this.problems = problems;
    }

    /** The root node, or empty when the text is empty or not valid YAML (the reason is in {@code problems}). */
    static Optional<YamlNode> read(String text, Problems problems) {
        return new YamlTreeReader(problems).readDocument(text);
    }

    private Optional<YamlNode> readDocument(String text) {
        if (!linesFit(text)) {
            return Optional.empty();
        }
        try (YAMLParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(problems.at(1, 1), "the plan file is empty; start it with `version: 1` and a list of `phases`");
                return Optional.empty();
            }
            YamlNode root = readValue(parser, first);
            if (parser.nextToken() != null) {
                problems.add(here(parser), "a second YAML document starts here; put the whole plan in one document"
                        + " (remove the `---` separator and what follows, or merge it into the first document)");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            problems.add(syntaxErrorLocation(e), syntaxErrorMessage(e));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading YAML from a string failed", e);
        }
    }

    /**
     * SnakeYAML's reader copies its whole look-ahead window each time it reads 1,024 more characters of one token (a
     * run without blanks, or a line of a block value), so reading one long token takes time quadratic in its length
     * (a 4 MB quoted value: seconds; 50 MB: never ends). Bounding the line length bounds every token, which makes
     * reading linear in the size of the file; a real plan's lines are a few hundred characters at most.
     */
    private boolean linesFit(String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE) {
                    problems.add(problems.at(line, MAX_LINE + 1), "line " + line + " is " + (i - start)
                            + " characters long; a plan line is at most " + MAX_LINE + " characters, so the plan was"
                            + " not read: wrap long text (quoted and block values can span lines)");
                    return false;
                }
                line++;
                start = i + 1;
            }
        }
        return true;
    }

    private YamlNode readValue(YAMLParser parser, JsonToken token) throws IOException {
        Location location = here(parser);
        return switch (token) {
            case START_OBJECT -> readMapping(parser, location);
            case START_ARRAY -> readSequence(parser, location);
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(YamlNode.Kind.INTEGER, parser.getText(), location);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(YamlNode.Kind.FLOAT, parser.getText(), location);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(YamlNode.Kind.BOOLEAN, parser.getText(), location);
            case VALUE_NULL -> new YamlNode.Scalar(YamlNode.Kind.NULL, "", location);
            default -> readString(parser, location);
        };
    }

    private YamlNode readString(YAMLParser parser, Location location) throws IOException {
        if (parser.isCurrentAlias()) {
            // Jackson 2 reports an alias as the anchor's name, which would silently become a wrong value.
            problems.add(location, "YAML aliases (`*" + parser.getText() + "`) are not supported in a plan;"
                    + " write the value out in full");
        }
        return new YamlNode.Scalar(YamlNode.Kind.STRING, parser.getText(), location);
    }

    private YamlNode.Mapping readMapping(YAMLParser parser, Location location) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyLocation = here(parser);
            YamlNode value = readValue(parser, parser.nextToken());
            Location first = seen.putIfAbsent(key, keyLocation);
            if (first != null) {
                problems.add(keyLocation, "duplicate key `" + key + "`: it is already set at line " + first.line()
                        + "; keep only one of them");
            } else {
                entries.add(new YamlNode.Entry(key, keyLocation, value));
            }
        }
        expect(token, JsonToken.END_OBJECT);
        return new YamlNode.Mapping(List.copyOf(entries), location);
    }

    private YamlNode.Sequence readSequence(YAMLParser parser, Location location) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            items.add(readValue(parser, token));
        }
        expect(token, JsonToken.END_ARRAY);
        return new YamlNode.Sequence(List.copyOf(items), location);
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("YAML token stream out of order: expected " + expected + ", got " + actual);
        }
    }

    private Location here(YAMLParser parser) {
        JsonLocation l = parser.currentTokenLocation();
        return problems.at(l.getLineNr(), l.getColumnNr());
    }

    /** SnakeYAML's own mark points at the offending character; Jackson's location is where it stopped reading. */
    private Location syntaxErrorLocation(JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
            return problems.at(marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
        }
        JsonLocation l = e.getLocation();
        return l == null ? problems.at(1, 1) : problems.at(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private static String syntaxErrorMessage(JsonProcessingException e) {
        if (!(e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) || marked.getProblem() == null) {
            // Size and nesting limits of the parser, not a typo at a position.
            return "the plan cannot be read as YAML: " + e.getOriginalMessage().strip()
                    + "; a plan is a short file, so look for a runaway value or nesting";
        }
        String detail = marked.getProblem();
        if (marked.getContext() != null && marked.getContextMark() != null) {
            detail += " (" + marked.getContext() + " that starts at line " + (marked.getContextMark().getLine() + 1)
                    + ", column " + (marked.getContextMark().getColumn() + 1) + ")";
        }
        return "YAML syntax error: " + detail.strip()
                + "; check the indentation (spaces only, no tabs), the quotes and the `- ` list markers here";
    }
}
