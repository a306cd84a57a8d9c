package org.donorcrm.gift.grant;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code crm.grant.instalment-received.v1}: an instalment came in and was recorded as gift {@code giftId} (its own
 * crm.gift.recorded.v1 carries the money; this event links it to the grant). Schema:
 * docs/events/crm.grant.instalment-received.v1.json.
 */
public record GrantInstalmentReceived(
        String grantId,
        String instalmentId,
        String donorId,
        String giftId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        LocalDate incomeDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal outstanding,
        Instant receivedAt) {

    public static final String TYPE = "crm.grant.instalment-received.v1";
}
