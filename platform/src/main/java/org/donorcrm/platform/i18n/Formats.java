package org.donorcrm.platform.i18n;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way every screen, export and chart writes numbers and dates, nl-NL: {@code € 1.234,56},
 * {@code 7 dec. 2026} or {@code 07-12-2026}, {@code 7 dec. 2026 15:12} (Amsterdam time), {@code 19,62 %},
 * {@code 1.234}. In templates: {@code {gift.amount.money}}, {@code {gift.incomeDate.date}},
 * {@code {gift.incomeDate.shortDate}}, {@code {job.startedAt.dateTime}}, {@code {share.percent}},
 * {@code {count.number}}. Month names follow the screen's language; digits and separators are Dutch in both.
 */
@TemplateExtension
public final class Formats {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DecimalFormatSymbols DUTCH_SYMBOLS = DecimalFormatSymbols.getInstance(Languages.DUTCH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Formats() {
    }

    /** € 1.234,56 (€ -12,50 for a negative amount); "" for none. */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : "€ " + decimal(amount, 2);
    }

    /** 1.234,56: an amount without the euro sign (tables of figures, CSV for Dutch spreadsheets). */
    public static String amount(BigDecimal amount) {
        return amount == null ? "" : decimal(amount, 2);
    }

    /** 19,62 %: a percentage (19.62 is 19,62 %), two decimals. */
    public static String percent(BigDecimal percentage) {
        return percentage == null ? "" : decimal(percentage, 2) + " %";
    }

    /** 1.234: a count. */
    public static String number(long count) {
        return decimal(BigDecimal.valueOf(count), 0);
    }

    /** 1.234: a count. */
    public static String number(Integer count) {
        return count == null ? "" : number(count.longValue());
    }

    /** 1.234: a count. */
    public static String number(Long count) {
        return count == null ? "" : number(count.longValue());
    }

    /** 7 dec. 2026 (7 Dec 2026 in English). */
    public static String date(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("d MMM yyyy", locale(locale)));
    }

    /** 07-12-2026, for columns and fields. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : date.format(SHORT_DATE);
    }

    /** 7 dec. 2026 15:12, Amsterdam time. */
    public static String dateTime(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? "" : dateTime(LocalDateTime.ofInstant(instant, AMSTERDAM), locale);
    }

    /** 7 dec. 2026 15:12. */
    public static String dateTime(LocalDateTime time, @TemplateAttribute("locale") Object locale) {
        return time == null ? ""
                : time.format(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale(locale)));
    }

    /** The amount, rounded half up to {@code scale} decimals, with Dutch separators. */
    public static String decimal(BigDecimal value, int scale) {
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), DUTCH_SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setParseBigDecimal(true);
        return format.format(value.setScale(scale, RoundingMode.HALF_UP));
    }

    private static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Languages.DUTCH : Locale.forLanguageTag(attribute.toString());
    }
}
