package org.donorcrm.donor.donor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockingKeysTest {

    private static Donor person(String first, String last, String postcode) {
        Donor d = new Donor();
        d.kind = DonorKind.INDIVIDUAL;
        d.firstName = first;
        d.lastName = last;
        d.postcode = postcode;
        BlockingKeys.apply(d);
        return d;
    }

    private static Donor organisation(String name) {
        Donor d = new Donor();
        d.kind = DonorKind.FOUNDATION;
        d.organisationName = name;
        BlockingKeys.apply(d);
        return d;
    }

    @Test
    void dutchSpellingVariantsOfAFamilyNameSoundAlike() {
        assertThat(person("Jan", "Jansen", null).phoneticKey).isEqualTo(person("Jan", "Janssen", null).phoneticKey);
        assertThat(person("Pieter", "de Vries", null).phoneticKey)
                .isEqualTo(person("P.", "Vries", null).phoneticKey);
        assertThat(person("Jan", "Jansen", null).phoneticKey).isNotEqualTo(person("Kees", "Jansen", null).phoneticKey);
        assertThat(person("Jan", "Jansen", null).phoneticKey).isNotEqualTo(person("Jan", "Bakker", null).phoneticKey);
    }

    @Test
    void similarNamesMeetOnlyInTheSamePostcodeDistrict() {
        assertThat(person("Jan", "Jansen", "1017 AB").phoneticKey).isEqualTo(person("Jan", "Janssen", "1017 ZZ").phoneticKey);
        assertThat(person("Jan", "Jansen", "1017 AB").phoneticKey).isNotEqualTo(person("Jan", "Jansen", "9711 AB").phoneticKey);
    }

    @Test
    void nameAndPostcodeIgnoreCaseAccentsSpacesAndPunctuation() {
        assertThat(person("José", "van den Berg", "1017 AB").namePostcodeKey)
                .isEqualTo(person("jose", "Van den-Berg", "1017 AB").namePostcodeKey)
                .isEqualTo(BlockingKeys.digest("josevandenberg|1017AB"))
                .hasSize(32);
        assertThat(person("José", "van den Berg", null).namePostcodeKey).isNull();
    }

    @Test
    void organisationsMeetWithoutTheirLegalForm() {
        assertThat(organisation("Stichting Kinderfonds").phoneticKey)
                .isEqualTo(organisation("Kinderfonds").phoneticKey)
                .startsWith("O:");
    }

    @Test
    void ibanAndEmailKeysAreTheirCanonicalForms() {
        Donor d = person("Anna", "Smit", null);
        d.iban = "nl91 abna 0417 1643 00";
        d.email = " Anna.Smit@Example.ORG ";
        BlockingKeys.apply(d);
        assertThat(d.ibanKey).isEqualTo("NL91ABNA0417164300");
        assertThat(d.emailKey).isEqualTo(BlockingKeys.digest("anna.smit@example.org"));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasArePrefixed() {
        assertThat(CsvCells.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCells.safe("+31 20 123")).isEqualTo("'+31 20 123");
        assertThat(CsvCells.safe("-5")).isEqualTo("'-5");
        assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.safe("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.safe("\rx")).isEqualTo("'\rx");
        assertThat(CsvCells.safe("Anna = Jan")).isEqualTo("Anna = Jan");
        assertThat(CsvCells.safe(null)).isEmpty();
    }
}
