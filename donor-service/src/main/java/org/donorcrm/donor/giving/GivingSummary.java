package org.donorcrm.donor.giving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a donor (or a household) gave, computed from its gift facts. Gifts reversed in full do not count as
 * gifts; in the yearly totals a reversal counts negative in the year of its reversal date, as in the income
 * figures (Europe/Amsterdam years). "Active recurring gift": a SEPA mandate that is ACTIVE and not past its end
 * date; for a donor of whom no mandate is known (gifts imported without mandate events), a SEPA direct debit in
 * the last 13 months, which covers monthly to yearly debits.
 */
public record GivingSummary(
        Gift firstGift,
        Gift lastGift,
        Gift largestGift,
        BigDecimal totalThisYear,
        BigDecimal totalLastYear,
        int numberOfGifts,
        boolean activeRecurringGift) {

    public record Gift(LocalDate date, BigDecimal amount) {
    }

    public static GivingSummary of(List<GiftFact> facts, List<RecurringMandate> mandates, LocalDate today) {
        List<GiftFact> counted = facts.stream().filter(f -> !f.reversed).toList();
        Comparator<GiftFact> byDate = Comparator.comparing((GiftFact f) -> f.incomeDate).thenComparing(f -> f.giftId);
        Gift first = counted.stream().min(byDate).map(GivingSummary::gift).orElse(null);
        Gift last = counted.stream().max(byDate).map(GivingSummary::gift).orElse(null);
        Gift largest = counted.stream()
                .max(Comparator.comparing((GiftFact f) -> f.amount).thenComparing(byDate.reversed()))
                .map(GivingSummary::gift).orElse(null);
        LocalDate recurringSince = today.minusMonths(13);
        boolean recurring = mandates.isEmpty()
                ? counted.stream().anyMatch(f -> "SEPA_DIRECT_DEBIT".equals(f.channel)
                        && !f.incomeDate.isBefore(recurringSince))
                : mandates.stream().anyMatch(m -> m.activeOn(today));
        return new GivingSummary(first, last, largest, netIn(facts, today.getYear()),
                netIn(facts, today.getYear() - 1), counted.size(), recurring);
    }

    /** Income dated in the year, minus reversals dated in the year. */
    static BigDecimal netIn(List<GiftFact> facts, int year) {
        BigDecimal total = new BigDecimal("0.00");
        for (GiftFact f : facts) {
            if (f.incomeDate.getYear() == year) {
                total = total.add(f.amount);
            }
            if (f.reversed && f.reversalDate.getYear() == year) {
                total = total.subtract(f.amount);
            }
        }
        return total;
    }

    private static Gift gift(GiftFact f) {
        return new Gift(f.incomeDate, f.amount);
    }
}
