package org.donorcrm.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** This service's copy of {@code crm.gift.reversed.v1} (docs/events/crm.gift.reversed.v1.json): a full reversal. */
public record GiftReversed(
        String giftId,
        String donorId,
        BigDecimal amount,
        LocalDate incomeDate,
        LocalDate reversalDate,
        List<GiftRecorded.Allocation> allocations,
        String campaignId,
        String appealId) {

    public static final String TYPE = "crm.gift.reversed.v1";
}
