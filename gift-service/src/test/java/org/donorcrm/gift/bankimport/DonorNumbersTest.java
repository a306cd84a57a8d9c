package org.donorcrm.gift.bankimport;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict reading of donor numbers in remittance texts, without the service: what each text yields. */
class DonorNumbersTest {

    private static final LocalDate BOOKED = LocalDate.of(2026, 12, 7);

    @Test
    void noisyTextsYieldNoCandidateAtAll() {
        assertThat(NoisyTexts.NOBODY).hasSizeGreaterThanOrEqualTo(20);
        for (String text : NoisyTexts.NOBODY) {
            assertThat(DonorNumbers.find(text, BOOKED).all()).as(text).isEmpty();
        }
    }

    @Test
    void aNumberAfterADonorKeywordCountsWhateverNoiseSurroundsIt() {
        for (String text : NoisyTexts.NAMED) {
            DonorNumbers.Found found = DonorNumbers.find(text.formatted(600_123L), BOOKED);
            assertThat(found.all()).as(text).containsExactly(600_123L);
        }
        assertThat(DonorNumbers.find("rel.nr 100234", BOOKED).keyworded()).containsExactly(100_234L);
        assertThat(DonorNumbers.find("Relatie: 100234", BOOKED).keyworded()).containsExactly(100_234L);
        assertThat(DonorNumbers.find("relatienummer 100234", BOOKED).keyworded()).containsExactly(100_234L);
        assertThat(DonorNumbers.find("donateur 100234", BOOKED).keyworded()).containsExactly(100_234L);
        assertThat(DonorNumbers.find("gift 100234 dank", BOOKED).keyworded()).containsExactly(100_234L);
        assertThat(DonorNumbers.find("rel.nr.100234", BOOKED).keyworded()).containsExactly(100_234L);
    }

    @Test
    void aBareNumberOnlyWhenItIsTheOneLongNumberAndNoOtherKindOfNumberIsNamed() {
        assertThat(DonorNumbers.find("bijdrage 100234", BOOKED)).isEqualTo(
                new DonorNumbers.Found(List.of(), List.of(100_234L)));
        assertThat(DonorNumbers.find("100234", BOOKED).all()).containsExactly(100_234L);
        // two bare numbers: which one? none
        assertThat(DonorNumbers.find("100234 100235", BOOKED).all()).isEmpty();
        // another long number (an IBAN, an order) beside it: none
        assertThat(DonorNumbers.find("bijdrage 100234 NL91ABNA0417164300", BOOKED).all()).isEmpty();
        // a word naming another kind of number anywhere: none
        assertThat(DonorNumbers.find("bijdrage 100234 factuur", BOOKED).all()).isEmpty();
        // a date near the booking (15-12-2026, 2026-12-07): none; the same digits far from it count
        assertThat(DonorNumbers.find("bijdrage 151226", BOOKED).all()).isEmpty();
        assertThat(DonorNumbers.find("bijdrage 261207", BOOKED).all()).isEmpty();
        assertThat(DonorNumbers.find("bijdrage 151226", LocalDate.of(2020, 1, 1)).all()).containsExactly(151_226L);
        // with a keyword, a date-like number is the donor's number
        assertThat(DonorNumbers.find("relatie 151226", BOOKED).all()).containsExactly(151_226L);
        // below the first donor number
        assertThat(DonorNumbers.find("relatie 099999", BOOKED).all()).isEmpty();
        assertThat(DonorNumbers.find(null, BOOKED).isEmpty()).isTrue();
    }
}
