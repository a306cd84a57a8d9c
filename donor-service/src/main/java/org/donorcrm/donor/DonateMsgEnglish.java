package org.donorcrm.donor;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The texts of the public donation page and its confirmation e-mail, in English: every text of {@link DonateMsg}. */
@Localized("en")
public interface DonateMsgEnglish extends DonateMsg {

    @Override
    @Message("Become a donor")
    String title();

    @Override
    @Message("Support {name} with a regular gift. You authorise us once; we collect the amount automatically.")
    String intro(String name);

    @Override
    @Message("Nederlands")
    String switchLanguage();

    @Override
    @Message("Paying once online by iDEAL is not available on this page. Here you can only set up a regular gift by "
            + "direct debit.")
    String idealUnavailable();

    @Override
    @Message("Not everything is filled in correctly. See what is wrong at the fields below.")
    String errorSummary();

    @Override
    @Message("Your gift")
    String amountLegend();

    @Override
    @Message("Other amount")
    String otherAmount();

    @Override
    @Message("Other amount in euros (at least {min}, at most {max})")
    String otherAmountLabel(String min, String max);

    @Override
    @Message("How often?")
    String frequencyLegend();

    @Override
    @Message("Every month")
    String monthly();

    @Override
    @Message("Every quarter")
    String quarterly();

    @Override
    @Message("Every year")
    String yearly();

    @Override
    @Message("per month")
    String perMonth();

    @Override
    @Message("per quarter")
    String perQuarter();

    @Override
    @Message("per year")
    String perYear();

    @Override
    @Message("Your details")
    String personLegend();

    @Override
    @Message("Initials")
    String initials();

    @Override
    @Message("First name")
    String firstName();

    @Override
    @Message("Name prefix (tussenvoegsel)")
    String infix();

    @Override
    @Message("Surname")
    String lastName();

    @Override
    @Message("E-mail address")
    String email();

    @Override
    @Message("Phone number (optional)")
    String phone();

    @Override
    @Message("Address (optional)")
    String addressLegend();

    @Override
    @Message("Street")
    String street();

    @Override
    @Message("House number")
    String houseNumber();

    @Override
    @Message("Postcode")
    String postcode();

    @Override
    @Message("Town")
    String city();

    @Override
    @Message("May we keep you informed about our work?")
    String consentLegend();

    @Override
    @Message("Yes, by e-mail")
    String consentEmail();

    @Override
    @Message("Yes, by post")
    String consentPost();

    @Override
    @Message("Yes, by phone")
    String consentPhone();

    @Override
    @Message("It is your choice; ticking nothing is fine too. You can always withdraw your choice.")
    String consentHelp();

    @Override
    @Message("Read our privacy statement")
    String privacyLink();

    @Override
    @Message("Mandate for a recurring SEPA direct debit")
    String mandateLegend();

    @Override
    @Message("IBAN")
    String iban();

    @Override
    @Message("Account holder's name")
    String accountHolder();

    @Override
    @Message("By giving this mandate you authorise {creditorName} (creditor ID {creditorId}) to send recurring "
            + "collection instructions to your bank to debit your account, and your bank to debit your account in "
            + "accordance with the instructions from {creditorName}. If you do not agree with a debit you can have "
            + "it refunded. Contact your bank within 8 weeks of the debit to do so. Ask your bank for its terms.")
    String mandateText(String creditorName, String creditorId);

    @Override
    @Message("I give this mandate")
    String authorise();

    @Override
    @Message("Total: {amount} {per}")
    String total(String amount, String per);

    @Override
    @Message("Become a donor")
    String submit();

    @Override
    @Message("Leave this field empty")
    String honeypot();

    @Override
    @Message("Choose or type an amount.")
    String amountRequired();

    @Override
    @Message("Type an amount such as 12.50.")
    String amountInvalid();

    @Override
    @Message("The amount is at least {min}.")
    String amountTooLow(String min);

    @Override
    @Message("The amount is at most {max}.")
    String amountTooHigh(String max);

    @Override
    @Message("Choose how often you want to give.")
    String frequencyRequired();

    @Override
    @Message("Fill in your surname.")
    String lastNameRequired();

    @Override
    @Message("Fill in your e-mail address.")
    String emailRequired();

    @Override
    @Message("Fill in a valid e-mail address, such as name@example.org.")
    String emailInvalid();

    @Override
    @Message("Fill in a phone number, such as 071 123 45 67, or leave the field empty.")
    String phoneInvalid();

    @Override
    @Message("Fill in your IBAN.")
    String ibanRequired();

    @Override
    @Message("This IBAN is not right. Check the number.")
    String ibanInvalid();

    @Override
    @Message("Fill in the account holder's name.")
    String accountHolderRequired();

    @Override
    @Message("Tick that you give the mandate.")
    String authoriseRequired();

    @Override
    @Message("This field is too long.")
    String tooLong();

    @Override
    @Message("The form has expired. Check your details and send it again.")
    String formExpired();

    @Override
    @Message("Thank you!")
    String thanksTitle();

    @Override
    @Message("We have received your sign-up as a donor.")
    String thanksReceived();

    @Override
    @Message("The reference of your mandate is {reference}.")
    String thanksReference(String reference);

    @Override
    @Message("You will receive a confirmation by e-mail with the details of your mandate and how to stop it.")
    String thanksMail();

    @Override
    @Message("Please wait")
    String limitedTitle();

    @Override
    @Message("This form was sent too often. Please try again in {seconds} seconds.")
    String limitedText(long seconds);

    @Override
    @Message("Back to the form")
    String back();

    @Override
    @Message("Confirmation of your mandate {reference}")
    String mailSubject(String reference);

    @Override
    @Message("""
            Dear {name},

            Thank you for becoming a donor. You have authorised us to collect a recurring SEPA direct debit:

            Mandate reference: {reference}
            Amount: {amount} {per}
            Account: {iban}
            Creditor: {creditorName}
            Creditor ID: {creditorId}
            Date of the mandate: {signatureDate}
            First collection: {firstDate}

            Want to stop? You can at any time: reply to this e-mail or call us, and mention the mandate reference. \
            A debit you do not agree with can be refunded through your bank within 8 weeks.

            Kind regards,
            {creditorName}""")
    String mailBody(String name, String reference, String amount, String per, String iban, String creditorName,
                    String creditorId, String signatureDate, String firstDate);
}
