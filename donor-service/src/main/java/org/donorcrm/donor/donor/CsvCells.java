package org.donorcrm.donor.donor;

/**
 * Makes a cell safe to open in a spreadsheet: a value starting with = + - @, a tab or a carriage return would be
 * read as a formula (CSV injection, OWASP), so it gets a leading apostrophe and is shown as text.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
