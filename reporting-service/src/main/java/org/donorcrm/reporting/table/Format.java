package org.donorcrm.reporting.table;

import io.quarkus.qute.TemplateExtension;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.reporting.Msg;

import java.math.BigDecimal;

/**
 * How the screens write the figures of their tables and tiles, through the platform's {@link Formats} (Dutch
 * separators: 12.345,67 and 12,34 %), with a dash where a figure is not known.
 */
@TemplateExtension(namespace = "fmt")
public final class Format {

    private Format() {
    }

    /** Counts (scale 0) as whole numbers, amounts with their cents: 1.234 and 1.234,56; a dash for none. */
    public static String amount(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return Formats.decimal(value, value.scale() == 0 ? 0 : 2);
    }

    /** A count that may be a mean: 3 when whole, else 2,73; a dash for none. */
    public static String count(BigDecimal value) {
        return value == null ? "–" : Formats.decimal(value, value.stripTrailingZeros().scale() <= 0 ? 0 : 2);
    }

    /** € 1.234,56; a dash for none. */
    public static String euros(BigDecimal value) {
        return value == null ? "–" : Formats.money(value);
    }

    /** 12,34 %; a dash for none. */
    static String percent(BigDecimal value) {
        return value == null ? "–" : Formats.percent(value);
    }

    /** "€ 1.234,00 tekort" or "€ 56,00 voor" (in the request's language); the sign of shortBy says which. */
    static String shortOrAhead(BigDecimal shortBy) {
        Msg msg = Texts.of(Msg.class);
        if (shortBy == null) {
            return msg.dashboardNoTarget();
        }
        return shortBy.signum() > 0 ? msg.dashboardShort(euros(shortBy)) : msg.dashboardAhead(euros(shortBy.negate()));
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
