package org.donorcrm.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * This service's copy of gift-service's {@code crm.gift.recorded.v1} data (schema:
 * docs/events/crm.gift.recorded.v1.json). Only the fields reporting reads.
 */
public record GiftRecorded(
        String giftId,
        String donorId,
        BigDecimal amount,
        String currency,
        LocalDate incomeDate,
        List<Allocation> allocations,
        String campaignId,
        String appealId) {

    public static final String TYPE = "crm.gift.recorded.v1";

    /** One allocation line as the gift events carry it (recorded, reversed and reallocated alike). */
    public record Allocation(int line, String earmarkClass, String fundCode, BigDecimal amount) {
    }
}
