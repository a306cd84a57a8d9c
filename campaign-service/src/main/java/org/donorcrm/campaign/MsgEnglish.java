package org.donorcrm.campaign;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import org.donorcrm.campaign.campaign.AppealChannel;
import org.donorcrm.campaign.campaign.CampaignStatus;
import org.donorcrm.campaign.campaign.CostCategory;
import org.donorcrm.campaign.fund.EarmarkClass;
import org.donorcrm.campaign.fund.FundStatus;

/** This service's texts in English: every text of {@link Msg}. */
@Localized("en")
public interface MsgEnglish extends Msg {

    // ---------------------------------------------------------------- second row of the top bar

    @Override
    @Message("Campaigns")
    String navCampaigns();

    @Override
    @Message("Funds")
    String navFunds();

    // ---------------------------------------------------------------- values shown on several screens

    @Override
    @Message("{#when status}{#is PLANNED}planned{#is ACTIVE}active{#is CLOSED}closed{/when}")
    String campaignStatus(CampaignStatus status);

    @Override
    @Message("{#when channel}{#is LETTER}letter{#is EMAIL}e-mail{#is ONLINE}online{#is EVENT}event{#is TELEMARKETING}telemarketing{/when}")
    String appealChannel(AppealChannel channel);

    @Override
    @Message("{#when category}{#is PRINTING}printing{#is POSTAGE}postage{#is ADVERTISING}advertising{#is PLATFORM_FEES}platform fees{#is OTHER}other{/when}")
    String costCategory(CostCategory category);

    @Override
    @Message("{#when earmarkClass}{#is UNEARMARKED}unearmarked (free to spend){#is PROGRAMME}semi-earmarked (programme){#is PROJECT}earmarked (project){/when}")
    String earmarkClass(EarmarkClass earmarkClass);

    @Override
    @Message("{#when status}{#is ACTIVE}active{#is CLOSED}closed{/when}")
    String fundStatus(FundStatus status);

    // ---------------------------------------------------------------- campaign list

    @Override
    @Message("Campaigns")
    String campaignListTitle();

    @Override
    @Message("{#if total == 1}1 campaign{#else}{total.number} campaigns{/if}, newest first")
    String campaignListCount(long total);

    @Override
    @Message("Code")
    String campaignListCode();

    @Override
    @Message("Name")
    String campaignListName();

    @Override
    @Message("From")
    String campaignListFrom();

    @Override
    @Message("To")
    String campaignListTo();

    @Override
    @Message("Goal")
    String campaignListGoal();

    @Override
    @Message("Owner")
    String campaignListOwner();

    @Override
    @Message("Status")
    String campaignListStatus();

    @Override
    @Message("Newer")
    String campaignListNewer();

    @Override
    @Message("Older")
    String campaignListOlder();

    // ---------------------------------------------------------------- a campaign's page

    @Override
    @Message("owner {owner}")
    String campaignOwner(String owner);

    @Override
    @Message("for {targetGroup}")
    String campaignTargetGroup(String targetGroup);

    @Override
    @Message("the campaign above")
    String campaignParent();

    @Override
    @Message("Results")
    String campaignResults();

    @Override
    @Message("Goal")
    String campaignGoal();

    @Override
    @Message("Raised")
    String campaignRaised();

    @Override
    @Message("Progress")
    String campaignProgress();

    @Override
    @Message("Gifts")
    String campaignGifts();

    @Override
    @Message("Donors")
    String campaignDonors();

    @Override
    @Message("New donors")
    String campaignNewDonors();

    @Override
    @Message("Average gift")
    String campaignAverageGift();

    @Override
    @Message("Costs")
    String campaignCosts();

    @Override
    @Message("Cost per € raised")
    String campaignCostPerEuro();

    @Override
    @Message("ROI")
    String campaignReturnOnInvestment();

    @Override
    @Message("Campaign with its appeals")
    String campaignWithAppeals();

    @Override
    @Message("Goal")
    String campaignChartGoal();

    @Override
    @Message("Raised")
    String campaignChartRaised();

    @Override
    @Message("No costs booked.")
    String campaignNoCosts();

    @Override
    @Message("No costs booked on the campaign itself; its appeals' costs are on their pages and in the results above.")
    String campaignNoCostsOfItsOwn();

    @Override
    @Message("Date")
    String campaignCostDate();

    @Override
    @Message("Category")
    String campaignCostCategory();

    @Override
    @Message("Description")
    String campaignCostDescription();

    @Override
    @Message("Amount")
    String campaignCostAmount();

    @Override
    @Message("Booked by")
    String campaignCostBookedBy();

    // ---------------------------------------------------------------- fund catalogue

    @Override
    @Message("Fund catalogue")
    String fundCatalogueTitle();

    @Override
    @Message("New fund")
    String fundCatalogueNew();

    @Override
    @Message("The designations money can be given to. Gifts name a fund by its code; a closed fund takes no new allocations.")
    String fundCatalogueIntro();

    @Override
    @Message("Code")
    String fundCatalogueCode();

    @Override
    @Message("Name")
    String fundCatalogueName();

    @Override
    @Message("Earmark")
    String fundCatalogueEarmark();

    @Override
    @Message("Active from")
    String fundCatalogueActiveFrom();

    @Override
    @Message("Active to")
    String fundCatalogueActiveTo();

    @Override
    @Message("Funder")
    String fundCatalogueFunder();

    @Override
    @Message("Status")
    String fundCatalogueStatus();

    @Override
    @Message("Edit")
    String fundCatalogueEdit();

    @Override
    @Message("Close")
    String fundCatalogueClose();

    // ---------------------------------------------------------------- fund form

    @Override
    @Message("New fund")
    String fundFormNewTitle();

    @Override
    @Message("Edit fund")
    String fundFormEditTitle();

    @Override
    @Message("Edit fund {code}")
    String fundFormEditHeading(String code);

    @Override
    @Message("Code")
    String fundFormCode();

    @Override
    @Message("Name")
    String fundFormName();

    @Override
    @Message("Earmark class")
    String fundFormEarmarkClass();

    @Override
    @Message("Active from")
    String fundFormActiveFrom();

    @Override
    @Message("Active to (optional)")
    String fundFormActiveTo();

    @Override
    @Message("Funder (optional)")
    String fundFormFunderDonorId();

    @Override
    @Message("Save")
    String fundFormSave();

    @Override
    @Message("Cancel")
    String fundFormCancel();

    @Override
    @Message("choose an earmark class")
    String fundFormEarmarkClassRequired();

    @Override
    @Message("must be a code of capitals, digits and dashes such as PRJ-DTZ (at most 30)")
    String fundFormCodeInvalid();

    @Override
    @Message("a name is needed (at most 200 characters)")
    String fundFormNameInvalid();

    @Override
    @Message("choose the funder among the donors found")
    String fundFormFunderDonorIdInvalid();

    @Override
    @Message("must not be before Active from")
    String fundFormActiveToBeforeFrom();

    @Override
    @Message("the code {code} is already in use")
    String fundFormCodeTaken(String code);

    @Override
    @Message("this field is not right")
    String fundFormFieldInvalid();
}
