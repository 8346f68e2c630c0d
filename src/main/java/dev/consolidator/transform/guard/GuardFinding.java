package dev.consolidator.transform.guard;

/** One use of a retired name on a line a pull request added or changed. */
public record GuardFinding(String path, int line, Use use, RetiredName name) {

    /** How the line reaches the retired name. */
    public enum Use {
        IMPORT("imports"),
        STATIC_IMPORT("statically imports a member of"),
        QUALIFIED_NAME("names"),
        IMPORTED_SIMPLE_NAME("uses (through its import)"),
        WILDCARD_SIMPLE_NAME("uses (through a wildcard import)"),
        SAME_PACKAGE_SIMPLE_NAME("uses (from the same package)"),
        MODULE_DIRECTIVE("names in module-info.java"),
        SERVICE_ENTRY("names in a META-INF/services entry");

        private final String verb;

        Use(String verb) {
            this.verb = verb;
        }
    }

    /** A finding of a merged phase fails the guard; one of a phase still under review is a notice. */
    public boolean blocking() {
        return name.merged();
    }

    /** What the reader of the annotation needs: the old name, the new one, the phase and its PR. */
    public String message() {
        String phase = "phase `" + name.phaseId() + "`" + (name.prNumber() == null ? "" : " (#" + name.prNumber() + ")");
        String replacement = name.newType() == null ? " It was deleted; there is no replacement."
                : " Use `" + name.newType() + "` instead.";
        String forwarder = name.forwarder() ? " The old name only survives as a deprecated forwarder." : "";
        return "This line " + use.verb + " `" + name.oldType() + "`, which " + phase
                + (name.merged() ? " retired." : " is retiring (not merged yet).") + replacement + forwarder;
    }
}
