package dev.consolidator.text;

/**
 * Counts in the messages the bot and the command line write: "1 file", "2 files", "0 files". A noun takes an "s"
 * unless it is one; irregular nouns give their plural ("1 entry", "2 entries").
 */
public final class Plural {
    private Plural() {
    }

    /** The count and its noun: {@code of(1, "file")} is "1 file", {@code of(2, "file")} is "2 files". */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** The count and its noun, for an irregular plural: {@code of(2, "entry", "entries")} is "2 entries". */
    public static String of(long count, String singular, String plural) {
        return count + " " + word(count, singular, plural);
    }

    /** The word alone, when the count is written elsewhere: {@code word(2, "phase")} is "phases". */
    public static String word(long count, String noun) {
        return word(count, noun, noun + "s");
    }

    /** The singular for one, else the plural (also for verbs: {@code word(n, "is", "are")}). */
    public static String word(long count, String singular, String plural) {
        return count == 1 ? singular : plural;
    }
}
