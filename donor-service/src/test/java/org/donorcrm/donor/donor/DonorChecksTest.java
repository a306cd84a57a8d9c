package org.donorcrm.donor.donor;

import org.donorcrm.platform.http.InvalidInput;
import org.donorcrm.platform.http.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DonorChecksTest {

    private static DonorDetails individual(String postcode, String country, String iban) {
        return new DonorDetails(DonorKind.INDIVIDUAL, "Anna", "de Vries", null, "Keizersgracht", "12", postcode,
                "Amsterdam", country, "anna@example.org", null, iban, null, null, null, Set.of(), null, false, null, null,
                null, null);
    }

    private static InvalidInput invalid(DonorDetails details) {
        try {
            DonorChecks.checked(details);
        } catch (InvalidInput e) {
            return e;
        }
        throw new AssertionError("expected invalid fields");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1017 AB", "1017AB", "9999 ZZ"})
    void dutchPostcodesAreAcceptedAndStoredWithOneSpace(String postcode) {
        String stored = DonorChecks.checked(individual(postcode, "NL", null)).postcode();
        assertThat(stored).matches("[1-9][0-9]{3} [A-Z]{2}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123 AB", "1017 ab", "1017  AB", "101 AB", "ABCD 12", "1017-AB"})
    void malformedDutchPostcodesAreNamed(String postcode) {
        assertThat(invalid(individual(postcode, "NL", null)).fields())
                .extracting(Problem.FieldError::pointer).containsExactly("#/postcode");
    }

    @Test
    void aForeignPostcodeIsNotHeldToTheDutchFormat() {
        assertThat(DonorChecks.checked(individual("B-1000", "BE", null)).postcode()).isEqualTo("B-1000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300",
            "DE89370400440532013000", "BE68539007547034"})
    void validIbansAreAcceptedInElectronicForm(String iban) {
        String stored = DonorChecks.checked(individual(null, "NL", iban)).iban();
        assertThat(stored).doesNotContain(" ").isUpperCase();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL92ABNA0417164300", "NL91ABNA041716430", "XX91ABNA0417164300", "NL91-ABNA", "12345"})
    void ibansWithWrongCheckDigitsLengthOrCountryAreNamed(String iban) {
        assertThat(invalid(individual(null, "NL", iban)).fields())
                .extracting(Problem.FieldError::pointer).containsExactly("#/iban");
    }

    @Test
    void anIndividualNeedsALastNameAndAnOrganisationItsName() {
        DonorDetails noLastName = new DonorDetails(DonorKind.INDIVIDUAL, "Anna", " ", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, false, null, null, null, null);
        assertThat(invalid(noLastName).fields()).extracting(Problem.FieldError::pointer)
                .containsExactly("#/lastName");
        DonorDetails nameless = new DonorDetails(DonorKind.FOUNDATION, null, null, null, null, null, "1234AB",
                null, null, null, null, "NL00", LocalDate.of(1990, 1, 1), null, null, null, null, false, null, null,
                null, null);
        assertThat(invalid(nameless).fields()).extracting(Problem.FieldError::pointer)
                .containsExactly("#/organisationName", "#/dateOfBirth", "#/iban");
    }

    @Test
    void everyKindMapsToItsRj650Category() {
        assertThat(DonorKind.INDIVIDUAL.incomeCategory().name()).isEqualTo("INDIVIDUALS");
        assertThat(DonorKind.COMPANY.incomeCategory().name()).isEqualTo("COMPANIES");
        assertThat(DonorKind.FOUNDATION.incomeCategory().name()).isEqualTo("OTHER_NONPROFITS");
        assertThat(DonorKind.GOVERNMENT.incomeCategory().name()).isEqualTo("GOVERNMENT_GRANTS");
        assertThat(DonorKind.EU_INSTITUTION.incomeCategory().name()).isEqualTo("GOVERNMENT_GRANTS");
        assertThat(DonorKind.LOTTERY.incomeCategory().name()).isEqualTo("LOTTERY_ORGANISATIONS");
        assertThat(DonorKind.AFFILIATED_NONPROFIT.incomeCategory().name()).isEqualTo("AFFILIATED_NONPROFITS");
        assertThat(DonorKind.OTHER_NONPROFIT.incomeCategory().name()).isEqualTo("OTHER_NONPROFITS");
        assertThat(DonorKind.values()).filteredOn(DonorKind::isInstitutional)
                .containsExactlyInAnyOrder(DonorKind.FOUNDATION, DonorKind.GOVERNMENT, DonorKind.EU_INSTITUTION,
                        DonorKind.LOTTERY, DonorKind.AFFILIATED_NONPROFIT, DonorKind.OTHER_NONPROFIT);
    }

    @Test
    void checkingTwiceFindsNothingNew() {
        DonorDetails once = DonorChecks.checked(individual("1017AB", null, "nl91 abna 0417 1643 00"));
        assertThat(DonorChecks.checked(once)).isEqualTo(once);
        assertThatThrownBy(() -> DonorChecks.checked(individual("1017AB", "NL", "NL00"))).isInstanceOf(InvalidInput.class);
    }
}
