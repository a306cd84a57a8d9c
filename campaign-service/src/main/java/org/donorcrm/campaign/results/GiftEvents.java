package org.donorcrm.campaign.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * This service's copies of the crm.gifts and crm.donors event data it reads (schemas in docs/events/); only the
 * fields the campaign results use.
 */
public final class GiftEvents {

    public static final String GIFT_RECORDED = "crm.gift.recorded.v1";
    public static final String GIFT_REVERSED = "crm.gift.reversed.v1";
    public static final String GIFT_REALLOCATED = "crm.gift.reallocated.v1";
    public static final String DONORS_MERGED = "crm.donors.merged.v1";

    private GiftEvents() {
    }

    public record GiftRecorded(String giftId, String donorId, BigDecimal amount, LocalDate incomeDate,
                               String campaignId, String appealId, Instant recordedAt) {
    }

    public record GiftReversed(String giftId, String donorId, BigDecimal amount, LocalDate incomeDate,
                               String campaignId, String appealId) {
    }

    public record GiftReallocated(String giftId, String donorId, BigDecimal amount, LocalDate incomeDate,
                                  String previousCampaignId, String previousAppealId,
                                  String campaignId, String appealId) {
    }

    public record DonorsMerged(String survivorId, String mergedId, Instant mergedAt) {
    }
}
