package org.donorcrm.donor;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import org.donorcrm.donor.donor.SalutationForm;

/** The texts of letters to donors, in English: every text of {@link LetterMsg}. */
@Localized("en")
public interface LetterMsgEnglish extends LetterMsg {

    @Override
    @Message("Salutation")
    String salutationForm();

    @Override
    @Message("No preference (neutral)")
    String salutationFormNone();

    @Override
    @Message("{#when form}{#is INFORMAL}Informal (Dear Anna){#is FORMAL_MALE}Formal, Mr (Dear Mr De Vries)"
            + "{#is FORMAL_FEMALE}Formal, Ms (Dear Ms De Vries)"
            + "{#is NEUTRAL}Neutral (Dear A. de Vries){/when}")
    String salutationFormOption(SalutationForm form);



    @Override
    @Message("Choose a salutation from the list.")
    String salutationFormInvalid();

    @Override
    @Message("Enter initials such as A.J.")
    String initialsInvalid();

    @Override
    @Message("Enter a name prefix such as van der.")
    String infixInvalid();

    @Override
    @Message("Salutation in letters")
    String profileSalutation();

    @Override
    @Message("Annual statement {year}")
    String statementButton(int year);

    @Override
    @Message("Annual gift statements")
    String statementButtons();

    @Override
    @Message("Annual gift statement {year}")
    String statementTitle(int year);

    @Override
    @Message("Corrected statement")
    String statementCorrected();

    @Override
    @Message("Donor number: {number}")
    String statementDonorNumber(String number);

    @Override
    @Message("Please find below the statement of your gifts in {year}. You may use it for your income tax return "
            + "(deduction of gifts).")
    String statementIntro(int year);

    @Override
    @Message("Gifts")
    String statementGifts();

    @Override
    @Message("Periodic gifts (agreement of at least five years)")
    String statementPeriodicGifts();

    @Override
    @Message("Agreement {number}, term {from} to {to}")
    String statementAgreement(String number, String from, String to);

    @Override
    @Message("Agreement {number}, from {from}")
    String statementAgreementOpen(String number, String from);

    @Override
    @Message("Date")
    String statementDate();

    @Override
    @Message("Amount")
    String statementAmount();

    @Override
    @Message("Fund / earmark")
    String statementFund();

    @Override
    @Message("Unearmarked")
    String statementNoFund();

    @Override
    @Message("No gifts in {year}.")
    String statementNone(int year);

    @Override
    @Message("Total gifts")
    String statementTotalGifts();

    @Override
    @Message("Total periodic gifts")
    String statementTotalPeriodic();

    @Override
    @Message("Total {year}")
    String statementTotal(int year);

    @Override
    @Message("This statement has been corrected: a gift of {year} was reversed after the year ended and no longer "
            + "counts.")
    String statementCorrectionNote(int year);

    @Override
    @Message("RSIN {rsin}")
    String statementRsin(String rsin);

    @Override
    @Message("{#if anbi}The Dutch Tax Administration has designated us a public benefit organisation (ANBI); your "
            + "gifts to us are tax-deductible.{#else}We are not an ANBI.{/if}")
    String statementAnbi(boolean anbi);

    @Override
    @Message("Kind regards,")
    String statementClosing();

    @Override
    @Message("Your annual statement {year}")
    String statementMailSubject(int year);

    @Override
    @Message("Attached you find the statement of your gifts in {year} (PDF). You can use it for your Dutch income tax "
            + "return (giftenaftrek).")
    String statementMailBody(int year);

    @Override
    @Message("Thank you for your support.")
    String statementMailThanks();

    @Override
    @Message("Thank you for your gift")
    String thankYouSubject();

    @Override
    @Message("Thank you very much for your gift of {amount}, which we received on {date}.")
    String thankYouBody(String amount, String date);

    @Override
    @Message("Your gift goes to {fund}.")
    String thankYouFund(String fund);

    @Override
    @Message("With your support we stand up for the rights of children, in the Netherlands and beyond. Thank you for "
            + "making that possible.")
    String thankYouImpact();
}
