package org.donorcrm.donor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.donorcrm.donor.donor.ConsentChannel;
import org.donorcrm.donor.donor.ConsentPurpose;
import org.donorcrm.donor.donor.DonorKind;
import org.donorcrm.donor.donor.IncomeCategory;
import org.donorcrm.donor.interaction.InteractionType;
import org.donorcrm.donor.mail.MailMessage;
import org.donorcrm.donor.thankyou.ThankYouLetters;
import org.donorcrm.donor.thankyou.ThankYouTasks;

/**
 * Every text of this service's screens, in Dutch (the default; English in {@link MsgEnglish}). Templates write
 * {@code {msg:key}}; Java code takes the texts in the request's language from
 * {@code org.donorcrm.platform.i18n.Texts.of(Msg.class)}. The platform's shared words are in its {@code ui} bundle.
 */
@MessageBundle(locale = "nl")
public interface Msg {

    // ---- navigation

    @Message("Donateurs")
    String navDonors();

    @Message("Bedankjes")
    String navThankYou();

    @Message("Jaaroverzichten")
    String navAnnualStatements();

    @Message("Dubbelen")
    String navDuplicates();

    // ---- shared by the screens: words, enum values, field names

    @Message("ja")
    String commonYes();

    @Message("nee")
    String commonNo();

    @Message("Opslaan")
    String commonSave();

    @Message("Vorige")
    String commonPrevious();

    @Message("Volgende")
    String commonNext();

    @Message("niet benaderen")
    String commonDoNotContact();

    @Message("{#when kind}{#is INDIVIDUAL}Particulier{#is COMPANY}Bedrijf{#is FOUNDATION}Vermogensfonds"
            + "{#is GOVERNMENT}Overheid{#is EU_INSTITUTION}EU-instelling{#is LOTTERY}Loterij"
            + "{#is AFFILIATED_NONPROFIT}Verbonden organisatie"
            + "{#is OTHER_NONPROFIT}Andere organisatie zonder winststreven{/when}")
    String donorKind(DonorKind kind);

    @Message("{#when category}{#is INDIVIDUALS}Baten van particulieren{#is COMPANIES}Baten van bedrijven"
            + "{#is LOTTERY_ORGANISATIONS}Baten van loterijorganisaties"
            + "{#is GOVERNMENT_GRANTS}Baten van subsidies van overheden"
            + "{#is AFFILIATED_NONPROFITS}Baten van verbonden organisaties zonder winststreven"
            + "{#is OTHER_NONPROFITS}Baten van andere organisaties zonder winststreven{/when}")
    String incomeCategory(IncomeCategory category);

    @Message("{#when channel}{#is POST}Post{#is EMAIL}E-mail{#is PHONE}Telefoon{/when}")
    String consentChannel(ConsentChannel channel);

    @Message("{#when purpose}{#is FUNDRAISING}Fondsenwerving{#is NEWSLETTER}Nieuwsbrief{/when}")
    String consentPurpose(ConsentPurpose purpose);

    @Message("{#when type}{#is CALL}Telefoongesprek{#is MEETING}Afspraak{#is LETTER}Brief{#is EMAIL}E-mail"
            + "{#is THANK_YOU_SENT}Bedankje verstuurd{/when}")
    String interactionType(InteractionType type);

    @Message("{#when language}{#is 'nl'}Nederlands{#is 'en'}Engels{#else}{language}{/when}")
    String language(String language);

    /** A donor field's name: the form's labels, the audit trail's changes. */
    @Message("{#when field}{#is 'kind'}Soort{#is 'firstName'}Voornaam{#is 'lastName'}Achternaam"
            + "{#is 'initials'}Voorletters{#is 'infix'}Tussenvoegsel{#is 'salutationForm'}Aanhef"
            + "{#is 'organisationName'}Naam organisatie{#is 'street'}Straat{#is 'houseNumber'}Huisnummer"
            + "{#is 'postcode'}Postcode{#is 'city'}Plaats{#is 'country'}Land (code){#is 'email'}E-mail"
            + "{#is 'phone'}Telefoon{#is 'iban'}IBAN{#is 'dateOfBirth'}Geboortedatum"
            + "{#is 'preferredLanguage'}Taal (nl of en){#is 'owner'}Relatiebeheerder{#is 'tags'}Tags"
            + "{#is 'notes'}Notities{#is 'doNotContact'}Niet benaderen{#is 'householdId'}Huishouden"
            + "{#is 'name'}Naam{#is 'address'}Adres{#else}{field}{/when}")
    String donorField(String field);

    // ---- donor list

    @Message("Donateurs")
    String listTitle();

