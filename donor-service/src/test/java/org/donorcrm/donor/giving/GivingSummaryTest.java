package org.donorcrm.donor.giving;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GivingSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    private static GiftFact gift(String id, String amount, String date, String channel) {
        GiftFact f = new GiftFact();
        f.giftId = id;
        f.donorId = "d";
        f.originalDonorId = "d";
        f.amount = new BigDecimal(amount);
        f.incomeDate = LocalDate.parse(date);
        f.channel = channel;
        return f;
    }

    private static GiftFact reversed(GiftFact f, String on) {
        f.reversed = true;
        f.reversalDate = LocalDate.parse(on);
        return f;
    }

    @Test
    void aReversalCountsNegativeInTheYearOfItsDateAndIsNoLongerAGift() {
        List<GiftFact> facts = List.of(
                gift("a", "50.00", "2025-03-01", "BANK_TRANSFER"),
                reversed(gift("b", "200.00", "2025-12-20", "ONLINE"), "2026-01-10"),
                gift("c", "25.50", "2026-02-01", "BANK_TRANSFER"),
                gift("d", "10.00", "2026-04-01", "BANK_TRANSFER"));
        GivingSummary s = GivingSummary.of(facts, List.of(), TODAY);
        // 2026: 25.50 + 10.00 − 200.00 (reversed in 2026) = −164.50; 2025: 50.00 + 200.00 = 250.00
        assertThat(s.totalThisYear()).isEqualByComparingTo("-164.50");
        assertThat(s.totalLastYear()).isEqualByComparingTo("250.00");
        // a, c, d count; b is reversed in full
        assertThat(s.numberOfGifts()).isEqualTo(3);
        assertThat(s.firstGift()).isEqualTo(new GivingSummary.Gift(LocalDate.parse("2025-03-01"), new BigDecimal("50.00")));
        assertThat(s.lastGift()).isEqualTo(new GivingSummary.Gift(LocalDate.parse("2026-04-01"), new BigDecimal("10.00")));
        assertThat(s.largestGift().amount()).isEqualByComparingTo("50.00");
        assertThat(s.activeRecurringGift()).isFalse();
    }

    @Test
    void aDirectDebitInTheLastThirteenMonthsIsAnActiveRecurringGift() {
        assertThat(GivingSummary.of(List.of(gift("a", "5.00", "2025-04-15", "SEPA_DIRECT_DEBIT")), List.of(), TODAY)
                .activeRecurringGift()).isTrue();
        assertThat(GivingSummary.of(List.of(gift("a", "5.00", "2025-04-14", "SEPA_DIRECT_DEBIT")), List.of(), TODAY)
                .activeRecurringGift()).isFalse();
    }

    @Test
    void whenMandatesAreKnownTheyDecideWhetherARecurringGiftIsActive() {
        List<GiftFact> recentDebit = List.of(gift("a", "5.00", "2026-05-01", "SEPA_DIRECT_DEBIT"));
        assertThat(GivingSummary.of(recentDebit, List.of(mandate("CANCELLED", null)), TODAY).activeRecurringGift())
                .isFalse();
        assertThat(GivingSummary.of(List.of(), List.of(mandate("ACTIVE", null)), TODAY).activeRecurringGift())
                .isTrue();
        // an active mandate whose end date has passed collects no more
        assertThat(GivingSummary.of(List.of(), List.of(mandate("ACTIVE", "2026-05-14")), TODAY).activeRecurringGift())
                .isFalse();
        assertThat(GivingSummary.of(List.of(), List.of(mandate("ACTIVE", "2026-05-15")), TODAY).activeRecurringGift())
                .isTrue();
    }

    private static RecurringMandate mandate(String status, String endDate) {
        RecurringMandate m = new RecurringMandate();
        m.status = status;
        m.endDate = endDate == null ? null : LocalDate.parse(endDate);
        return m;
    }

    @Test
    void noGiftsMeansZeroTotalsAndNoFirstGift() {
        GivingSummary s = GivingSummary.of(List.of(), List.of(), TODAY);
        assertThat(s.totalThisYear()).isEqualTo(new BigDecimal("0.00"));
        assertThat(s.firstGift()).isNull();
        assertThat(s.numberOfGifts()).isZero();
    }
}
