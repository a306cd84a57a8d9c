package org.donorcrm.reporting;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Years of a test's own that this service's API takes: every endpoint with a year accepts 2000–2099 only
 * ({@code Period.YEAR}), and {@link org.donorcrm.testing.TestData#year()} hands out years from 2300. These come from
 * the parts of the range that no test names as a fixed year and no migration seeds (targets 2024–2030):
 * {@link #year()} from 2031–2048, 2053–2065 and 2080–2097, {@link #ended()} from 2000–2011 (years that have ended,
 * for month closes). 2012–2023 are the forecast tests' (fixed years, each named in its test): a forecast looks back up
 * to three years, so their years and the three before them must hold no other test's gifts.
 */
public final class TestYears {

    private static final List<Integer> YEARS = IntStream.of(2031, 2053, 2080)
            .flatMap(from -> IntStream.rangeClosed(from, from == 2031 ? 2048 : from == 2053 ? 2065 : 2097))
            .boxed().toList();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicInteger NEXT_ENDED = new AtomicInteger(2000);

    private TestYears() {
    }

    /** A year of the caller's own. */
    public static int year() {
        int next = NEXT.getAndIncrement();
        if (next >= YEARS.size()) {
            throw new IllegalStateException("no year of its own left for a test: widen TestYears' ranges");
        }
        return YEARS.get(next);
    }

    /** A year that has ended, of the caller's own. */
    public static int ended() {
        int year = NEXT_ENDED.getAndIncrement();
        if (year > 2011) {
            throw new IllegalStateException("no ended year of its own left for a test: widen TestYears' range");
        }
        return year;
    }
}
