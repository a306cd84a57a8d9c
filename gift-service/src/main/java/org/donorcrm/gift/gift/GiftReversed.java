package org.donorcrm.gift.gift;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code crm.gift.reversed.v1}: a whole gift was reversed; it counts negative on {@code reversalDate}.
 * Schema: docs/events/crm.gift.reversed.v1.json.
 */
public record GiftReversed(
        String giftId,
        String donorId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        LocalDate incomeDate,
        LocalDate reversalDate,
        String reason,
        String campaignId,
        String appealId,
        List<GiftRecorded.Allocation> allocations,
        Instant reversedAt) {

    public static final String TYPE = "crm.gift.reversed.v1";
}
