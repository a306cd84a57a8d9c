package org.donorcrm.donor.giving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * This service's copy of gift-service's {@code crm.gift.recorded.v1} data (schema:
 * docs/events/crm.gift.recorded.v1.json). Only the fields the giving summary and the thank-you tasks read.
 */
public record GiftRecorded(String giftId, String donorId, BigDecimal amount, String currency, LocalDate incomeDate,
                           String channel, List<Allocation> allocations) {

    public static final String TYPE = "crm.gift.recorded.v1";

    /** One line of the split: a fund, or only an earmark class when the line names no fund. */
    public record Allocation(String earmarkClass, String fundCode) {
    }

    /** The funds as one label, in line order, each once ("ALG, PRG-HELP"); null without allocations. */
    public static String funds(List<Allocation> allocations) {
        if (allocations == null || allocations.isEmpty()) {
            return null;
        }
        String label = String.join(", ", allocations.stream()
                .map(a -> a.fundCode() != null ? a.fundCode() : a.earmarkClass())
                .filter(f -> f != null && !f.isBlank())
                .distinct().toList());
        return label.isEmpty() ? null : label.length() > 300 ? label.substring(0, 300) : label;
    }
}
