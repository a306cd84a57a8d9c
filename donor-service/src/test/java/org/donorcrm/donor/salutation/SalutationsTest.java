package org.donorcrm.donor.salutation;

import org.donorcrm.donor.donor.SalutationForm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The salutation rules, one row per case: language, kind, form, first name, initials, infix, last name, contact. */
class SalutationsTest {

    @ParameterizedTest(name = "{9}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            nl | person | INFORMAL | Anna | - | - | Jansen | - | Beste Anna | informal by first name
            nl | person | FORMAL_MALE | Piet | P. | de | Vries | - | Geachte heer De Vries | capital after heer
            nl | person | FORMAL_FEMALE | Ans | - | van den | Berg | - | Geachte mevrouw Van den Berg | after mevrouw
            nl | person | NEUTRAL | Anna | A. | de | Vries | - | Beste A. de Vries | neutral: initials
            nl | person | NEUTRAL | Jan | - | van der | Berg | - | Beste Jan van der Berg | neutral: first name
            nl | person | - | Jan | J. | van der | Berg | - | Beste J. van der Berg | no preference is neutral
            nl | person | INFORMAL | - | J. | van der | Berg | - | Beste J. van der Berg | informal without first name
            nl | person | NEUTRAL | - | - | de | Vries | - | Geachte heer/mevrouw De Vries | neutral without given names
            nl | person | FORMAL_MALE | Kees | - | - | de Boer | - | Geachte heer De Boer | infix typed in the last name
            nl | person | FORMAL_FEMALE | Ria | - | - | Smit | - | Geachte mevrouw Smit | no infix
            nl | org | - | - | - | - | - | Jan de Vries | Beste Jan de Vries | organisation by its contact person
            nl | org | - | - | - | - | - | - | Geachte heer/mevrouw | organisation without contact person
            en | person | INFORMAL | Anna | - | - | Jansen | - | Dear Anna | English informal
            en | person | FORMAL_MALE | Piet | - | de | Vries | - | Dear Mr De Vries | English formal male
            en | person | FORMAL_FEMALE | Ans | - | van den | Berg | - | Dear Ms Van den Berg | English formal female
            en | person | NEUTRAL | Anna | A.J. | de | Vries | - | Dear A.J. de Vries | English neutral
            en | person | NEUTRAL | - | - | - | Smith | - | Dear Mr/Ms Smith | English neutral without given names
            en | org | - | - | - | - | - | Mary Jones | Dear Mary Jones | English organisation by contact person
            en | org | - | - | - | - | - | - | Dear Sir or Madam | English organisation without contact person
            - | person | INFORMAL | Anna | - | - | Jansen | - | Beste Anna | no language is Dutch
            """)
    void salutation(String language, String kind, SalutationForm form, String firstName, String initials,
                    String infix, String lastName, String contact, String expected, String rule) {
        assertThat(Salutations.of(new Salutations.Addressee(language, "org".equals(kind), form, firstName, initials,
                infix, lastName, contact))).as(rule).isEqualTo(expected);
    }
}
