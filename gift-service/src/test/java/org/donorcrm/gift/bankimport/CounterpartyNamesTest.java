package org.donorcrm.gift.bankimport;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.donorcrm.gift.bankimport.CounterpartyNames.Likeness.NONE;
import static org.donorcrm.gift.bankimport.CounterpartyNames.Likeness.SAME;
import static org.donorcrm.gift.bankimport.CounterpartyNames.Likeness.SIMILAR;

/** How a name on a bank statement is read and compared with a donor's name as donor-service shows it. */
class CounterpartyNamesTest {

    private static CounterpartyNames.Likeness compare(String bank, String donor) {
        return CounterpartyNames.compare(CounterpartyNames.parse(bank), CounterpartyNames.parse(donor));
    }

    @Test
    void initialsTitlesCaseAccentsAndTheOrderOfADoubleSurnameDoNotCount() {
        assertThat(compare("J. de Vries", "Jan de Vries")).isEqualTo(SAME);
        assertThat(compare("Dhr. J de Vries", "Jan de Vries")).isEqualTo(SAME);
        assertThat(compare("Mevr. E.M. de Vries-Jansen", "Eva Jansen")).isEqualTo(SAME);
        assertThat(compare("E.M. de Vries-Jansen", "Eva Maria Jansen-de Vries")).isEqualTo(SAME);
        assertThat(compare("VRIES J DE", "Jan de Vries")).isEqualTo(SAME);
        assertThat(compare("Vries, J. de", "Jan de Vries")).isEqualTo(SAME);
        assertThat(compare("DE VRIES J", "Jan de Vries")).isEqualTo(SAME);
        assertThat(compare("J. van der Kerk", "Jan van der Kerk")).isEqualTo(SAME);
        assertThat(compare("J. de Vriës", "Jan de Vries")).isEqualTo(SAME);
        assertThat(compare("JP van der Berg", "Jan Peter van der Berg")).isEqualTo(SAME);
        assertThat(compare("J. de Vries e/o M. Jansen", "Jan de Vries")).isEqualTo(SAME);
        assertThat(compare("Stichting De Linde", "Stichting de Linde")).isEqualTo(SAME);
    }

    @Test
    void aSurnameInCommonWithoutInitialsThatAgreeOrOneLetterApartIsSimilarAndAnotherNameIsNone() {
        assertThat(compare("Fam. de Vries", "Jan de Vries")).isEqualTo(SIMILAR);
        assertThat(compare("P. de Vries", "Jan de Vries")).isEqualTo(SIMILAR);
        assertThat(compare("J. de Vriesch", "Jan de Vries")).isEqualTo(NONE);
        assertThat(compare("J. Janssen", "Jan Jansen")).isEqualTo(SIMILAR);
        assertThat(compare("J. de Vries", "Jan Bakker")).isEqualTo(NONE);
        assertThat(compare("Stichting De Linde", "Jan de Linde")).isEqualTo(NONE);
        assertThat(compare("", "Jan de Vries")).isEqualTo(NONE);
    }

    @Test
    void theRegistrationFormIsFilledWithTheNameTakenApartAsWritten() {
        assertThat(CounterpartyNames.formFields("J. de Vries"))
                .isEqualTo(Map.of("initials", "J.", "infix", "de", "lastName", "Vries"));
        assertThat(CounterpartyNames.formFields("José de Vries-Jansen"))
                .isEqualTo(Map.of("firstName", "José", "infix", "de", "lastName", "Vries-Jansen"));
        assertThat(CounterpartyNames.formFields("VRIES J DE"))
                .isEqualTo(Map.of("initials", "J.", "infix", "de", "lastName", "Vries"));
        assertThat(CounterpartyNames.formFields("Bakkerij Jansen B.V."))
                .isEqualTo(Map.of("kind", "COMPANY", "organisationName", "Bakkerij Jansen B.V."));
        assertThat(CounterpartyNames.formFields(null)).isEmpty();
    }

    @Test
    void theSearchAsksForEachPartOfTheSurname() {
        assertThat(CounterpartyNames.searchTerms(CounterpartyNames.parse("E.M. de Vries-Jansen")))
                .containsExactly("vries", "jansen");
        assertThat(CounterpartyNames.sameTown("'s-Hertogenbosch", "S HERTOGENBOSCH")).isTrue();
        assertThat(CounterpartyNames.sameTown("Utrecht", "Amsterdam")).isFalse();
    }

    @Test
    void theUsualGiftIsTheAmountGivenMostOftenInTheTwelveMonthsUpToTheCredit() {
        LocalDate day = LocalDate.of(2021, 1, 4);
        List<Object[]> gifts = List.of(
                new Object[] {"d", new BigDecimal("25.00"), LocalDate.of(2020, 3, 1)},
                new Object[] {"d", new BigDecimal("25.00"), LocalDate.of(2020, 9, 1)},
                new Object[] {"d", new BigDecimal("50.00"), LocalDate.of(2020, 12, 1)},
                // older than twelve months: not counted
                new Object[] {"d", new BigDecimal("50.00"), LocalDate.of(2019, 12, 1)},
                new Object[] {"d", new BigDecimal("50.00"), LocalDate.of(2019, 11, 1)});
        assertThat(ReviewSuggestions.usualAmount(gifts, day)).hasValueSatisfying(
                usual -> assertThat(usual).isEqualByComparingTo("25.00"));
        assertThat(ReviewSuggestions.usualAmount(List.of(), day)).isEmpty();
    }
}
