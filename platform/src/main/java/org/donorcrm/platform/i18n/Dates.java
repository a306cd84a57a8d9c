package org.donorcrm.platform.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The one reading of a typed date: {@code 07-12-2026} and {@code 7-12-2026} (how Dutch people write it) and
 * {@code 2026-12-07} (what a browser's date field sends). Anything else is refused.
 */
public final class Dates {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    public static LocalDate parse(String text) {
        String date = text.trim();
        if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(date);
        }
        if (date.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
            return LocalDate.parse(date, DUTCH);
        }
        throw new DateTimeParseException("not a date", text, 0);
    }
}
