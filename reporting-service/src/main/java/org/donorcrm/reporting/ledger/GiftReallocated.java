package org.donorcrm.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * This service's copy of {@code crm.gift.reallocated.v1} (docs/events/crm.gift.reallocated.v1.json): the gift's
 * split and/or campaign changed; both count on the original income date.
 */
public record GiftReallocated(
        String giftId,
        String donorId,
        BigDecimal amount,
        LocalDate incomeDate,
        List<GiftRecorded.Allocation> previousAllocations,
        List<GiftRecorded.Allocation> allocations,
        String previousCampaignId,
        String previousAppealId,
        String campaignId,
        String appealId) {

    public static final String TYPE = "crm.gift.reallocated.v1";
}
