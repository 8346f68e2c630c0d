package dev.consolidator.plan;

import java.util.List;
import java.util.Map;

/** One step of a phase. Each carries the location of its key in the plan file, for problems found later. */
public sealed interface Step {
    Location location();

    /** A short imperative line for commit messages and PR bodies, e.g. "move com.a.X to com.b.X". */
    String describe();

    /** A type to another package and/or name. {@code compatibility} is already resolved against the plan default. */
    record Move(String type, String to, Compatibility compatibility, Location location) implements Step {
        public String describe() {
            return "move " + type + " to " + to;
        }
    }

    /** Every type of a package (and of its sub-packages when recursive). */
    record MovePackage(String from, String to, boolean recursive, Compatibility compatibility, Location location) implements Step {
        public String describe() {
            return "move package " + from + (recursive ? " (recursive)" : "") + " to " + to;
        }
    }

    /**
     * Many types into one. {@code methods} renames moved methods (members mode only), in plan order;
     * {@code compatibility} is already resolved against the plan default.
     */
    record Merge(List<String> types, String into, MergeMode as, Map<String, String> methods, Compatibility compatibility,
                 Location location) implements Step {
        public Merge {
            types = List.copyOf(types);
            methods = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(methods));
        }

        /** A merge that leaves nothing at the old names. */
        public Merge(List<String> types, String into, MergeMode as, Map<String, String> methods, Location location) {
            this(types, into, as, methods, Compatibility.NONE, location);
        }

        public String describe() {
            return "merge " + String.join(", ", types) + " into " + into + " as " + as.name().toLowerCase();
        }
    }

    /**
     * Deletes the forwarders an earlier phase left at its old names, refused while anything still uses them.
     * {@code forwarding}: that phase's steps with {@code compatibility: forwarding}, which say where its forwarders
     * are (the parser resolves them; empty until it does). {@code phaseLocation}: where the plan names the phase.
     */
    record RemoveForwarders(String phase, List<Step> forwarding, Location phaseLocation, Location location) implements Step {
        public RemoveForwarders {
            forwarding = List.copyOf(forwarding);
        }

        public String describe() {
            return "remove the forwarders of phase " + phase;
        }
    }

    /** Types that are redundant; refused while anything still refers to them. */
    record Delete(List<String> types, Location location) implements Step {
        public Delete {
            types = List.copyOf(types);
        }

        public String describe() {
            return "delete " + String.join(", ", types);
        }
    }
}
