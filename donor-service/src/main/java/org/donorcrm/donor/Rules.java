package org.donorcrm.donor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.donorcrm.platform.i18n.Texts;

/**
 * Why donor-service refuses a request that breaks one of its rules, as a screen writes it (Dutch first); the API
 * answers the English detail given where the rule is checked. The key is the code the rule names.
 */
@MessageBundle(value = Texts.RULES, locale = "nl")
public interface Rules {

    @Message("is verplicht voor een particulier")
    String lastNameRequired();

    @Message("is verplicht voor een organisatie")
    String organisationNameRequired();

    @Message("alleen een particulier heeft een geboortedatum")
    String onlyIndividualsHaveABirthDate();

    @Message("geen Nederlandse postcode; schrijf bijvoorbeeld 1234 AB")
    String postcodeInvalid();

    @Message("geen geldig IBAN (landformaat of controlegetal klopt niet)")
    String ibanInvalid();

    @Message("een contactmoment kan niet in de toekomst liggen")
    String interactionInFuture();

    @Message("de gift is teruggeboekt: er valt niets te bedanken")
    String giftReversed();

    @Message("een donateur kan niet met zichzelf worden samengevoegd")
    String mergeIntoItself();

    @Message("over dit paar is al besloten")
    String pairAlreadyDecided();

    @Message("alleen particulieren wonen in een huishouden")
    String onlyIndividualsInAHousehold();

    @Message("deze donateur bestaat niet")
    String noSuchDonor();

    @Message("contactpersonen horen bij een organisatie")
    String contactPersonsBelongToOrganisations();
}
