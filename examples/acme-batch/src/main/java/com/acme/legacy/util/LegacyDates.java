package com.acme.legacy.util;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Date formatting from the old nightly export, which was switched off; nothing calls it any more. */
public final class LegacyDates {
    private static final DateTimeFormatter OLD_FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private LegacyDates() {
    }

    public static String format(LocalDate date) {
        return OLD_FORMAT.format(date);
    }
}
