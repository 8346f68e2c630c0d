package dev.consolidator.command.dashboard;

import dev.consolidator.command.CommandVerb;

/** A command the consolidation waits for: apply the next phase, recreate a stale one, roll back the last merged one. */
public record NextStep(CommandVerb verb, String phaseId) {
    /** As the dashboard issue's checkbox says it: {@code apply p2}. */
    public String label() {
        return verb.word() + " " + phaseId;
    }

    /** The comment command it stands for. */
    public String command() {
        return "/consolidate " + label();
    }
}