    @Message("Nieuwe donateur")
    String listNewDonor();

    @Message("Naam, e-mail, postcode of plaats")
    String listSearchPlaceholder();

    @Message("Zoeken")
    String listSearch();

    @Message("Nr.")
    String listNumber();

    @Message("Soort")
    String listKind();

    @Message("Alle soorten")
    String listEveryKind();

    @Message("Tag")
    String listTag();

    @Message("Relatiebeheerder")
    String listOwner();

    @Message("Toestemming")
    String listConsent();

    @Message("Elke toestemming")
    String listAnyConsent();

    @Message("{#if count == 1}1 donateur{#else}{count.number} donateurs{/if}")
    String listCount(long count);

    @Message("Naam")
    String listName();

    @Message("Postcode")
    String listPostcode();

    @Message("Plaats")
    String listCity();

    @Message("E-mail")
    String listEmail();

    @Message("Tags")
    String listTags();

    // ---- donor form

    @Message("Nieuwe donateur")
    String formNewTitle();

    @Message("Donateur wijzigen")
    String formEditTitle();

    @Message("Soort")
    String formKind();

    @Message("Notities")
    String formNotes();

    @Message("Niet benaderen")
    String formDoNotContact();

    @Message("kies een soort")
    String formChooseKind();






    @Message("geen landcode; schrijf twee hoofdletters, bijvoorbeeld NL")
    String formCountryInvalid();

    @Message("geen telefoonnummer")
    String formPhoneInvalid();

    @Message("kies nl of en")
    String formLanguageInvalid();

    @Message("alleen kleine letters, cijfers en -, ten hoogste 40 tekens per tag")
    String formTagInvalid();

    @Message("geen e-mailadres")
    String formEmailInvalid();

    @Message("moet in het verleden liggen")
    String formDateNotPast();

    @Message("ten hoogste {max} tekens")
    String formTooLong(int max);

    @Message("ten hoogste {max} tags")
    String formTooManyTags(int max);

    // ---- donor page

    @Message("Donateur")
    String profileTitle();

    @Message("relatienummer {number}")
    String profileNumber(long number);

    @Message("Wijzigen")
    String profileEdit();

    @Message("Gegevens")
    String profileDetails();

    @Message("Adres")
    String profileAddress();

    @Message("E-mail")
    String profileEmail();

    @Message("Telefoon")
    String profilePhone();

    @Message("Geboortedatum")
    String profileDateOfBirth();

    @Message("Taal")
    String profileLanguage();

    @Message("Relatiebeheerder")
    String profileOwner();

    @Message("Notities")
    String profileNotes();

    @Message("Contactpersonen")
    String profileContactPersons();

    @Message("Giften")
    String profileGiving();

    @Message("Dit jaar")
    String profileThisYear();

    @Message("Vorig jaar")
    String profileLastYear();

    @Message("Aantal giften")
    String profileNumberOfGifts();

    @Message("Eerste gift")
    String profileFirstGift();

    @Message("Laatste gift")
    String profileLastGift();

    @Message("Grootste gift")
    String profileLargestGift();

    @Message("{amount} op {date}")
    String profileGiftOn(String amount, String date);

    @Message("Lopende terugkerende gift")
    String profileActiveRecurringGift();

    @Message("Toestemming")
    String profileConsent();

    @Message("Kanaal")
    String profileChannel();

    @Message("Doel")
    String profilePurpose();

    @Message("Gegeven")
    String profileGiven();

    @Message("Bron")
    String profileSource();

    @Message("Wanneer")
    String profileWhen();

    @Message("gegeven")
    String profileConsentGiven();

    @Message("ingetrokken")
    String profileConsentWithdrawn();

    @Message("Tijdlijn")
    String profileTimeline();

    @Message("Soort")
    String profileInteractionType();

    @Message("Datum")
    String profileDate();

    @Message("Samenvatting")
    String profileSummary();

    @Message("Toevoegen")
    String profileAdd();

    @Message("Audittrail")
    String profileAuditTrail();

    @Message("Wie")
    String profileWho();

    @Message("Wat")
    String profileWhat();

    @Message("Wijzigingen")
    String profileChanges();

    @Message("{#when action}{#is 'REGISTERED'}Geregistreerd{#is 'UPDATED'}Gewijzigd"
            + "{#is 'INTERACTION_ADDED'}Contactmoment toegevoegd{#is 'MERGED_WITH'}Samengevoegd met een dubbele"
            + "{#is 'MERGED_INTO'}Samengevoegd in een andere donateur{#is 'LEFT_HOUSEHOLD'}Huishouden verlaten"
            + "{#is 'JOINED_HOUSEHOLD'}Bij huishouden gevoegd{#is 'CONTACT_PERSON_ADDED'}Contactpersoon toegevoegd"
            + "{#is 'CONSENT_GRANTED'}Toestemming gegeven{#is 'CONSENT_WITHDRAWN'}Toestemming ingetrokken"
            + "{#is 'ERASED'}Gewist{#else}{action}{/when}")
    String profileAuditAction(String action);

