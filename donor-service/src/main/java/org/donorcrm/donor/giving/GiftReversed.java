package org.donorcrm.donor.giving;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * This service's copy of gift-service's {@code crm.gift.reversed.v1} data (schema:
 * docs/events/crm.gift.reversed.v1.json): a gift reversed in full, counting negative on its reversal date.
 */
public record GiftReversed(String giftId, String donorId, BigDecimal amount, LocalDate incomeDate,
                           LocalDate reversalDate) {

    public static final String TYPE = "crm.gift.reversed.v1";
}
