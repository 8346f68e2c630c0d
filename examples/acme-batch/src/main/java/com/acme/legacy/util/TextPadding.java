package com.acme.legacy.util;

/** Fixed-width text helpers for the plain-text reports. */
public final class TextPadding {
    private TextPadding() {
    }

    public static String padRight(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    public static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
