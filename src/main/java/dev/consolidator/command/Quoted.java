package dev.consolidator.command;

/**
 * User text echoed in a reply, made inert: a Markdown code span cannot mention (@someone), link (#12, URLs), format or
 * hide HTML. The span is delimited by one more backtick than the longest run inside it, so backticks in the text
 * cannot close it early; control characters and line breaks become spaces, and long text is cut.
 */
public final class Quoted {
    /** Phase ids and command lines are short; anything longer is shown cut, never in full. */
    public static final int MAX_SHOWN = 100;

    private Quoted() {
    }

    public static String code(String text) {
        String shown = text == null ? "" : text.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (shown.codePointCount(0, shown.length()) > MAX_SHOWN) {
            shown = shown.substring(0, shown.offsetByCodePoints(0, MAX_SHOWN)) + "…";
        }
        String fence = "`".repeat(longestBacktickRun(shown) + 1);
        // a span that starts or ends with a backtick (or is blank) needs a space inside the fence to stay one span
        boolean pad = shown.isBlank() || shown.startsWith("`") || shown.endsWith("`");
        return pad ? fence + " " + shown + " " + fence : fence + shown + fence;
    }

    private static int longestBacktickRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
