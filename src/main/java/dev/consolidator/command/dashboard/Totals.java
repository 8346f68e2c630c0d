package dev.consolidator.command.dashboard;

import dev.consolidator.text.Plural;

/**
 * How far a consolidation has come. {@code filesStart}/{@code linesStart}: the Java code before the first applied
 * phase; {@code filesNow}/{@code linesNow}: after the last merge or rollback (the start while nothing merged); null
 * while no phase was applied. Types and references count the merged phases only.
 */
public record Totals(int phases,
                     int merged,
                     Integer filesStart,
                     Integer filesNow,
                     Long linesStart,
                     Long linesNow,
                     int typesMoved,
                     int typesMerged,
                     int typesDeleted,
                     int referencesRewritten,
                     ForwarderUse forwarders) {

    /**
     * The compatibility forwarders merged phases left, and how much of the default branch's head still uses them (as
     * last counted: at a status command or a push); {@link #NONE} when no merged phase left forwarders.
     */
    public record ForwarderUse(int forwarders, int files, int lines) {
        public static final ForwarderUse NONE = new ForwarderUse(0, 0, 0);

        public String text() {
            return forwarders == 0 ? "none" : Plural.of(files, "file") + ", " + Plural.of(lines, "line") + " ("
                    + Plural.of(forwarders, "forwarder") + ")";
        }
    }

    public String filesText() {
        return filesStart == null ? "" : filesStart + " → " + filesNow;
    }

    public String linesText() {
        return linesStart == null ? "" : linesStart + " → " + linesNow;
    }
}
