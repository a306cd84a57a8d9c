package org.donorcrm.demo;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DemoGeneratorTest {

    private final DemoData data = DemoGenerator.generate();

    @Test
    void theSameSeedGivesTheSameOrganisation() {
        assertThat(DemoGenerator.generate()).isEqualTo(data);
    }

    @Test
    void privateDonorIncomeIn2024IsThePlansStartingPoint() {
        assertThat(DemoGenerator.privateIncomeByYear(data).get(2024)).isEqualByComparingTo("40000.00");
    }

    @Test
    void the2024UnearmarkedShareIsElevenPercentOfTheTotal() {
        BigDecimal unearmarked = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (DemoData.Gift g : data.gifts()) {
            if (g.incomeDate().getYear() == 2024) {
                for (DemoData.Allocation a : g.allocations()) {
                    total = total.add(a.amount());
                    if (a.fundCode().equals("ALG")) {
                        unearmarked = unearmarked.add(a.amount());
                    }
                }
            }
        }
        for (DemoData.Grant grant : data.grants()) {
            for (DemoData.Instalment i : grant.instalments()) {
                if (i.received() && i.dueDate().getYear() == 2024) {
                    total = total.add(i.amount());
                    if (grant.fundCode().equals("ALG")) {
                        unearmarked = unearmarked.add(i.amount());
                    }
                }
            }
        }
        assertThat(unearmarked).isEqualByComparingTo("291500.00");
        assertThat(total).isEqualByComparingTo("2650000.00");
    }

    @Test
    void aboutNineHundredPrivateDonorsWithValidIbansAndUniqueKeys() {
        long individuals = data.donors().stream().filter(d -> d.kind().equals("INDIVIDUAL")).count();
        assertThat(individuals).isEqualTo(900);
        Set<String> keys = new HashSet<>();
        data.donors().forEach(d -> assertThat(keys.add(d.key())).isTrue());
        data.donors().stream().filter(d -> d.iban() != null).forEach(d ->
                assertThat(new java.math.BigInteger(digits(d.iban().substring(4) + d.iban().substring(0, 4)))
                        .mod(java.math.BigInteger.valueOf(97)).intValue()).isEqualTo(1));
    }

    @Test
    void everyGiftIsPositiveWithTwoDecimalsAndAddsUpOverItsAllocations() {
        for (DemoData.Gift g : data.gifts()) {
            assertThat(g.amount().signum()).isPositive();
            assertThat(g.amount().scale()).isEqualTo(2);
            assertThat(g.allocations().stream().map(DemoData.Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(g.amount());
            assertThat(g.incomeDate()).isBeforeOrEqualTo(DemoGenerator.AS_OF);
        }
    }

    @Test
    void grantInstalmentsAddUpToTheGrant() {
        for (DemoData.Grant grant : data.grants()) {
            assertThat(grant.instalments().stream().map(DemoData.Instalment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).as(grant.key()).isEqualByComparingTo(grant.total());
        }
    }

    private static String digits(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return out.toString();
    }

    @Test
    void recentGiftsAreThankedExceptTheLastDaysAndTheInKindGift() {
        assertThat(data.thankYous()).isNotEmpty();
        data.thankYous().forEach(t -> {
            assertThat(t.date()).isBefore(DemoGenerator.AS_OF).isAfterOrEqualTo(DemoGenerator.AS_OF.minusDays(59));
            assertThat(data.donors().stream().anyMatch(d -> d.key().equals(t.donorKey()))).isTrue();
        });
        // no thank-you of a donor on or after a gift of the last day, nor of the printer after its October gift
        data.gifts().stream().filter(g -> g.incomeDate().equals(DemoGenerator.AS_OF) || g.channel().equals("IN_KIND")
                        && g.incomeDate().isAfter(DemoGenerator.AS_OF.minusDays(60)))
                .forEach(g -> assertThat(data.thankYous()).noneMatch(t -> t.donorKey().equals(g.donorKey())
                        && !t.date().isBefore(g.incomeDate())));
        assertThat(data.thankYous().stream().map(DemoData.ThankYou::key).distinct().count())
                .isEqualTo(data.thankYous().size());
    }
}
