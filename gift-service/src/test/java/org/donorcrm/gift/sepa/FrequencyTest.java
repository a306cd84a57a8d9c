package org.donorcrm.gift.sepa;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FrequencyTest {

    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

    @Test
    void aMonthlyScheduleOnThe31stFallsOnEachMonthsLastDayWithoutDrifting() {
        assertThat(Frequency.MONTHLY.isDueOn(JAN_31, null, LocalDate.of(2026, 2, 28))).isTrue();
        // computed from 31 January, not from 28 February: March is collected on the 31st again
        assertThat(Frequency.MONTHLY.isDueOn(JAN_31, null, LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(Frequency.MONTHLY.isDueOn(JAN_31, null, LocalDate.of(2026, 3, 28))).isFalse();
        assertThat(Frequency.MONTHLY.isDueOn(JAN_31, null, LocalDate.of(2026, 4, 30))).isTrue();
    }

    @Test
    void quarterlyAndYearlySchedulesAreDueOnlyInTheirMonths() {
        LocalDate first = LocalDate.of(2026, 1, 15);
        assertThat(Frequency.QUARTERLY.isDueOn(first, null, LocalDate.of(2026, 4, 15))).isTrue();
        assertThat(Frequency.QUARTERLY.isDueOn(first, null, LocalDate.of(2026, 3, 15))).isFalse();
        assertThat(Frequency.YEARLY.isDueOn(first, null, LocalDate.of(2027, 1, 15))).isTrue();
        assertThat(Frequency.YEARLY.isDueOn(first, null, LocalDate.of(2026, 7, 15))).isFalse();
    }

    @Test
    void nothingIsDueBeforeTheFirstDateOrAfterTheEndDate() {
        LocalDate first = LocalDate.of(2026, 1, 15);
        assertThat(Frequency.MONTHLY.isDueOn(first, null, LocalDate.of(2025, 12, 15))).isFalse();
        assertThat(Frequency.MONTHLY.isDueOn(first, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 15))).isFalse();
    }

    @Test
    void theNextDueDateIsTheFirstOnOrAfterAGivenDay() {
        assertThat(Frequency.QUARTERLY.nextOnOrAfter(JAN_31, null, LocalDate.of(2026, 2, 1)))
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(Frequency.MONTHLY.nextOnOrAfter(JAN_31, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)))
                .isNull();
    }
}
