package org.donorcrm.reporting.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as finance computes them by hand: from exact sums, shown as a percentage rounded half-even to 0.01. */
public final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {
    }

    /** {@code part} as a percentage of {@code whole}, or null when there is no whole to divide by. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_EVEN);
    }

    /** {@code part} ÷ {@code whole} as a ratio with four decimals, half-even, or null without a whole. */
    public static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, 4, RoundingMode.HALF_EVEN);
    }

    /** {@code share} percent of {@code amount}, to the cent, half-even. */
    public static BigDecimal percentOf(BigDecimal share, BigDecimal amount) {
        return share.multiply(amount).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
    }
}
