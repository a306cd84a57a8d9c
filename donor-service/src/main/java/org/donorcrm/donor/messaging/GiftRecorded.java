package org.donorcrm.donor.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * This service's copy of gift-service's {@code crm.gift.recorded.v1} data (schema:
 * docs/events/crm.gift.recorded.v1.json). Only the fields the giving summary reads.
 */
public record GiftRecorded(String giftId, String donorId, BigDecimal amount, String currency, LocalDate incomeDate,
                           String channel) {

    public static final String TYPE = "crm.gift.recorded.v1";
}