    @Message("de samenvatting heeft ten hoogste {max} tekens")
    String profileSummaryTooLong(int max);

    @Message("kies een soort en een datum")
    String profileChooseTypeAndDate();


    @Message("vul in waar de toestemming vandaan komt (ten hoogste {max} tekens)")
    String profileConsentSourceNeeded(int max);

    @Message("kies een kanaal en een doel")
    String profileChooseChannelAndPurpose();

    // ---- duplicates review

    @Message("Dubbelen")
    String duplicatesTitle();

    @Message("Mogelijke dubbelen")
    String duplicatesHeading();

    @Message("{count.number} open")
    String duplicatesOpen(long count);

    @Message("{#when reason}{#is 'SAME_IBAN'}Zelfde IBAN{#is 'SAME_EMAIL'}Zelfde e-mailadres"
            + "{#is 'SAME_NAME_AND_POSTCODE'}Zelfde naam en postcode{#is 'SIMILAR_NAME'}Naam lijkt erop"
            + "{#else}{reason}{/when}")
    String duplicatesReason(String reason);

    @Message("Behouden")
    String duplicatesKeep();

    @Message("(blijft bestaan)")
    String duplicatesSurvivor();

    @Message("Samenvoegen in de blijvende donateur")
    String duplicatesMerge();

    @Message("Niet dezelfde donateur")
    String duplicatesNotTheSame();

    // ---- thank-you tasks

    @Message("Bedankjes")
    String thankYouTitle();

    @Message("{count.number} te bedanken")
    String thankYouCount(long count);

    @Message("Giften sinds {since} waarvoor de donateur nog niet is bedankt: er staat geen bedankje op de tijdlijn"
            + " op of na de datum van de gift. Eerste giften en giften van € 500 of meer eerst, daarna de oudste."
            + " Herhaalde incasso's staan er niet in, en donateurs met \"niet benaderen\" ook niet.")
    String thankYouIntro(String since);

    @Message("Het bedankje staat op de")
    String thankYouThanked();

    @Message("tijdlijn van de donateur")
    String thankYouThankedLink();

    @Message("Relatiebeheerder (leeg: iedereen)")
    String thankYouOwnerPlaceholder();

    @Message("Relatiebeheerder")
    String thankYouOwner();

    @Message("Filteren")
    String thankYouFilter();

    @Message("Niets te bedanken: voor elke gift van de afgelopen 60 dagen is bedankt.")
    String thankYouNone();

    @Message("Donateur")
    String thankYouDonor();

    @Message("Datum gift")
    String thankYouGiftDate();

    @Message("Bedrag")
    String thankYouAmount();

    @Message("Fonds")
    String thankYouFund();

    @Message("Prioriteit")
    String thankYouPriority();

    @Message("{#when reason}{#is FIRST_GIFT}eerste gift{#is LARGE_GIFT}€ 500 of meer{/when}")
    String thankYouReason(ThankYouTasks.Reason reason);

    @Message("normaal")
    String thankYouNormal();

    @Message("Bedankje verstuurd")
    String thankYouThankedButton();

    // ---- thank-you letters and e-mails (thankyou/ThankYouLetters) and the e-mails page

    @Message("Selecteer deze gift")
    String thankYouSelect();

    @Message("Brief (PDF)")
    String thankYouLetterButton();

    @Message("E-mail")
    String thankYouEmailButton();

    @Message("Voor de geselecteerde giften:")
    String thankYouSelection();

    @Message("Geen e-mail")
    String thankYouNoEmail();

    @Message("Geen brief")
    String thankYouNoLetter();

    @Message("{#when obstacle}{#is GIFT_GONE}de gift is teruggeboekt of onbekend{#is ERASED}de donateur is"
            + " gewist{#is DO_NOT_CONTACT}de donateur wil niet benaderd worden{#is NO_EMAIL_ADDRESS}geen"
            + " e-mailadres bekend{#is NO_EMAIL_CONSENT}geen toestemming voor e-mail{#is"
            + " NO_POSTAL_ADDRESS}geen postadres bekend{#is NO_POST_CONSENT}geen toestemming voor post{/when}")
    String thankYouObstacle(ThankYouLetters.Obstacle obstacle);

