package org.donorcrm.platform.i18n;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of a typed amount, on every form and in every imported file: {@code 1.234,56},
 * {@code 1234,56}, {@code 1234.56}, {@code 1,234.56}, {@code € 25}, {@code 25,5} and {@code -12,50} are
 * accepted; what could be read two ways is refused, so that nobody books a thousand times too much or too little:
 * {@code 1.234} and {@code 1,234} (a thousand and more, or one and a bit?), more than two decimals, separators in
 * the wrong places ({@code 12.34.56}, {@code 1.23,4}).
 */
public final class Amounts {

    /** Why a text is not an amount; its {@link #key()} names the explanation in the {@code ui} bundle. */
    public static final class NotAnAmount extends IllegalArgumentException {

        private final String key;

        NotAnAmount(String key, String text) {
            super(key + ": " + text);
            this.key = key;
        }

        /** {@code amountAmbiguous} or {@code amountInvalid}. */
        public String key() {
            return key;
        }
    }

    private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d{1,2})?");
    private static final Pattern DUTCH_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?");
    private static final Pattern AMBIGUOUS = Pattern.compile("\\d{1,3}[.,]\\d{3}");

    private Amounts() {
    }

    /** The amount typed, or empty when nothing was typed; {@link NotAnAmount} when it is not one amount. */
    public static Optional<BigDecimal> parse(String text) {
        String plain = text == null ? "" : text.replace("€", "").replace("EUR", "").replace('\u00a0', ' ')
                .replace(" ", "").replace("'", "");
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        BigDecimal value;
        if (AMBIGUOUS.matcher(digits).matches()) {
            throw new NotAnAmount("amountAmbiguous", text);
        } else if (PLAIN.matcher(digits).matches()) {
            value = new BigDecimal(digits.replace(',', '.'));
        } else if (DUTCH_GROUPED.matcher(digits).matches()) {
            value = new BigDecimal(digits.replace(".", "").replace(',', '.'));
        } else if (ENGLISH_GROUPED.matcher(digits).matches()) {
            value = new BigDecimal(digits.replace(",", ""));
        } else {
            throw new NotAnAmount("amountInvalid", text);
        }
        return Optional.of(negative ? value.negate() : value);
    }
}
