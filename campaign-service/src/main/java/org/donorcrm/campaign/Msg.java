package org.donorcrm.campaign;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.donorcrm.campaign.campaign.AppealChannel;
import org.donorcrm.campaign.campaign.CampaignStatus;
import org.donorcrm.campaign.campaign.CostCategory;
import org.donorcrm.campaign.fund.EarmarkClass;
import org.donorcrm.campaign.fund.FundStatus;

/**
 * Every text of this service's screens, in Dutch (the default; English in {@link MsgEnglish}). Templates write
 * {@code {msg:key}}; Java code takes the texts in the request's language from
 * {@code org.donorcrm.platform.i18n.Texts.of(Msg.class)}. The platform's shared words are in its {@code ui} bundle.
 */
@MessageBundle(locale = "nl")
public interface Msg {

    // ---------------------------------------------------------------- second row of the top bar

    @Message("Campagnes")
    String navCampaigns();

    @Message("Fondsen")
    String navFunds();

    // ---------------------------------------------------------------- values shown on several screens

    @Message("{#when status}{#is PLANNED}gepland{#is ACTIVE}lopend{#is CLOSED}afgesloten{/when}")
    String campaignStatus(CampaignStatus status);

    @Message("{#when channel}{#is LETTER}brief{#is EMAIL}e-mail{#is ONLINE}online{#is EVENT}evenement"
            + "{#is TELEMARKETING}telemarketing{/when}")
    String appealChannel(AppealChannel channel);

    @Message("{#when category}{#is PRINTING}drukwerk{#is POSTAGE}porto{#is ADVERTISING}advertenties"
            + "{#is PLATFORM_FEES}platformkosten{#is OTHER}overig{/when}")
    String costCategory(CostCategory category);

    @Message("{#when earmarkClass}{#is UNEARMARKED}ongeoormerkt (vrij besteedbaar){#is PROGRAMME}deels geoormerkt (programma)"
            + "{#is PROJECT}geoormerkt (project){/when}")
    String earmarkClass(EarmarkClass earmarkClass);

    @Message("{#when status}{#is ACTIVE}actief{#is CLOSED}gesloten{/when}")
    String fundStatus(FundStatus status);

    // ---------------------------------------------------------------- campaign list

    @Message("Campagnes")
    String campaignListTitle();

    @Message("{#if total == 1}1 campagne{#else}{total.number} campagnes{/if}, nieuwste eerst")
    String campaignListCount(long total);

    @Message("Code")
    String campaignListCode();

    @Message("Naam")
    String campaignListName();

    @Message("Van")
    String campaignListFrom();

    @Message("Tot en met")
    String campaignListTo();

    @Message("Doel")
    String campaignListGoal();

    @Message("Eigenaar")
    String campaignListOwner();

    @Message("Status")
    String campaignListStatus();

    @Message("Nieuwere")
    String campaignListNewer();

    @Message("Oudere")
    String campaignListOlder();

    // ---------------------------------------------------------------- a campaign's page

    @Message("eigenaar {owner}")
    String campaignOwner(String owner);

    @Message("voor {targetGroup}")
    String campaignTargetGroup(String targetGroup);

    @Message("de campagne waar deze actie onder valt")
    String campaignParent();

    @Message("Resultaten")
    String campaignResults();

    @Message("Doel")
    String campaignGoal();

    @Message("Opgehaald")
    String campaignRaised();

    @Message("Voortgang")
    String campaignProgress();

    @Message("Giften")
    String campaignGifts();

    @Message("Donateurs")
    String campaignDonors();

    @Message("Nieuwe donateurs")
    String campaignNewDonors();

    @Message("Gemiddelde gift")
    String campaignAverageGift();

    @Message("Kosten")
    String campaignCosts();

    @Message("Kosten per opgehaalde €")
    String campaignCostPerEuro();

    @Message("ROI")
    String campaignReturnOnInvestment();

    @Message("Campagne met al haar acties")
    String campaignWithAppeals();

    @Message("Doel")
    String campaignChartGoal();

    @Message("Opgehaald")
    String campaignChartRaised();

    @Message("Geen kosten geboekt.")
    String campaignNoCosts();

    @Message("Geen kosten geboekt op de campagne zelf; de kosten van de acties staan op hun eigen pagina's en in de resultaten hierboven.")
    String campaignNoCostsOfItsOwn();

    @Message("Datum")
    String campaignCostDate();

    @Message("Soort")
    String campaignCostCategory();

    @Message("Omschrijving")
    String campaignCostDescription();

    @Message("Bedrag")
    String campaignCostAmount();

    @Message("Geboekt door")
    String campaignCostBookedBy();

    // ---------------------------------------------------------------- fund catalogue

    @Message("Fondsen")
    String fundCatalogueTitle();

    @Message("Nieuw fonds")
    String fundCatalogueNew();

    @Message("De bestemmingen waaraan geld gegeven kan worden. Een gift noemt een fonds bij zijn code; een gesloten fonds krijgt geen nieuwe verdelingen.")
    String fundCatalogueIntro();

    @Message("Code")
    String fundCatalogueCode();

    @Message("Naam")
    String fundCatalogueName();

    @Message("Oormerk")
    String fundCatalogueEarmark();

    @Message("Actief vanaf")
    String fundCatalogueActiveFrom();

    @Message("Actief tot en met")
    String fundCatalogueActiveTo();

    @Message("Financier")
    String fundCatalogueFunder();

    @Message("Status")
    String fundCatalogueStatus();

    @Message("Wijzigen")
    String fundCatalogueEdit();

    @Message("Sluiten")
    String fundCatalogueClose();

    // ---------------------------------------------------------------- fund form

    @Message("Nieuw fonds")
    String fundFormNewTitle();

    @Message("Fonds wijzigen")
    String fundFormEditTitle();

    @Message("Fonds {code} wijzigen")
    String fundFormEditHeading(String code);

    @Message("Code")
    String fundFormCode();

    @Message("Naam")
    String fundFormName();

    @Message("Oormerk")
    String fundFormEarmarkClass();

    @Message("Actief vanaf")
    String fundFormActiveFrom();

    @Message("Actief tot en met (niet verplicht)")
    String fundFormActiveTo();

    @Message("Financier (niet verplicht)")
    String fundFormFunderDonorId();

    @Message("Opslaan")
    String fundFormSave();

    @Message("Annuleren")
    String fundFormCancel();

    @Message("kies een oormerk")
    String fundFormEarmarkClassRequired();

    @Message("een code van hoofdletters, cijfers en streepjes, zoals PRJ-DTZ (hooguit 30 tekens)")
    String fundFormCodeInvalid();

    @Message("een naam is nodig (hooguit 200 tekens)")
    String fundFormNameInvalid();

    @Message("kies de financier uit de gevonden donateurs")
    String fundFormFunderDonorIdInvalid();

    @Message("mag niet vóór Actief vanaf liggen")
    String fundFormActiveToBeforeFrom();

    @Message("de code {code} is al in gebruik")
    String fundFormCodeTaken(String code);

    @Message("dit veld klopt niet")
    String fundFormFieldInvalid();
}
