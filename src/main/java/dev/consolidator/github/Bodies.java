package dev.consolidator.github;

/** GitHub refuses (422) comment and pull-request bodies over 65,536 characters; we cut them with a note instead. */
final class Bodies {
    static final int MAX_BODY_CHARS = 65_536;
    private static final String NOTE = "\n\n_(truncated: GitHub allows 65,536 characters)_";

    private Bodies() {
    }

    static String cap(String body) {
        if (body == null || body.length() <= MAX_BODY_CHARS) {
            return body;
        }
        return body.substring(0, MAX_BODY_CHARS - NOTE.length()) + NOTE;
    }
}
