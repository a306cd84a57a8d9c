package org.donorcrm.testing;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands each test (or test class) data of its own, so that tests sharing one service and one database never see
 * each other's gifts, budgets or closes, whatever order they run in: a year nobody else got in this test run, a
 * block of consecutive years, fresh ids. Years start far after any real or demo year (2300), so that no target of
 * the plan and no fixed test year falls into them.
 */
public final class TestData {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2300);

    private TestData() {
    }

    /** A year of the caller's own. */
    public static int year() {
        return NEXT_YEAR.getAndIncrement();
    }

    /** The first of {@code count} consecutive years of the caller's own. */
    public static int years(int count) {
        return NEXT_YEAR.getAndAdd(count);
    }

    /** A fresh id (a lower-case UUID, as every producer writes them). */
    public static String id() {
        return UUID.randomUUID().toString();
    }
}
