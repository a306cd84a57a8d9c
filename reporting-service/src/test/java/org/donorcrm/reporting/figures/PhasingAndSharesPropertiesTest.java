package org.donorcrm.reporting.figures;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.donorcrm.reporting.finance.Phasing;
import org.donorcrm.reporting.period.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the figures' arithmetic (docs/figures.md, "Rounding" and "Phasing"), over the production classes
 * {@link Phasing} and {@link Shares}: a yearly amount phased over the months, the quarters or any cut of the year
 * into periods gives back the yearly amount to the cent; the year to date never goes down; a share is the exact
 * quotient rounded half-even once.
 */
class PhasingAndSharesPropertiesTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Property(tries = 500)
    @Label("the twelve months of an evenly phased year add up to the yearly amount, to the cent")
    void monthsAddUpToTheYear(@ForAll("yearlyAmounts") BigDecimal yearly, @ForAll @IntRange(min = 2024, max = 2030) int year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int month = 1; month <= 12; month++) {
            sum = sum.add(Phasing.over(yearly, null, Period.month(year, month)));
        }
        assertThat(sum).isEqualByComparingTo(yearly);
        assertThat(Phasing.over(yearly, null, Period.year(year))).isEqualByComparingTo(yearly);
    }

    @Property(tries = 500)
    @Label("the four quarters add up to the year, with even and with set phasing")
    void quartersAddUpToTheYear(@ForAll("monthlyPhasings") BigDecimal[] monthly,
                                @ForAll @IntRange(min = 2024, max = 2030) int year) {
        BigDecimal yearly = sum(monthly);
        for (BigDecimal[] phasing : new BigDecimal[][] {null, monthly}) {
            BigDecimal quarters = BigDecimal.ZERO;
            for (int q = 1; q <= 4; q++) {
                quarters = quarters.add(Phasing.over(yearly, phasing, Period.quarter(year, q)));
            }
            assertThat(quarters).isEqualByComparingTo(yearly);
        }
    }

    @Property(tries = 500)
    @Label("a set phasing gives each whole month exactly its own amount")
    void aSetPhasingGivesEachMonthItsAmount(@ForAll("monthlyPhasings") BigDecimal[] monthly,
                                           @ForAll @IntRange(min = 1, max = 12) int month) {
        assertThat(Phasing.over(sum(monthly), monthly, Period.month(2026, month))).isEqualByComparingTo(monthly[month - 1]);
    }

    @Property(tries = 500)
    @Label("any cut of the year into two periods phases to the yearly amount")
    void anyCutOfTheYearAddsUp(@ForAll("yearlyAmounts") BigDecimal yearly,
                               @ForAll @IntRange(min = 1, max = 364) int dayOfYear) {
        LocalDate cut = LocalDate.of(2027, 1, 1).plusDays(dayOfYear - 1);
        BigDecimal first = Phasing.over(yearly, null, new Period(LocalDate.of(2027, 1, 1), cut));
        BigDecimal rest = Phasing.over(yearly, null, new Period(cut.plusDays(1), LocalDate.of(2027, 12, 31)));
        assertThat(first.add(rest)).isEqualByComparingTo(yearly);
        assertThat(first.scale()).isEqualTo(2);
    }

    @Property(tries = 500)
    @Label("phased to date is the one-fraction formula of docs/figures.md, rounded once, and never decreases")
    void toDateIsTheDocumentedFormulaAndGrows(@ForAll("yearlyAmounts") BigDecimal yearly,
                                             @ForAll("datesOf2028") LocalDate date) {
        int m = date.getMonthValue();
        int k = date.getDayOfMonth();
        int d = date.lengthOfMonth();
        // yearly × ((m − 1) × D + k) ÷ (12 × D), half-even to the cent
        BigDecimal expected = yearly.multiply(BigDecimal.valueOf((long) (m - 1) * d + k))
                .divide(BigDecimal.valueOf(12L * d), 2, RoundingMode.HALF_EVEN);
        BigDecimal toDate = Phasing.toDate(yearly, null, date);
        assertThat(toDate).isEqualTo(expected);
        if (date.getDayOfYear() > 1) {
            assertThat(toDate).isGreaterThanOrEqualTo(Phasing.toDate(yearly, null, date.minusDays(1)));
        }
        assertThat(toDate).isLessThanOrEqualTo(yearly);
    }

    @Property(tries = 1000)
    @Label("a share is within half a hundredth of a percent of the exact quotient, rounded half-even")
    void aShareIsTheExactQuotientRoundedOnce(@ForAll("cents") BigDecimal part, @ForAll("cents") BigDecimal rest) {
        BigDecimal whole = part.add(rest);
        Assume.that(whole.signum() > 0);
        BigDecimal share = Shares.percent(part, whole);
        assertThat(share.scale()).isEqualTo(2);
        // |share × whole − part × 100| ≤ 0.005 × whole
        BigDecimal error = share.multiply(whole).subtract(part.multiply(HUNDRED)).abs();
        assertThat(error).isLessThanOrEqualTo(whole.multiply(new BigDecimal("0.005")));
        assertThat(share).isBetween(BigDecimal.ZERO, HUNDRED.setScale(2));
        // the two shares of one whole add up to 100 % within the rounding of each (2 × 0.005)
        BigDecimal other = Shares.percent(rest, whole);
        assertThat(share.add(other).subtract(HUNDRED).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @Property(tries = 200)
    @Label("a share of nothing is no share")
    void noWholeNoShare(@ForAll("cents") BigDecimal part) {
        assertThat(Shares.percent(part, BigDecimal.ZERO.setScale(2))).isNull();
        assertThat(Shares.ratio(part, BigDecimal.ZERO)).isNull();
    }

    @Property(tries = 1000)
    @Label("short by = target % × total ÷ 100 rounded half-even to the cent, minus unearmarked; ahead when the share is met")
    void shortByIsTheDocumentedFormula(@ForAll("cents") BigDecimal unearmarked, @ForAll("cents") BigDecimal earmarked,
                                       @ForAll("targetShares") BigDecimal target) {
        BigDecimal total = unearmarked.add(earmarked);
        BigDecimal shortBy = Shares.percentOf(target, total).subtract(unearmarked);
        BigDecimal exact = target.multiply(total).divide(HUNDRED, 10, RoundingMode.UNNECESSARY).subtract(unearmarked);
        assertThat(shortBy.scale()).isEqualTo(2);
        assertThat(shortBy.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        BigDecimal share = Shares.percent(unearmarked, total);
        if (share != null && unearmarked.multiply(HUNDRED).compareTo(target.multiply(total)) >= 0) {
            assertThat(shortBy.signum()).isLessThanOrEqualTo(0);
        }
    }

    @Provide
    Arbitrary<BigDecimal> yearlyAmounts() {
        return Arbitraries.longs().between(0, 10_000_000_00L).map(c -> BigDecimal.valueOf(c, 2));
    }

    @Provide
    Arbitrary<BigDecimal> cents() {
        return Arbitraries.longs().between(0, 5_000_000_00L).map(c -> BigDecimal.valueOf(c, 2))
                .edgeCases(e -> e.add(new BigDecimal("0.01")));
    }

    @Provide
    Arbitrary<BigDecimal> targetShares() {
        return Arbitraries.integers().between(0, 10_000).map(bp -> BigDecimal.valueOf(bp, 2));
    }

    @Provide
    Arbitrary<BigDecimal[]> monthlyPhasings() {
        return Arbitraries.longs().between(0, 500_000_00L).map(c -> BigDecimal.valueOf(c, 2))
                .list().ofSize(12).map(l -> l.toArray(new BigDecimal[0]));
    }

    @Provide
    Arbitrary<LocalDate> datesOf2028() {
        return Dates.dates().between(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31));
    }

    private static BigDecimal sum(BigDecimal[] monthly) {
        return List.of(monthly).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
