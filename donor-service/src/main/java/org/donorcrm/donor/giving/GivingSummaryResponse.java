package org.donorcrm.donor.giving;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a donor gave, without personal data: directors may see it. */
public record GivingSummaryResponse(
        String donorId,
        String currency,
        Gift firstGift,
        Gift lastGift,
        Gift largestGift,
        BigDecimal totalThisYear,
        BigDecimal totalLastYear,
        int numberOfGifts,
        boolean activeRecurringGift) {

    public record Gift(LocalDate date, BigDecimal amount) {
    }

    public static GivingSummaryResponse of(String donorId, GivingSummary s) {
        return new GivingSummaryResponse(donorId, "EUR", gift(s.firstGift()), gift(s.lastGift()),
                gift(s.largestGift()), s.totalThisYear(), s.totalLastYear(), s.numberOfGifts(),
                s.activeRecurringGift());
    }

    private static Gift gift(GivingSummary.Gift g) {
        return g == null ? null : new Gift(g.date(), g.amount());
    }
}
