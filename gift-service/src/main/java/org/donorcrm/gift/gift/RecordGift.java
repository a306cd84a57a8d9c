package org.donorcrm.gift.gift;





import org.donorcrm.gift.replica.EarmarkClass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What it takes to record a gift, as checked at the edge; the service checks the domain rules. */
public record RecordGift(
        String donorId,
        BigDecimal amount,
        String currency,
        LocalDate incomeDate,
        LocalDate receivedDate,
        Channel channel,
        String campaignId,
        String appealId,
        String description,
        List<Line> allocations) {

    /**
     * One allocation: a fund code, or only an earmark class, which for {@link EarmarkClass#UNEARMARKED} means
     * the default unearmarked fund.
     */
    public record Line(EarmarkClass earmarkClass, String fundCode, BigDecimal amount) {
    }
}
