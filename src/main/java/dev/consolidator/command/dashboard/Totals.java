package dev.consolidator.command.dashboard;

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
                     int referencesRewritten) {

    public String filesText() {
        return filesStart == null ? "" : filesStart + " → " + filesNow;
    }

    public String linesText() {
        return linesStart == null ? "" : linesStart + " → " + linesNow;
    }
}
