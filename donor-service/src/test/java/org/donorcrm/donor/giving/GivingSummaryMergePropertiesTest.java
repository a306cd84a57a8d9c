package org.donorcrm.donor.giving;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merge re-keys the merged donor's gift facts to the survivor (MergeService), so the survivor's giving summary
 * ({@link GivingSummary#of}) is computed over both donors' facts. Properties: the survivor's yearly totals and
 * number of gifts are the sums of both donors'; first, last and largest gift are the earliest, latest and largest
 * of both; and the order of the facts does not matter.
 */
class GivingSummaryMergePropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Property(tries = 500)
    @Label("the survivor's summary is the sum of both donors' summaries")
    void survivorIsTheSumOfBoth(@ForAll("facts") List<GiftFact> survivor, @ForAll("facts") List<GiftFact> merged) {
        GivingSummary a = GivingSummary.of(survivor, List.of(), TODAY);
        GivingSummary b = GivingSummary.of(merged, List.of(), TODAY);
        List<GiftFact> both = new ArrayList<>(survivor);
        both.addAll(merged);
        GivingSummary s = GivingSummary.of(both, List.of(), TODAY);

        assertThat(s.totalThisYear()).isEqualTo(a.totalThisYear().add(b.totalThisYear()));
        assertThat(s.totalLastYear()).isEqualTo(a.totalLastYear().add(b.totalLastYear()));
        assertThat(s.numberOfGifts()).isEqualTo(a.numberOfGifts() + b.numberOfGifts());
        assertThat(s.activeRecurringGift()).isEqualTo(a.activeRecurringGift() || b.activeRecurringGift());
        assertThat(date(s.firstGift())).isEqualTo(earliest(date(a.firstGift()), date(b.firstGift())));
        assertThat(date(s.lastGift())).isEqualTo(latest(date(a.lastGift()), date(b.lastGift())));
        assertThat(amount(s.largestGift())).isEqualTo(largest(amount(a.largestGift()), amount(b.largestGift())));

        // merging in either direction, in any order of facts, gives the same summary
        List<GiftFact> reversed = new ArrayList<>(merged);
        reversed.addAll(survivor);
        java.util.Collections.reverse(reversed);
        assertThat(GivingSummary.of(reversed, List.of(), TODAY)).isEqualTo(s);
    }

    @Property(tries = 500)
    @Label("a yearly total is the income dated in the year minus the reversals dated in it, to the cent")
    void yearlyTotalIsIncomeMinusReversals(@ForAll("facts") List<GiftFact> facts) {
        BigDecimal expected = new BigDecimal("0.00");
        for (GiftFact f : facts) {
            if (f.incomeDate.getYear() == 2026) {
                expected = expected.add(f.amount);
            }
            if (f.reversed && f.reversalDate.getYear() == 2026) {
                expected = expected.subtract(f.amount);
            }
        }
        GivingSummary summary = GivingSummary.of(facts, List.of(), TODAY);
        assertThat(summary.totalThisYear()).isEqualTo(expected);
        assertThat(summary.totalThisYear().scale()).isEqualTo(2);
        assertThat(summary.numberOfGifts()).isEqualTo((int) facts.stream().filter(f -> !f.reversed).count());
    }

    @Provide
    Arbitrary<List<GiftFact>> facts() {
        Arbitrary<BigDecimal> amounts = Arbitraries.longs().between(1, 10_000_00L).map(c -> BigDecimal.valueOf(c, 2));
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3 * 365)
                .map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
        Arbitrary<Integer> reversalDelay = Arbitraries.integers().between(-1, 400);
        Arbitrary<String> channels = Arbitraries.of("BANK_TRANSFER", "ONLINE", "SEPA_DIRECT_DEBIT");
        return Combinators.combine(amounts, dates, reversalDelay, channels).as((amount, date, delay, channel) -> {
            GiftFact f = new GiftFact();
            f.giftId = UUID.randomUUID().toString();
            f.donorId = "d";
            f.amount = amount;
            f.incomeDate = date;
            f.channel = channel;
            f.reversed = delay >= 0;
            f.reversalDate = delay >= 0 ? date.plusDays(delay) : null;
            return f;
        }).list().ofMaxSize(12);
    }

    private static LocalDate date(GivingSummary.Gift gift) {
        return gift == null ? null : gift.date();
    }

    private static BigDecimal amount(GivingSummary.Gift gift) {
        return gift == null ? null : gift.amount();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static BigDecimal largest(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }
}
