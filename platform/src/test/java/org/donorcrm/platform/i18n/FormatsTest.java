package org.donorcrm.platform.i18n;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** One way to write numbers and dates, nl-NL, on every screen and in every export. */
class FormatsTest {

    @Test
    void moneyTheDutchWay() {
        assertThat(Formats.money(new BigDecimal("1234.56"))).isEqualTo("€ 1.234,56");
        assertThat(Formats.money(new BigDecimal("37500"))).isEqualTo("€ 37.500,00");
        assertThat(Formats.money(new BigDecimal("985440.94"))).isEqualTo("€ 985.440,94");
        assertThat(Formats.money(new BigDecimal("2770920.5"))).isEqualTo("€ 2.770.920,50");
        assertThat(Formats.money(new BigDecimal("-12.5"))).isEqualTo("€ -12,50");
        assertThat(Formats.money(new BigDecimal("0.005"))).isEqualTo("€ 0,01");
        assertThat(Formats.money(null)).isEmpty();
        assertThat(Formats.amount(new BigDecimal("1234567.8"))).isEqualTo("1.234.567,80");
    }

    @Test
    void percentagesAndCounts() {
        assertThat(Formats.percent(new BigDecimal("19.62"))).isEqualTo("19,62 %");
        assertThat(Formats.percent(new BigDecimal("11"))).isEqualTo("11,00 %");
        assertThat(Formats.number(1234567L)).isEqualTo("1.234.567");
        assertThat(Formats.number(12)).isEqualTo("12");
    }

    @Test
    void datesWithTheMonthInTheScreensLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertThat(Formats.date(day, Languages.DUTCH)).isEqualTo("7 dec. 2026");
        assertThat(Formats.date(day, Languages.ENGLISH)).isEqualTo("7 Dec 2026");
        assertThat(Formats.date(LocalDate.of(2026, 3, 14), Languages.DUTCH)).isEqualTo("14 mrt. 2026");
        assertThat(Formats.shortDate(day)).isEqualTo("07-12-2026");
        // 15:12:02 UTC on 23 November is 16:12 in Amsterdam (winter time), 17:12 on 23 June (summer time)
        assertThat(Formats.dateTime(Instant.parse("2026-11-23T15:12:02.280007Z"), Languages.DUTCH))
                .isEqualTo("23 nov. 2026 16:12");
        assertThat(Formats.dateTime(Instant.parse("2026-06-23T15:12:02Z"), Languages.ENGLISH))
                .isEqualTo("23 Jun 2026 17:12");
    }
}
