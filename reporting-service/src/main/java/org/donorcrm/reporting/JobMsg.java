package org.donorcrm.reporting;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of this service's background jobs (month close, export, rebuild) and of the buttons that start them, in
 * Dutch (the default; English in {@link JobMsgEnglish}): a bundle of its own, since {@link Msg} is near the size at
 * which Quarkus generates a broken bundle class. Templates write {@code {jobmsg:key}}; a job's handler takes its
 * texts in the language the job was started in ({@link JobLanguage#bundle}).
 */
@MessageBundle(value = "jobmsg", locale = "nl")
public interface JobMsg {

    // Month close
    @Message("Maand afsluiten")
    String closeJobTitle();

    @Message("{year}-{month} is afgesloten door {user}.")
    String closeJobDone(int year, int month, String user);


    // Exports of long tables
    @Message("Bestand exporteren")
    String exportJobTitle();

    @Message("{file} is klaar: {rows.number} {#if rows == 1}regel{#else}regels{/if}. Te downloaden tot 7 dagen na vandaag.")
    String exportJobDone(String file, int rows);

    @Message("Het bestand wordt op de achtergrond gemaakt; de pagina van de taak toont hoe ver het is en geeft daarna de download.")
    String exportInBackground();


    // Rebuild
    @Message("{events.number} gebeurtenissen opnieuw afgespeeld ({unreadable.number} onleesbaar, overgeslagen) in {seconds} s: {perSecond.number} gebeurtenissen per seconde.")
    String rebuildJobDone(long events, long unreadable, String seconds, long perSecond);
}
