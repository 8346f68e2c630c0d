package dev.consolidator.command;

import java.util.Locale;
import java.util.Optional;

/** The commands people write after {@code /consolidate}, and whether they change the repository. */
public enum CommandVerb {
    HELP(false, "show this list of commands"),
    PLAN(false, "validate the plan on the default branch and dry-run it (optionally one phase): nothing is pushed"),
    APPLY(true, "open the pull request of a phase (default: the first phase not merged yet); needs write access"),
    STATUS(false, "show every phase with its state, pull request, approvals and size"),
    ROLLBACK(true, "open a pull request that reverts a merged phase; needs write access"),
    RECREATE(true, "rebuild an open phase pull request on the current default branch (commits pushed by people are"
            + " kept on consolidation/<phase>-previous-<n>); needs write access");

    private final boolean mutating;
    private final String help;

    CommandVerb(boolean mutating, String help) {
        this.mutating = mutating;
        this.help = help;
    }

    /** Mutating commands need write, maintain or admin permission on the repository. */
    public boolean mutating() {
        return mutating;
    }

    public String help() {
        return help;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CommandVerb> of(String word) {
        for (CommandVerb v : values()) {
            if (v.word().equalsIgnoreCase(word)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
