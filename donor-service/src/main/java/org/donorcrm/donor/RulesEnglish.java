package org.donorcrm.donor;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The reasons of {@link Rules} in English. */
@Localized("en")
public interface RulesEnglish extends Rules {

    @Override
    @Message("is required for an individual")
    String lastNameRequired();

    @Override
    @Message("is required for an organisation")
    String organisationNameRequired();

    @Override
    @Message("only an individual has a date of birth")
    String onlyIndividualsHaveABirthDate();

    @Override
    @Message("must be a Dutch postcode such as 1234 AB")
    String postcodeInvalid();

    @Override
    @Message("is not a valid IBAN (country format or check digits)")
    String ibanInvalid();

    @Override
    @Message("an interaction cannot lie in the future")
    String interactionInFuture();

    @Override
    @Message("the gift was reversed: there is nothing to thank for")
    String giftReversed();

    @Override
    @Message("a donor cannot be merged into itself")
    String mergeIntoItself();

    @Override
    @Message("this pair was decided on already")
    String pairAlreadyDecided();

    @Override
    @Message("only individuals live in a household")
    String onlyIndividualsInAHousehold();

    @Override
    @Message("this donor does not exist")
    String noSuchDonor();

    @Override
    @Message("contact persons belong to organisations")
    String contactPersonsBelongToOrganisations();
}