    @Message("{#when status}{#is QUEUED}E-mail in de wachtrij{#is SENT}E-mail verzonden{#is FAILED}E-mail"
            + " mislukt{/when}")
    String thankYouMailState(MailMessage.Status status);

    @Message("{queued} e-mail(s) in de wachtrij gezet{#if before > 0}; {before} stond(en) er al in{/if}. Het"
            + " bedankje komt op de tijdlijn zodra de e-mail is verzonden.")
    String thankYouMailed(int queued, int before);

    @Message("Kies eerst een of meer giften.")
    String thankYouChooseGifts();

    @Message("Kies brief of e-mail.")
    String thankYouChooseChannel();

    @Message("Niets verstuurd: bij deze giften kan het niet.")
    String thankYouRefused();

    @Message("Mislukte e-mails ({count.number})")
    String thankYouFailedMails(long count);

    @Message("E-mails aan donateurs")
    String mailTitle();

    @Message("Mislukt")
    String mailFailed();

    @Message("Deze e-mails konden na alle pogingen niet worden verzonden, of mochten niet meer worden"
            + " verzonden. Opnieuw proberen zet een e-mail weer in de wachtrij.")
    String mailFailedIntro();

    @Message("Geen mislukte e-mails.")
    String mailFailedNone();

    @Message("In de wachtrij")
    String mailWaiting();

    @Message("Geen e-mails in de wachtrij.")
    String mailWaitingNone();

    @Message("Donateur")
    String mailDonor();

    @Message("Onderwerp")
    String mailSubject();

    @Message("Pogingen")
    String mailAttempts();

    @Message("Laatste fout")
    String mailError();

    @Message("In de wachtrij gezet")
    String mailQueuedAt();

    @Message("Volgende poging")
    String mailNextAttempt();

    @Message("Opnieuw proberen")
    String mailRetry();

    @Message("De e-mail staat weer in de wachtrij.")
    String mailRetried();

    @Message("Terug naar de bedankjes")
    String mailBack();

    // ---- the texts of the thank-you letter and e-mail (thankyou/ThankYouTemplatePages)

    @Message("Teksten van brief en e-mail")
    String thankYouTemplatesLink();

    @Message("Tekst van de bedankbrief en -e-mail")
    String templateTitle();


    @Message("Brief en e-mail in deze taal gebruiken de goedgekeurde tekst. Een wijziging is een concept tot"
            + " een beheerder het goedkeurt. Velden die per donateur en gift worden ingevuld: {fields}. Een"
            + " lege regel begint een nieuwe alinea.")
    String templateIntro(String fields);

    @Message("In gebruik")
    String templateInEffect();

    @Message("Nog geen goedgekeurde tekst: de standaardtekst wordt gebruikt.")
    String templateBuiltInInUse();

    @Message("Goedgekeurd door {by} op {at}.")
    String templateApprovedBy(String by, String at);

    @Message("Concept")
    String templateDraft();

    @Message("Geen concept.")
    String templateNoDraft();

    @Message("Opgeslagen door {by} op {at}; nog niet in gebruik.")
    String templateDraftBy(String by, String at);

    @Message("Goedkeuren")
    String templateApprove();

    @Message("Onderwerp")
    String templateSubject();

    @Message("Tekst")
    String templateBody();

    @Message("Concept opslaan")
    String templateSave();

    @Message("Voorbeeld")
    String templatePreview();

    @Message("Relatienummer van een donateur")
    String templatePreviewDonor();

    @Message("Toon voorbeeld")
    String templatePreviewShow();

    @Message("{#if draft}Het concept{#else}De tekst in gebruik{/if}, ingevuld voor de laatste gift van deze"
            + " donateur:")
    String templatePreviewOf(boolean draft);

    @Message("{#when problem}{#is 'NO_DONOR'}Geen donateur met dit relatienummer.{#is 'NO_GIFT'}Deze donateur"
            + " heeft nog geen gift.{/when}")
    String templatePreviewProblem(String problem);

    @Message("Vul dit in.")
    String templateRequired();

    @Message("Ten hoogste {max.number} tekens.")
    String templateTooLong(int max);

    @Message("Onbekend veld {field}; mogelijk zijn: {fields}.")
    String templateUnknownField(String field, String fields);

    @Message("Het concept is opgeslagen. Het is in gebruik zodra een beheerder het goedkeurt.")
    String templateSaved();

    @Message("De tekst is goedgekeurd en nu in gebruik.")
    String templateApproved();

    @Message("Standaardtekst herstellen")
    String templateReset();

    @Message("De standaardtekst is weer in gebruik.")
    String templateResetDone();

    @Message("Er is geen concept om goed te keuren.")
    String templateNothingToApprove();
}
