package org.donorcrm.platform.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the platform's own screens (top bar, error pages, job pages, a form's reasons): Dutch here, the
 * default; English in {@code messages/ui_en.properties}. Templates write {@code {ui:signOut}}, or
 * {@code {ui:message(key)}} when the key is data (a section of the top bar); Java code takes them from
 * {@link Texts#ui()}.
 */
@MessageBundle(value = "ui", locale = "nl")
public interface Ui {

    @Message("Donor CRM")
    String productName();

    @Message("Afmelden")
    String signOut();

    @Message("Onderdelen")
    String sections();

    @Message("Dit onderdeel")
    String section();

    @Message("English")
    String switchLanguage();

    @Message("Donateurs")
    String navDonors();

    @Message("Giften")
    String navGifts();

    @Message("Campagnes")
    String navCampaigns();

    @Message("Cijfers")
    String navFigures();

    @Message("geen bedrag; schrijf bijvoorbeeld 1.234,56 of 25,00")
    String amountInvalid();

    @Message("kan op twee manieren gelezen worden; schrijf 1234 of 1.234,00 voor duizend tweehonderdvierendertig euro, of 1,23 met twee decimalen")
    String amountAmbiguous();

    @Message("een datum is nodig")
    String dateRequired();

    @Message("geen datum; schrijf bijvoorbeeld 07-12-2026")
    String dateInvalid();

    @Message("geen heel getal; schrijf bijvoorbeeld 12")
    String wholeNumberInvalid();

    // The standard checks of a form's fields (bean validation), as a person reads them
    @Message("vul dit in")
    String fieldRequired();

    @Message("{#if min > 0}{min} tot {max} tekens{#else}hoogstens {max} tekens{/if}")
    String fieldSize(int min, int max);

    @Message("moet minstens {value} zijn")
    String fieldAtLeast(String value);

    @Message("mag hoogstens {value} zijn")
    String fieldAtMost(String value);

    @Message("moet groter dan 0 zijn")
    String fieldPositive();

    @Message("mag niet negatief zijn")
    String fieldNotNegative();

    @Message("geen geldig e-mailadres")
    String fieldEmail();

    @Message("heeft niet de juiste vorm")
    String fieldPattern();

    @Message("hoogstens {integer} cijfers voor en {fraction} na de komma")
    String fieldDigits(int integer, int fraction);

    @Message("geen geldig IBAN (landcode, controlegetal of lengte klopt niet)")
    String fieldIban();

    @Message("Uw taken")
    String jobsYours();

    @Message("Al uw taken")
    String jobsAll();

    @Message("Taak")
    String jobsJob();

    @Message("Voor")
    String jobsFor();

    @Message("Gedaan")
    String jobsDoneColumn();

    @Message("Gestart")
    String jobsStarted();

    @Message("Nog geen taken.")
    String jobsNone();

    @Message("Status")
    String jobStatus();

    @Message("in de wachtrij")
    String jobQueued();

    @Message("bezig")
    String jobRunning();

    @Message("klaar")
    String jobSucceeded();

    @Message("mislukt")
    String jobFailed();

    @Message("Voortgang")
    String jobProgress();

    @Message("gestart door {user}")
    String jobStartedBy(String user);

    @Message("{seconds} s")
    String jobElapsed(long seconds);

    @Message("{times}× hervat")
    String jobResumed(int times);

    @Message("{done} gedaan")
    String jobDone(String done);

    @Message("{done} van {total} gedaan")
    String jobDoneOf(String done, String total);

    @Message("Bekijk het resultaat")
    String jobOpenResult();

    @Message("Geen toegang")
    String errorTitle403();

    @Message("Uw rol geeft geen toegang tot deze pagina.")
    String errorText403();

    @Message("Pagina niet gevonden")
    String errorTitle404();

    @Message("Deze pagina bestaat niet (meer). Controleer het adres of ga terug.")
    String errorText404();

    @Message("Er ging iets mis")
    String errorTitle500();

    @Message("Er ging bij ons iets mis; er is niets gewijzigd. Probeer het later nog eens.")
    String errorText500();

    @Message("Dit lukte niet")
    String errorTitleOther();

    @Message("Terug naar de vorige pagina")
    String errorBack();

    @Message("Naar de startpagina")
    String errorHome();

    // Donors on the screens of the other services (platform donors/)
    @Message("Typ een deel van de naam, het e-mailadres, de postcode, de woonplaats of het relatienummer en kies.")
    String donorSearchHint();

    @Message("De donateurs kunnen nu niet worden gezocht; probeer het zo nog eens.")
    String donorSearchUnavailable();

    @Message("Geen donateur gevonden met ‘{typed}’.")
    String donorSearchNone(String typed);

    @Message("Kies de donateur")
    String donorSearchChoose();

    @Message("Er zijn er meer; typ meer om er minder te zien.")
    String donorSearchMore();

    @Message("— geen —")
    String donorNone();

    @Message("nr. {number}")
    String donorNumber(Long number);

    @Message("nr. {number} · {#when kind}{#is 'INDIVIDUAL'}particulier{#is 'COMPANY'}bedrijf{#is 'FOUNDATION'}vermogensfonds{#is 'GOVERNMENT'}overheid{#is 'EU_INSTITUTION'}EU-instelling{#is 'LOTTERY'}loterij{#is 'AFFILIATED_NONPROFIT'}verbonden organisatie{#is 'OTHER_NONPROFIT'}andere organisatie zonder winststreven{#else}{kind ?: ''}{/when}")
    String donorReference(Long number, String kind);

    @Message("de donateur")
    String donorUnknown();
}
