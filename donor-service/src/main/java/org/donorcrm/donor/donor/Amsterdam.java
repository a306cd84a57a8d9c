package org.donorcrm.donor.donor;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The organisation's calendar: "today", the year a gift counts in and the latest date an interaction may have are
 * dates in Europe/Amsterdam.
 */
public final class Amsterdam {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Amsterdam() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
