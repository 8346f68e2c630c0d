package dev.consolidator.command;

import dev.consolidator.plan.PhaseIds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds {@code /consolidate} commands in a comment: one per line, anywhere in the comment, case-insensitive.
 * Lines inside fenced code blocks and quotes are ignored: people quote and document commands without running them.
 * An empty result means the comment is not for us.
 */
public final class CommentParser {
    private static final String PREFIX = "/consolidate";

    private CommentParser() {
    }

    public static List<ParsedCommand> parse(String body) {
        List<ParsedCommand> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        String fence = null;
        String[] lines = body.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (fence != null) {
                if (trimmed.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fence = trimmed.substring(0, 3);
                continue;
            }
            if (lines[i].startsWith("    ") || lines[i].startsWith("\t") || trimmed.startsWith(">")) {
                continue; // indented code or a quote
            }
            if (trimmed.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                    && (trimmed.length() == PREFIX.length() || Character.isWhitespace(trimmed.charAt(PREFIX.length())))) {
                out.add(parseLine(trimmed.substring(PREFIX.length()).strip(), i + 1));
            }
        }
        return out;
    }

    private static ParsedCommand parseLine(String rest, int line) {
        String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
        String text = (PREFIX + " " + rest).strip();
        if (words.length == 0) {
            return new ParsedCommand.NotUnderstood(text, "a command is missing after /consolidate", line);
        }
        Optional<CommandVerb> verb = CommandVerb.of(words[0]);
        if (verb.isEmpty()) {
            return new ParsedCommand.NotUnderstood(text, Quoted.code(words[0]) + " is not a command", line);
        }
        CommandVerb v = verb.get();
        boolean takesPhase = v == CommandVerb.PLAN || v == CommandVerb.APPLY || v == CommandVerb.ROLLBACK
                || v == CommandVerb.RECREATE;
        int max = takesPhase ? 2 : 1;
        if (words.length > max) {
            return new ParsedCommand.NotUnderstood(text, "`" + v.word() + "` takes "
                    + (takesPhase ? "at most one phase id" : "no arguments"), line);
        }
        Optional<String> phase = words.length == 2 ? Optional.of(words[1]) : Optional.empty();
        if (phase.isPresent() && !PhaseIds.isValid(phase.get())) {
            return new ParsedCommand.NotUnderstood(text, Quoted.code(phase.get()) + " is not a phase id (lower-case"
                    + " letters, digits and dashes, at most " + PhaseIds.MAX_LENGTH + " characters)", line);
        }
        if (v == CommandVerb.ROLLBACK && phase.isEmpty()) {
            return new ParsedCommand.NotUnderstood(text, "`rollback` needs the id of the phase to roll back", line);
        }
        if (v == CommandVerb.RECREATE && phase.isEmpty()) {
            return new ParsedCommand.NotUnderstood(text, "`recreate` needs the id of the phase to rebuild", line);
        }
        return new ParsedCommand.Run(v, phase, line);
    }

    /** The help text: every command with one line. */
    public static String help() {
        StringBuilder sb = new StringBuilder("Consolidator commands (comment them on an issue or pull request):\n\n");
        for (CommandVerb v : CommandVerb.values()) {
            String args = switch (v) {
                case PLAN, APPLY -> " [phase-id]";
                case ROLLBACK, RECREATE -> " <phase-id>";
                default -> "";
            };
            sb.append("- `/consolidate ").append(v.word()).append(args).append("`: ").append(v.help()).append('\n');
        }
        return sb.toString();
    }
}
