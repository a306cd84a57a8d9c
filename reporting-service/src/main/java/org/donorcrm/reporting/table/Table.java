package org.donorcrm.reporting.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A table as the screens show it and the exports write it: a name (the file name), column headers and rows of
 * cells (String, BigDecimal, Number, {@link Link} or null). Every screen's table is built as one of these, so every
 * table is shown and exported the same way.
 */
public record Table(String name, String title, List<String> headers, List<List<Object>> rows) {

    /**
     * The tables of a row per gift or per donor, up to {@code FigureTables.MAX_EXPORT_ROWS}: their screens export
     * them as a background job (a form's button), not within the request; the other tables are short and download at
     * once.
     */
    public static final Set<String> EXPORTED_IN_BACKGROUND = Set.of("allocations", "lybunt", "sybunt");

    /** Whether a screen exports this table as a background job ({@link #EXPORTED_IN_BACKGROUND}). */
    public boolean exportsInBackground() {
        return EXPORTED_IN_BACKGROUND.contains(name);
    }

    /** A cell that links somewhere on screen; exported as its text. */
    public record Link(String text, String href) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A cell as a screen shows it. */
    public record Cell(String text, boolean number, String href) {
    }

    /** One row of cells, as a table is built. */
    public static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    public List<List<Cell>> cells() {
        return rows.stream().map(row -> row.stream().map(Table::cell).toList()).toList();
    }

    private static Cell cell(Object value) {
        if (value instanceof Link link) {
            return new Cell(link.text(), false, link.href());
        }
        if (value instanceof BigDecimal amount) {
            return new Cell(Format.amount(amount), true, null);
        }
        return new Cell(value == null ? "" : value.toString(), value instanceof Number, null);
    }
}
