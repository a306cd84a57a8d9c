package org.donorcrm.donor.giving;

import java.util.List;

/**
 * This service's copy of gift-service's {@code crm.gift.reallocated.v1} data (schema:
 * docs/events/crm.gift.reallocated.v1.json): the gift's new split over funds. It moves no money between donors,
 * so only the funds shown beside a thank-you task follow it.
 */
public record GiftReallocated(String giftId, String donorId, List<GiftRecorded.Allocation> allocations) {

    public static final String TYPE = "crm.gift.reallocated.v1";
}
