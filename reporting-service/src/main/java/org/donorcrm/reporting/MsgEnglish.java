package org.donorcrm.reporting;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** This service's texts in English: every text of {@link Msg}. */
@Localized("en")
public interface MsgEnglish extends Msg {

    @Override
    @Message("LYBUNT")
    String navLybunt();

    @Override
    @Message("SYBUNT")
    String navSybunt();

    @Override
    @Message("Campaign results")
    String navCampaignResults();

    @Override
    @Message("Reserve")
    String navReserve();

    @Override
    @Message("Budget")
    String navBudget();

    @Override
    @Message("Closes")
    String navCloses();

    @Override
    @Message("Dead letters")
    String navDeadLetters();

    @Override
    @Message("Rebuild")
    String navRebuild();
}
