package dev.consolidator.github;

/** GitHub refuses (422) comment and pull-request bodies over 65,536 characters; we cut them with a note instead. */
final class Bodies {
    static final int MAX_BODY_CHARS = 65_536;
    private static final String NOTE = "\n\n_(truncated: GitHub allows 65,536 characters)_";

    private Bodies() {
    }

    static String cap(String body) {
        return cap(body, MAX_BODY_CHARS, NOTE);
    }

    /** At most {@code max} characters: a longer text is cut and ends with {@code note}. */
    static String cap(String text, int max, String note) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - note.length()) + note;
    }
}
