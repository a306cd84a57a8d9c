package org.donorcrm.reporting.messaging;

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
        List<Allocation> allocations) {

    public static final String TYPE = "crm.gift.recorded.v1";

    public record Allocation(int line, String earmarkClass, String fundCode, BigDecimal amount) {
    }
}
