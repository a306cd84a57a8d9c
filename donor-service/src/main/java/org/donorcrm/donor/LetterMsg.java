package org.donorcrm.donor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.donorcrm.donor.donor.SalutationForm;

/**
 * The texts of letters to donors: the salutation fields of the donor form and page, and the annual gift statement
 * (its button, its PDF and its summary), in Dutch (English in {@link LetterMsgEnglish}); namespace {@code letter}.
 * A bundle of its own, so that {@link Msg} stays well below the size at which Quarkus 3.34 generates a broken
 * resolver. The statement's PDF is written in the donor's language, not the screen's.
 */
@MessageBundle(value = "letter", locale = "nl")
public interface LetterMsg {

    // ---- salutation (donor form and page)

    @Message("Aanhef")
    String salutationForm();

    @Message("Geen voorkeur (neutraal)")
    String salutationFormNone();

    @Message("{#when form}{#is INFORMAL}Informeel (Beste Anna){#is FORMAL_MALE}Formeel, heer (Geachte heer De Vries)"
            + "{#is FORMAL_FEMALE}Formeel, mevrouw (Geachte mevrouw De Vries)"
            + "{#is NEUTRAL}Neutraal (Beste A. de Vries){/when}")
    String salutationFormOption(SalutationForm form);



    @Message("Kies een aanhef uit de lijst.")
    String salutationFormInvalid();

    @Message("Vul voorletters in zoals A.J.")
    String initialsInvalid();

    @Message("Vul een tussenvoegsel in zoals van der.")
    String infixInvalid();

    @Message("Aanhef in brieven")
    String profileSalutation();

    // ---- annual gift statement

    @Message("Jaaroverzicht {year}")
    String statementButton(int year);

    @Message("Jaaroverzichten van giften")
    String statementButtons();

    @Message("Jaaroverzicht giften {year}")
    String statementTitle(int year);

    @Message("Gecorrigeerd overzicht")
    String statementCorrected();

    @Message("Relatienummer: {number}")
    String statementDonorNumber(String number);

    @Message("Hierbij ontvangt u het overzicht van uw giften in {year}. U kunt het gebruiken voor de aangifte "
            + "inkomstenbelasting (giftenaftrek).")
    String statementIntro(int year);

    @Message("Giften")
    String statementGifts();

    @Message("Periodieke giften (overeenkomst van ten minste vijf jaar)")
    String statementPeriodicGifts();

    @Message("Overeenkomst {number}, looptijd {from} tot en met {to}")
    String statementAgreement(String number, String from, String to);

    @Message("Overeenkomst {number}, vanaf {from}")
    String statementAgreementOpen(String number, String from);

    @Message("Datum")
    String statementDate();

    @Message("Bedrag")
    String statementAmount();

    @Message("Fonds / bestemming")
    String statementFund();

    @Message("Vrij besteedbaar")
    String statementNoFund();

    @Message("Geen giften in {year}.")
    String statementNone(int year);

    @Message("Totaal giften")
    String statementTotalGifts();

    @Message("Totaal periodieke giften")
    String statementTotalPeriodic();

    @Message("Totaal {year}")
    String statementTotal(int year);

    @Message("Dit overzicht is gecorrigeerd: een gift uit {year} is na afloop van het jaar teruggeboekt en telt "
            + "niet meer mee.")
    String statementCorrectionNote(int year);

    @Message("RSIN {rsin}")
    String statementRsin(String rsin);

    @Message("{#if anbi}Wij zijn door de Belastingdienst aangemerkt als algemeen nut beogende instelling (ANBI); "
            + "uw giften aan ons zijn aftrekbaar.{#else}Wij zijn geen ANBI.{/if}")
    String statementAnbi(boolean anbi);

    @Message("Met vriendelijke groet,")
    String statementClosing();

    @Message("Uw jaaroverzicht {year}")
    String statementMailSubject(int year);

    @Message("In de bijlage vindt u het overzicht van uw giften in {year} (pdf). U kunt het gebruiken voor de aangifte "
            + "inkomstenbelasting (giftenaftrek).")
    String statementMailBody(int year);

    @Message("Hartelijk dank voor uw steun.")
    String statementMailThanks();

    // ---- thank-you letter and e-mail (thankyou/ThankYouLetters), in the donor's language

    @Message("Hartelijk dank voor uw gift")
    String thankYouSubject();

    @Message("Hartelijk dank voor uw gift van {amount}, die wij op {date} ontvingen.")
    String thankYouBody(String amount, String date);

    @Message("Uw gift is bestemd voor {fund}.")
    String thankYouFund(String fund);

    @Message("Met uw steun komen wij op voor de rechten van kinderen, in Nederland en daarbuiten. Dank u wel dat u "
            + "dat mogelijk maakt.")
    String thankYouImpact();
}
