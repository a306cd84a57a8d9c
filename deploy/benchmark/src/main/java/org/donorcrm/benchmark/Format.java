package org.donorcrm.benchmark;

import java.util.Locale;

/** How figures are written in the results table and the log (Locale.ROOT: the files are parsed). */
final class Format {

    private Format() {
    }

    /** A rate: whole numbers with thousands separators from 100 on, one decimal below. */
    static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String fmtCount(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A duration given in nanoseconds, in ms; "n/a" for the -1 of no samples. */
    static String ms(long nanos) {
        if (nanos < 0) {
            return "n/a";
        }
        double ms = nanos / 1e6;
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    /** How many times the baseline a latency is: "12.3x". */
    static String ratio(long a, long b) {
        return b <= 0 || a < 0 ? "n/a" : String.format(Locale.ROOT, "%.1fx", a / (double) b);
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
