package org.donorcrm.gift;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** This service's texts in English: every text of {@link Msg}. */
@Localized("en")
public interface MsgEnglish extends Msg {

    @Override
    @Message("Gifts")
    String navGifts();

    @Override
    @Message("Batches")
    String navBatches();

    @Override
    @Message("SEPA")
    String navSepa();

    @Override
    @Message("Grants")
    String navGrants();

    @Override
    @Message("Bank")
    String navBank();
}
