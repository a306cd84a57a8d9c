package org.donorcrm.gift.donorlookup;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The texts of choosing a donor and a campaign, in English: every text of {@link EntryMsg}. */
@Localized("en")
public interface EntryMsgEnglish extends EntryMsg {

    @Override
    @Message("Donor")
    String donorSearchLabel();

    @Override
    @Message("Type part of the name, e-mail address, postcode or city and choose the donor.")
    String donorSearchHint();

    @Override
    @Message("Donors cannot be searched right now; please try again in a moment.")
    String donorSearchUnavailable();

    @Override
    @Message("No donor found with ‘{typed}’.")
    String donorSearchNone(String typed);

    @Override
    @Message("Choose the donor")
    String donorSearchChoose();

    @Override
    @Message("{count} donors found; type more to see fewer.")
    String donorSearchMore(String count);

    @Override
    @Message("Campaign or appeal (optional)")
    String giftEntryCampaign();

    @Override
    @Message("— none —")
    String giftEntryNoCampaign();

    @Override
    @Message("the donor chosen")
    String donorSearchChosenBefore();
}
