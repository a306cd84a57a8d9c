package org.donorcrm.campaign;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** This service's texts in English: every text of {@link Msg}. */
@Localized("en")
public interface MsgEnglish extends Msg {

    @Override
    @Message("Campaigns")
    String navCampaigns();

    @Override
    @Message("Funds")
    String navFunds();
}
