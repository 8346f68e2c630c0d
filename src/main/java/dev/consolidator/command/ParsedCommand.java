package dev.consolidator.command;

import java.util.Optional;

/** What one {@code /consolidate} line of a comment asks for: a command to run, or a reply explaining it was not understood. */
public sealed interface ParsedCommand {
    /** 1-based line of the comment the command stood on. */
    int line();

    record Run(CommandVerb verb, Optional<String> phaseId, int line) implements ParsedCommand {
        public String text() {
            return "/consolidate " + verb.word() + phaseId.map(p -> " " + p).orElse("");
        }
    }

    record NotUnderstood(String text, String reason, int line) implements ParsedCommand {
    }
}
