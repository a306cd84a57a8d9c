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

    @Override
    @Message("choose the donor: type part of the name and choose among the donors found")
    String donorNotChosen();

    @Override
    @Message("Every donor")
    String donorFilterEvery();

    @Override
    @Message("One gift per line: choose the donor and type the amount. Income date, fund and campaign only where they differ from above.")
    String batchLinesIntro();

    @Override
    @Message("Donor on line {n}")
    String batchLineDonor(int n);

    @Override
    @Message("Amount in euros on line {n}")
    String batchLineAmount(int n);

    @Override
    @Message("Income date on line {n}")
    String batchLineIncomeDate(int n);

    @Override
    @Message("Fund on line {n}")
    String batchLineFund(int n);

    @Override
    @Message("Campaign on line {n}")
    String batchLineCampaign(int n);

    @Override
    @Message("— as above —")
    String batchLineAsAbove();

    @Override
    @Message("Add {count} lines")
    String batchMoreLines(int count);

    @Override
    @Message("fill in at least one line: a donor and an amount")
    String batchLinesNeeded();

    @Override
    @Message("no. {number}")
    String donorSearchNumber(Long number);

    @Override
    @Message("Paid by mandate (optional)")
    String agreementMandate();

    @Override
    @Message("— no mandate —")
    String agreementNoMandate();

    @Override
    @Message("The chosen donor's active mandates.")
    String agreementMandateHint();

    @Override
    @Message("Choose the donor first; their active mandates then appear here.")
    String agreementMandateFirstTheDonor();
}
