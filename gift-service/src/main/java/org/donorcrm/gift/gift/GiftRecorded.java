package org.donorcrm.gift.gift;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code crm.gift.recorded.v1}: a gift was recorded. Ids, amounts, dates and codes only: no personal data.
 * Schema: docs/events/crm.gift.recorded.v1.json.
 */
public record GiftRecorded(
        String giftId,
        String donorId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        LocalDate incomeDate,
        LocalDate receivedDate,
        String channel,
        String campaignId,
        String appealId,
        List<Allocation> allocations,
        Instant recordedAt) {

    public static final String TYPE = "crm.gift.recorded.v1";

    public record Allocation(
            int line,
            String earmarkClass,
            String fundCode,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }
}
