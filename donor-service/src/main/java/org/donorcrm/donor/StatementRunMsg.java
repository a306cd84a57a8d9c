package org.donorcrm.donor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the yearly run of annual gift statements ("Jaaroverzichten {year}": its screen, its job and its zip)
 * and of the donor's "geen jaaroverzicht" flag, in Dutch (English in {@link StatementRunMsgEnglish}); namespace
 * {@code runs}. A bundle of its own, so that {@link Msg} stays well below the size at which Quarkus 3.34 generates a
 * broken resolver.
 */
@MessageBundle(value = "runs", locale = "nl")
public interface StatementRunMsg {

    // ---- the donor form and page

    @Message("Geen jaaroverzicht (de donateur wil geen jaaroverzicht van giften ontvangen)")
    String declinesAnnualStatement();

    @Message("Geen jaaroverzicht")
    String declinesAnnualStatementBadge();

    // ---- the screen of a year's run

    @Message("Jaaroverzichten")
    String jobTitle();

    @Message("Jaaroverzichten {year}")
    String title(int year);

    @Message("Maak het jaaroverzicht van giften {year} van iedere donateur die in {year} gaf en een postadres of "
            + "e-mailadres heeft. Wie geen jaaroverzicht wil en gewiste donateurs slaan we over; teruggeboekte giften "
            + "tellen niet mee. Het maken loopt op de achtergrond; daarna downloadt u alle overzichten als zip-bestand, "
            + "één pdf per donateur.")
    String intro(int year);

    @Message("Jaar")
    String year();

    @Message("Jaaroverzichten {year} maken")
    String start(int year);

    @Message("Ook per e-mail versturen (aan donateurs met een e-mailadres en toestemming voor e-mail; ieder krijgt het "
            + "jaaroverzicht van een jaar één keer per e-mail)")
    String byEmail();

    @Message("Kies of de jaaroverzichten ook per e-mail gaan met het vakje; er is niets gestart.")
    String byEmailInvalid();

    @Message("Andere jaren")
    String otherYears();

    @Message("Eerdere runs van {year}")
    String earlier(int year);

    @Message("Nog geen runs van {year}.")
    String none(int year);

    @Message("Gestart")
    String startedAt();

    @Message("Resultaat")
    String result();

    @Message("Openen")
    String open();

    @Message("De jaaroverzichten {year} worden al gemaakt; ze zijn niet nog een keer gestart.")
    String alreadyRunning(int year);

    @Message("Voortgang volgen")
    String followProgress();

    @Message("Kies een jaar van 2000 tot en met {lastYear}: een jaaroverzicht maken we als het jaar voorbij is.")
    String yearInvalid(int lastYear);

    // ---- a run's result

    @Message("{stored} {#if stored == '1'}jaaroverzicht{#else}jaaroverzichten{/if}, {skipped} overgeslagen (geen adres)")
    String done(String stored, String skipped);

    @Message("{stored} {#if stored == '1'}jaaroverzicht{#else}jaaroverzichten{/if}, waarvan {mailed} per e-mail, "
            + "{skipped} overgeslagen (geen adres)")
    String doneByEmail(String stored, String mailed, String skipped);

    @Message("Het zip-bestand bevat {count} {#if count == '1'}jaaroverzicht{#else}jaaroverzichten{/if}.")
    String zipCount(String count);

    @Message("Download zip")
    String download();

    @Message("Deze run is nog niet klaar; het zip-bestand is er als hij klaar is.")
    String notFinished();

    @Message("Terug naar de jaaroverzichten")
    String back();
}
