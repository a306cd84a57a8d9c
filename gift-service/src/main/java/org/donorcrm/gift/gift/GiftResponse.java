package org.donorcrm.gift.gift;


import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A gift as the API shows it. */
public record GiftResponse(
        String id,
        String donorId,
        BigDecimal amount,
        String currency,
        LocalDate incomeDate,
        LocalDate receivedDate,
        String channel,
        String status,
        String campaignId,
        String appealId,
        String description,
        String batchId,
        List<Allocation> allocations,
        String recordedBy,
        Instant recordedAt) {

    public record Allocation(int line, String earmarkClass, String fundCode, BigDecimal amount) {
    }

    static GiftResponse of(Gift gift) {
        return new GiftResponse(gift.id, gift.donorId, gift.amount, gift.currency, gift.incomeDate,
                gift.receivedDate, gift.channel.name(), gift.status.name(), gift.campaignId, gift.appealId,
                gift.description, gift.batchId,
                gift.allocations.stream()
                        .map(a -> new Allocation(a.lineNo, a.earmarkClass.name(), a.fundCode, a.amount))
                        .toList(),
                gift.recordedBy, gift.recordedAt);
    }
}
