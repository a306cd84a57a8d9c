package org.donorcrm.donor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the public donation page ({@code /geven/...}), its thank-you page and the mandate's confirmation
 * e-mail, in Dutch (English in {@link DonateMsgEnglish}); namespace {@code donate}. A bundle of its own, so that
 * {@link Msg} stays well below the size at which Quarkus 3.34 generates a broken resolver.
 */
@MessageBundle(value = "donate", locale = "nl")
public interface DonateMsg {

    // ---- the page

    @Message("Word donateur")
    String title();

    @Message("Steun {name} met een vaste gift. U machtigt ons eenmalig; wij schrijven het bedrag automatisch af.")
    String intro(String name);

    @Message("English")
    String switchLanguage();

    @Message("Eenmalig online betalen met iDEAL is op deze pagina niet beschikbaar. Hier regelt u alleen een vaste "
            + "gift via automatische incasso.")
    String idealUnavailable();

    @Message("Niet alles is goed ingevuld. Kijk bij de velden hieronder wat er mis is.")
    String errorSummary();

    @Message("Uw gift")
    String amountLegend();

    @Message("Ander bedrag")
    String otherAmount();

    @Message("Ander bedrag in euro (minimaal {min}, maximaal {max})")
    String otherAmountLabel(String min, String max);

    @Message("Hoe vaak?")
    String frequencyLegend();

    @Message("Per maand")
    String monthly();

    @Message("Per kwartaal")
    String quarterly();

    @Message("Per jaar")
    String yearly();

    @Message("per maand")
    String perMonth();

    @Message("per kwartaal")
    String perQuarter();

    @Message("per jaar")
    String perYear();

    @Message("Uw gegevens")
    String personLegend();

    @Message("Voorletters")
    String initials();

    @Message("Voornaam")
    String firstName();

    @Message("Tussenvoegsel")
    String infix();

    @Message("Achternaam")
    String lastName();

    @Message("E-mailadres")
    String email();

    @Message("Telefoonnummer (niet verplicht)")
    String phone();

    @Message("Adres (niet verplicht)")
    String addressLegend();

    @Message("Straat")
    String street();

    @Message("Huisnummer")
    String houseNumber();

    @Message("Postcode")
    String postcode();

    @Message("Plaats")
    String city();

    @Message("Mogen we u op de hoogte houden van ons werk?")
    String consentLegend();

    @Message("Ja, per e-mail")
    String consentEmail();

    @Message("Ja, per post")
    String consentPost();

    @Message("Ja, per telefoon")
    String consentPhone();

    @Message("U kiest zelf; niets aanvinken mag ook. U kunt uw keuze altijd weer intrekken.")
    String consentHelp();

    @Message("Lees onze privacyverklaring")
    String privacyLink();

    @Message("Machtiging voor doorlopende SEPA-incasso")
    String mandateLegend();

    @Message("IBAN")
    String iban();

    @Message("Naam rekeninghouder")
    String accountHolder();

    @Message("Door deze machtiging te geven geeft u toestemming aan {creditorName} (incassant-ID {creditorId}) om "
            + "doorlopende incasso-opdrachten te sturen naar uw bank om een bedrag van uw rekening af te schrijven, en "
            + "aan uw bank om doorlopend een bedrag van uw rekening af te schrijven overeenkomstig de opdracht van "
            + "{creditorName}. Als u het niet eens bent met deze afschrijving kunt u deze laten terugboeken. Neem "
            + "hiervoor binnen 8 weken na afschrijving contact op met uw bank. Vraag uw bank naar de voorwaarden.")
    String mandateText(String creditorName, String creditorId);

    @Message("Ik geef deze machtiging")
    String authorise();

    @Message("Totaal: {amount} {per}")
    String total(String amount, String per);

    @Message("Word donateur")
    String submit();

    @Message("Laat dit veld leeg")
    String honeypot();

    // ---- the reasons a field is refused

    @Message("Kies of typ een bedrag.")
    String amountRequired();

    @Message("Typ een bedrag zoals 12,50.")
    String amountInvalid();

    @Message("Het bedrag is minimaal {min}.")
    String amountTooLow(String min);

    @Message("Het bedrag is maximaal {max}.")
    String amountTooHigh(String max);

    @Message("Kies hoe vaak u wilt geven.")
    String frequencyRequired();

    @Message("Vul uw achternaam in.")
    String lastNameRequired();

    @Message("Vul uw e-mailadres in.")
    String emailRequired();

    @Message("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")
    String emailInvalid();

    @Message("Vul een telefoonnummer in, zoals 071 123 45 67, of laat het veld leeg.")
    String phoneInvalid();

    @Message("Vul uw IBAN in.")
    String ibanRequired();

    @Message("Dit IBAN klopt niet. Controleer het nummer.")
    String ibanInvalid();

    @Message("Vul de naam van de rekeninghouder in.")
    String accountHolderRequired();

    @Message("Vink aan dat u de machtiging geeft.")
    String authoriseRequired();

    @Message("Dit veld is te lang.")
    String tooLong();

    @Message("Het formulier is verlopen. Controleer uw gegevens en verstuur het opnieuw.")
    String formExpired();

    // ---- after sending

    @Message("Dank u wel!")
    String thanksTitle();

    @Message("We hebben uw aanmelding als donateur ontvangen.")
    String thanksReceived();

    @Message("Het kenmerk van uw machtiging is {reference}.")
    String thanksReference(String reference);

    @Message("U ontvangt een bevestiging per e-mail met de gegevens van uw machtiging en hoe u die kunt stoppen.")
    String thanksMail();

    @Message("Even geduld")
    String limitedTitle();

    @Message("Dit formulier is te vaak verstuurd. Probeer het over {seconds} seconden opnieuw.")
    String limitedText(long seconds);

    @Message("Terug naar het formulier")
    String back();

    // ---- the confirmation e-mail

    @Message("Bevestiging van uw machtiging {reference}")
    String mailSubject(String reference);

    @Message("""
            Beste {name},

            Hartelijk dank dat u donateur wordt. U heeft ons gemachtigd voor een doorlopende SEPA-incasso:

            Kenmerk machtiging: {reference}
            Bedrag: {amount} {per}
            Rekening: {iban}
            Incassant: {creditorName}
            Incassant-ID: {creditorId}
            Datum machtiging: {signatureDate}
            Eerste afschrijving: {firstDate}

            Wilt u stoppen? Dat kan altijd: beantwoord deze e-mail of bel ons, en noem het kenmerk van de machtiging. \
            Een afschrijving waarmee u het niet eens bent, laat u binnen 8 weken terugboeken via uw bank.

            Met vriendelijke groet,
            {creditorName}""")
    String mailBody(String name, String reference, String amount, String per, String iban, String creditorName,
                    String creditorId, String signatureDate, String firstDate);
}
