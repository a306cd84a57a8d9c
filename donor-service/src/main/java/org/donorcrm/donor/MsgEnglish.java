package org.donorcrm.donor;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import org.donorcrm.donor.donor.ConsentChannel;
import org.donorcrm.donor.donor.ConsentPurpose;
import org.donorcrm.donor.donor.DonorKind;
import org.donorcrm.donor.donor.IncomeCategory;
import org.donorcrm.donor.interaction.InteractionType;
import org.donorcrm.donor.mail.MailMessage;
import org.donorcrm.donor.thankyou.ThankYouLetters;
import org.donorcrm.donor.thankyou.ThankYouTasks;

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
    @Message("Annual statements")
    String navAnnualStatements();

    @Override
    @Message("Duplicates")
    String navDuplicates();

    @Override
    @Message("yes")
    String commonYes();

    @Override
    @Message("no")
    String commonNo();

    @Override
    @Message("Save")
    String commonSave();

    @Override
    @Message("Previous")
    String commonPrevious();

    @Override
    @Message("Next")
    String commonNext();

    @Override
    @Message("do not contact")
    String commonDoNotContact();

    @Override
    @Message("{#when kind}{#is INDIVIDUAL}Individual{#is COMPANY}Company{#is FOUNDATION}Foundation{#is"
            + " GOVERNMENT}Government{#is EU_INSTITUTION}EU institution{#is LOTTERY}Lottery{#is"
            + " AFFILIATED_NONPROFIT}Affiliated non-profit{#is OTHER_NONPROFIT}Other non-profit{/when}")
    String donorKind(DonorKind kind);

    @Override
    @Message("{#when category}{#is INDIVIDUALS}Income from individuals{#is COMPANIES}Income from companies{#is"
            + " LOTTERY_ORGANISATIONS}Income from lottery organisations{#is GOVERNMENT_GRANTS}Government"
            + " grants{#is AFFILIATED_NONPROFITS}Income from affiliated non-profits{#is OTHER_NONPROFITS}Income"
            + " from other non-profits{/when}")
    String incomeCategory(IncomeCategory category);

    @Override
    @Message("{#when channel}{#is POST}Post{#is EMAIL}E-mail{#is PHONE}Phone{/when}")
    String consentChannel(ConsentChannel channel);

    @Override
    @Message("{#when purpose}{#is FUNDRAISING}Fundraising{#is NEWSLETTER}Newsletter{/when}")
    String consentPurpose(ConsentPurpose purpose);

    @Override
    @Message("{#when type}{#is CALL}Call{#is MEETING}Meeting{#is LETTER}Letter{#is EMAIL}E-mail{#is"
            + " THANK_YOU_SENT}Thank-you sent{/when}")
    String interactionType(InteractionType type);

    @Override
    @Message("{#when language}{#is 'nl'}Dutch{#is 'en'}English{#else}{language}{/when}")
    String language(String language);

    @Override
    @Message("{#when field}{#is 'kind'}Kind{#is 'firstName'}First name{#is 'lastName'}Last name"
            + "{#is 'initials'}Initials{#is 'infix'}Name prefix (tussenvoegsel){#is 'salutationForm'}Salutation{#is"
            + " 'organisationName'}Organisation name{#is 'street'}Street{#is 'houseNumber'}House number{#is"
            + " 'postcode'}Postcode{#is 'city'}City{#is 'country'}Country (code){#is 'email'}E-mail{#is"
            + " 'phone'}Phone{#is 'iban'}IBAN{#is 'dateOfBirth'}Date of birth{#is 'preferredLanguage'}Language (nl"
            + " or en){#is 'owner'}Owner{#is 'tags'}Tags{#is 'notes'}Notes{#is 'doNotContact'}Do not contact{#is"
            + " 'householdId'}Household{#is 'name'}Name{#is 'address'}Address{#else}{field}{/when}")
    String donorField(String field);

    @Override
    @Message("Donors")
    String listTitle();

    @Override
    @Message("New donor")
    String listNewDonor();

    @Override
    @Message("Name, e-mail, postcode or city")
    String listSearchPlaceholder();

    @Override
    @Message("Search")
    String listSearch();

    @Override
    @Message("No.")
    String listNumber();

    @Override
    @Message("Kind")
    String listKind();

    @Override
    @Message("Every kind")
    String listEveryKind();

    @Override
    @Message("Tag")
    String listTag();

    @Override
    @Message("Owner")
    String listOwner();

    @Override
    @Message("Consent")
    String listConsent();

    @Override
    @Message("Any consent")
    String listAnyConsent();

    @Override
    @Message("{#if count == 1}1 donor{#else}{count.number} donors{/if}")
    String listCount(long count);

    @Override
    @Message("Name")
    String listName();

    @Override
    @Message("Postcode")
    String listPostcode();

    @Override
    @Message("City")
    String listCity();

    @Override
    @Message("E-mail")
    String listEmail();

    @Override
    @Message("Tags")
    String listTags();

    @Override
    @Message("New donor")
    String formNewTitle();

    @Override
    @Message("Edit donor")
    String formEditTitle();

    @Override
    @Message("Kind")
    String formKind();

    @Override
    @Message("Notes")
    String formNotes();

    @Override
    @Message("Do not contact")
    String formDoNotContact();

    @Override
    @Message("choose a kind")
    String formChooseKind();






    @Override
    @Message("must be a country code of two capital letters such as NL")
    String formCountryInvalid();

    @Override
    @Message("must be a phone number")
    String formPhoneInvalid();

    @Override
    @Message("must be nl or en")
    String formLanguageInvalid();

    @Override
    @Message("only lower-case letters, digits and -, at most 40 characters per tag")
    String formTagInvalid();

    @Override
    @Message("not an e-mail address")
    String formEmailInvalid();

    @Override
    @Message("must lie in the past")
    String formDateNotPast();

    @Override
    @Message("at most {max} characters")
    String formTooLong(int max);

    @Override
    @Message("at most {max} tags")
    String formTooManyTags(int max);

    @Override
    @Message("Donor")
    String profileTitle();

    @Override
    @Message("donor number {number}")
    String profileNumber(long number);

    @Override
    @Message("Edit")
    String profileEdit();

    @Override
    @Message("Details")
    String profileDetails();

    @Override
    @Message("Address")
    String profileAddress();

    @Override
    @Message("E-mail")
    String profileEmail();

    @Override
    @Message("Phone")
    String profilePhone();

    @Override
    @Message("Date of birth")
    String profileDateOfBirth();

    @Override
    @Message("Language")
    String profileLanguage();

    @Override
    @Message("Owner")
    String profileOwner();

    @Override
    @Message("Notes")
    String profileNotes();

    @Override
    @Message("Contact persons")
    String profileContactPersons();

    @Override
    @Message("Giving")
    String profileGiving();

    @Override
    @Message("This year")
    String profileThisYear();

    @Override
    @Message("Last year")
    String profileLastYear();

    @Override
    @Message("Number of gifts")
    String profileNumberOfGifts();

    @Override
    @Message("First gift")
    String profileFirstGift();

    @Override
    @Message("Last gift")
    String profileLastGift();

    @Override
    @Message("Largest gift")
    String profileLargestGift();

    @Override
    @Message("{amount} on {date}")
    String profileGiftOn(String amount, String date);

    @Override
    @Message("Active recurring gift")
    String profileActiveRecurringGift();

    @Override
    @Message("Consent")
    String profileConsent();

    @Override
    @Message("Channel")
    String profileChannel();

    @Override
    @Message("Purpose")
    String profilePurpose();

    @Override
    @Message("Given")
    String profileGiven();

    @Override
    @Message("Source")
    String profileSource();

    @Override
    @Message("When")
    String profileWhen();

    @Override
    @Message("given")
    String profileConsentGiven();

    @Override
    @Message("withdrawn")
    String profileConsentWithdrawn();

    @Override
    @Message("Timeline")
    String profileTimeline();

    @Override
    @Message("Type")
    String profileInteractionType();

    @Override
    @Message("Date")
    String profileDate();

    @Override
    @Message("Summary")
    String profileSummary();

    @Override
    @Message("Add")
    String profileAdd();

    @Override
    @Message("Audit trail")
    String profileAuditTrail();

    @Override
    @Message("Who")
    String profileWho();

    @Override
    @Message("What")
    String profileWhat();

    @Override
    @Message("Changes")
    String profileChanges();

    @Override
    @Message("{#when action}{#is 'REGISTERED'}Registered{#is 'UPDATED'}Updated{#is"
            + " 'INTERACTION_ADDED'}Interaction added{#is 'MERGED_WITH'}Merged with a duplicate{#is"
            + " 'MERGED_INTO'}Merged into another donor{#is 'LEFT_HOUSEHOLD'}Left household{#is"
            + " 'JOINED_HOUSEHOLD'}Joined household{#is 'CONTACT_PERSON_ADDED'}Contact person added{#is"
            + " 'CONSENT_GRANTED'}Consent given{#is 'CONSENT_WITHDRAWN'}Consent withdrawn{#is"
            + " 'ERASED'}Erased{#else}{action}{/when}")
    String profileAuditAction(String action);

    @Override
    @Message("the summary has at most {max} characters")
    String profileSummaryTooLong(int max);

    @Override
    @Message("choose a type and a date")
    String profileChooseTypeAndDate();


    @Override
    @Message("say where the consent came from (at most {max} characters)")
    String profileConsentSourceNeeded(int max);

    @Override
    @Message("choose a channel and a purpose")
    String profileChooseChannelAndPurpose();

    @Override
    @Message("Duplicates")
    String duplicatesTitle();

    @Override
    @Message("Possible duplicates")
    String duplicatesHeading();

    @Override
    @Message("{count.number} open")
    String duplicatesOpen(long count);

    @Override
    @Message("{#when reason}{#is 'SAME_IBAN'}Same IBAN{#is 'SAME_EMAIL'}Same e-mail address{#is"
            + " 'SAME_NAME_AND_POSTCODE'}Same name and postcode{#is 'SIMILAR_NAME'}Similar"
            + " name{#else}{reason}{/when}")
    String duplicatesReason(String reason);

    @Override
    @Message("Keep")
    String duplicatesKeep();

    @Override
    @Message("(survivor)")
    String duplicatesSurvivor();

    @Override
    @Message("Merge into the survivor")
    String duplicatesMerge();

    @Override
    @Message("Not the same donor")
    String duplicatesNotTheSame();

    @Override
    @Message("Thank-you tasks")
    String thankYouTitle();

    @Override
    @Message("{count.number} to thank")
    String thankYouCount(long count);

    @Override
    @Message("Gifts since {since} that the donor has not been thanked for yet: no thank-you on the timeline dated"
            + " on or after the gift. First gifts and gifts of € 500 or more first, then the oldest. Repeat direct"
            + " debits are not listed; donors marked \"do not contact\" neither.")
    String thankYouIntro(String since);

    @Override
    @Message("The thank-you is on the")
    String thankYouThanked();

    @Override
    @Message("donor's timeline")
    String thankYouThankedLink();

    @Override
    @Message("Owner (all when empty)")
    String thankYouOwnerPlaceholder();

    @Override
    @Message("Owner")
    String thankYouOwner();

    @Override
    @Message("Filter")
    String thankYouFilter();

    @Override
    @Message("Nothing to thank for: every gift of the last 60 days has been thanked.")
    String thankYouNone();

    @Override
    @Message("Donor")
    String thankYouDonor();

    @Override
    @Message("Gift date")
    String thankYouGiftDate();

    @Override
    @Message("Amount")
    String thankYouAmount();

    @Override
    @Message("Fund")
    String thankYouFund();

    @Override
    @Message("Priority")
    String thankYouPriority();

    @Override
    @Message("{#when reason}{#is FIRST_GIFT}first gift{#is LARGE_GIFT}€ 500 or more{/when}")
    String thankYouReason(ThankYouTasks.Reason reason);

    @Override
    @Message("normal")
    String thankYouNormal();

    @Override
    @Message("Thanked")
    String thankYouThankedButton();

    // ---- thank-you letters and e-mails (thankyou/ThankYouLetters) and the e-mails page

    @Override
    @Message("Select this gift")
    String thankYouSelect();

    @Override
    @Message("Letter (PDF)")
    String thankYouLetterButton();

    @Override
    @Message("Email")
    String thankYouEmailButton();

    @Override
    @Message("For the selected gifts:")
    String thankYouSelection();

    @Override
    @Message("No email")
    String thankYouNoEmail();

    @Override
    @Message("No letter")
    String thankYouNoLetter();

    @Override
    @Message("{#when obstacle}{#is GIFT_GONE}the gift was reversed or is unknown{#is ERASED}the donor was"
            + " erased{#is DO_NOT_CONTACT}the donor asked not to be contacted{#is NO_EMAIL_ADDRESS}no email"
            + " address known{#is NO_EMAIL_CONSENT}no consent for email{#is NO_POSTAL_ADDRESS}no postal"
            + " address known{#is NO_POST_CONSENT}no consent for post{/when}")
    String thankYouObstacle(ThankYouLetters.Obstacle obstacle);

    @Override
    @Message("{#when status}{#is QUEUED}Email queued{#is SENT}Email sent{#is FAILED}Email failed{/when}")
    String thankYouMailState(MailMessage.Status status);

    @Override
    @Message("{queued} email(s) queued{#if before > 0}; {before} had been queued before{/if}. The thank-you"
            + " goes on the timeline once the email has been sent.")
    String thankYouMailed(int queued, int before);

    @Override
    @Message("Choose one or more gifts first.")
    String thankYouChooseGifts();

    @Override
    @Message("Choose letter or email.")
    String thankYouChooseChannel();

    @Override
    @Message("Nothing sent: not possible for these gifts.")
    String thankYouRefused();

    @Override
    @Message("Failed emails ({count.number})")
    String thankYouFailedMails(long count);

    @Override
    @Message("Emails to donors")
    String mailTitle();

    @Override
    @Message("Failed")
    String mailFailed();

    @Override
    @Message("These emails could not be sent after every attempt, or could no longer be sent. Try again puts"
            + " an email back in the queue.")
    String mailFailedIntro();

    @Override
    @Message("No failed emails.")
    String mailFailedNone();

    @Override
    @Message("Queued")
    String mailWaiting();

    @Override
    @Message("No emails in the queue.")
    String mailWaitingNone();

    @Override
    @Message("Donor")
    String mailDonor();

    @Override
    @Message("Subject")
    String mailSubject();

    @Override
    @Message("Attempts")
    String mailAttempts();

    @Override
    @Message("Last error")
    String mailError();

    @Override
    @Message("Queued at")
    String mailQueuedAt();

    @Override
    @Message("Next attempt")
    String mailNextAttempt();

    @Override
    @Message("Try again")
    String mailRetry();

    @Override
    @Message("The email is back in the queue.")
    String mailRetried();

    @Override
    @Message("Back to the thank-you list")
    String mailBack();

    // ---- the texts of the thank-you letter and e-mail (thankyou/ThankYouTemplatePages)

    @Override
    @Message("Texts of letter and email")
    String thankYouTemplatesLink();

    @Override
    @Message("Text of the thank-you letter and email")
    String templateTitle();


    @Override
    @Message("Letters and emails in this language use the approved text. A change is a draft until an admin"
            + " approves it. Fields filled in per donor and gift: {fields}. An empty line starts a new"
            + " paragraph.")
    String templateIntro(String fields);

    @Override
    @Message("In use")
    String templateInEffect();

    @Override
    @Message("No approved text yet: the standard text is used.")
    String templateBuiltInInUse();

    @Override
    @Message("Approved by {by} on {at}.")
    String templateApprovedBy(String by, String at);

    @Override
    @Message("Draft")
    String templateDraft();

    @Override
    @Message("No draft.")
    String templateNoDraft();

    @Override
    @Message("Saved by {by} on {at}; not in use yet.")
    String templateDraftBy(String by, String at);

    @Override
    @Message("Approve")
    String templateApprove();

    @Override
    @Message("Subject")
    String templateSubject();

    @Override
    @Message("Text")
    String templateBody();

    @Override
    @Message("Save draft")
    String templateSave();

    @Override
    @Message("Preview")
    String templatePreview();

    @Override
    @Message("Donor number")
    String templatePreviewDonor();

    @Override
    @Message("Show preview")
    String templatePreviewShow();

    @Override
    @Message("{#if draft}The draft{#else}The text in use{/if}, filled in for this donor's latest gift:")
    String templatePreviewOf(boolean draft);

    @Override
    @Message("{#when problem}{#is 'NO_DONOR'}No donor with this number.{#is 'NO_GIFT'}This donor has no gift"
            + " yet.{/when}")
    String templatePreviewProblem(String problem);

    @Override
    @Message("Fill this in.")
    String templateRequired();

    @Override
    @Message("At most {max.number} characters.")
    String templateTooLong(int max);

    @Override
    @Message("Unknown field {field}; possible are: {fields}.")
    String templateUnknownField(String field, String fields);

    @Override
    @Message("The draft was saved. It is in use once an admin approves it.")
    String templateSaved();

    @Override
    @Message("The text was approved and is in use now.")
    String templateApproved();

    @Override
    @Message("Back to the standard text")
    String templateReset();

    @Override
    @Message("The standard text is in use again.")
    String templateResetDone();

    @Override
    @Message("There is no draft to approve.")
    String templateNothingToApprove();
}
