package org.donorcrm.reporting.table;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the screens write amounts and percentages: 12,345.67 and 12.34 %; a dash where a figure is not known. */
@TemplateExtension(namespace = "fmt")
public final class Format {

    private Format() {
    }

    public static String amount(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        // counts (scale 0) as whole numbers, amounts with their cents
        DecimalFormat format = new DecimalFormat(value.scale() == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }

    public static String euros(BigDecimal value) {
        return value == null ? "–" : "€ " + amount(value);
    }

    static String percent(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    /** "€ 1,234.00 short" or "€ 56.00 ahead"; the sign of shortBy says which. */
    static String shortOrAhead(BigDecimal shortBy) {
        if (shortBy == null) {
            return "no target set";
        }
        return shortBy.signum() > 0 ? euros(shortBy) + " short" : euros(shortBy.negate()) + " ahead";
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
