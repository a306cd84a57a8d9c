package org.donorcrm.donor;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** This service's texts in English: every text of {@link Msg}. */
@Localized("en")
public interface MsgEnglish extends Msg {

    @Override
    @Message("Donors")
    String navDonors();

    @Override
    @Message("Thank-you tasks")
    String navThankYou();

    @Override
    @Message("Duplicates")
    String navDuplicates();
}
