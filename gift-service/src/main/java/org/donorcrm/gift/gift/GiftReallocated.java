package org.donorcrm.gift.gift;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code crm.gift.reallocated.v1}: finance re-earmarked a gift and/or moved it to another campaign or appeal.
 * The move counts on the gift's original {@code incomeDate}. Schema: docs/events/crm.gift.reallocated.v1.json.
 */
public record GiftReallocated(
        String giftId,
        String donorId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        LocalDate incomeDate,
        String previousCampaignId,
        String previousAppealId,
        String campaignId,
        String appealId,
        List<GiftRecorded.Allocation> previousAllocations,
        List<GiftRecorded.Allocation> allocations,
        String reason,
        Instant reallocatedAt) {

    public static final String TYPE = "crm.gift.reallocated.v1";
}
