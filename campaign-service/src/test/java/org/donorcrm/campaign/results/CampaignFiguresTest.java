package org.donorcrm.campaign.results;

import org.donorcrm.campaign.results.GiftMovementRepository.DonorGift;
import org.donorcrm.campaign.results.GiftMovementRepository.GiftNet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The campaign formulas on their own: exact sums, rounding half-even at the end, nothing divided by zero. */
class CampaignFiguresTest {

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void theAverageGiftIsRoundedHalfEvenToTheCent() {
        // 100.00 / 3 = 33.3333… → 33.33; 0.05 / 2 = 0.025 → 0.02 (half-even), 0.15 / 2 = 0.075 → 0.08
        assertThat(figures(List.of(net("g1", "d1", "50.00"), net("g2", "d2", "25.00"), net("g3", "d3", "25.00")),
                "0.00", "0.00").averageGift()).isEqualTo(eur("33.33"));
        assertThat(figures(List.of(net("g1", "d1", "0.02"), net("g2", "d1", "0.03")), "0.00", "0.00")
                .averageGift()).isEqualTo(eur("0.02"));
        assertThat(figures(List.of(net("g1", "d1", "0.07"), net("g2", "d1", "0.08")), "0.00", "0.00")
                .averageGift()).isEqualTo(eur("0.08"));
    }

    @Test
    void progressCostPerEuroAndReturnAreComputedFromExactSums() {
        // raised 1234.56 of a goal of 5000.00 = 24.6912 % → 24.69; costs 300.00 / 1234.56 = 0.2430 → 0.24;
        // (1234.56 − 300.00) / 300.00 = 311.52 %
        CampaignFigures f = figures(List.of(net("g1", "d1", "1234.56")), "5000.00", "300.00");
        assertThat(f.progressPercent()).isEqualTo(eur("24.69"));
        assertThat(f.costPerEuroRaised()).isEqualTo(eur("0.24"));
        assertThat(f.returnOnInvestmentPercent()).isEqualTo(eur("311.52"));
    }

    @Test
    void aLossIsANegativeReturn() {
        // raised 100.00, costs 400.00: (100 − 400) / 400 = −75.00 %; cost per euro 4.00
        CampaignFigures f = figures(List.of(net("g1", "d1", "100.00")), "1000.00", "400.00");
        assertThat(f.returnOnInvestmentPercent()).isEqualTo(eur("-75.00"));
        assertThat(f.costPerEuroRaised()).isEqualTo(eur("4.00"));
    }

    @Test
    void aFullyReversedOrMovedGiftAndItsDonorDoNotCount() {
        CampaignFigures f = figures(List.of(net("g1", "d1", "0.00"), net("g2", "d2", "40.00")), "80.00", "0.00");
        assertThat(f.raised()).isEqualTo(eur("40.00"));
        assertThat(f.gifts()).isEqualTo(1);
        assertThat(f.donors()).isEqualTo(1);
        assertThat(f.progressPercent()).isEqualTo(eur("50.00"));
    }

    @Test
    void aDonorIsNewWhenTheirFirstStandingGiftIsInTheCampaign() {
        LocalDate day = LocalDate.of(2026, 11, 5);
        List<GiftNet> inScope = List.of(net("g2", "d1", "10.00"), net("g4", "d2", "10.00"));
        List<DonorGift> everything = List.of(
                // d1: g1 the day before, fully reversed → the first gift that stands is g2, in the campaign
                new DonorGift("d1", "g1", day.minusDays(1), null, eur("0.00")),
                new DonorGift("d1", "g2", day, null, eur("10.00")),
                // d2: g3 the same day but recorded earlier, outside the campaign → not new here
                new DonorGift("d2", "g3", day, Instant.parse("2026-11-05T08:00:00Z"), eur("5.00")),
                new DonorGift("d2", "g4", day, Instant.parse("2026-11-05T09:00:00Z"), eur("10.00")));
        CampaignFigures f = CampaignFigures.of(inScope, everything, eur("100.00"), eur("0.00"));
        assertThat(f.donors()).isEqualTo(2);
        assertThat(f.newDonors()).isEqualTo(1);
    }

    @Test
    void withoutGiftsGoalOrCostsTheRatiosAreAbsent() {
        CampaignFigures f = figures(List.of(), "0.00", "0.00");
        assertThat(f.raised()).isEqualTo(eur("0.00"));
        assertThat(f.averageGift()).isNull();
        assertThat(f.progressPercent()).isNull();
        assertThat(f.costPerEuroRaised()).isNull();
        assertThat(f.returnOnInvestmentPercent()).isNull();
    }

    private static GiftNet net(String giftId, String donorId, String amount) {
        return new GiftNet("campaign", giftId, donorId, eur(amount));
    }

    private static CampaignFigures figures(List<GiftNet> inScope, String goal, String costs) {
        return CampaignFigures.of(inScope, List.of(), eur(goal), eur(costs));
    }
}
