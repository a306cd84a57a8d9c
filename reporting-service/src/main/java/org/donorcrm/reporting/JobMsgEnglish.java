package org.donorcrm.reporting;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The texts of this service's background jobs in English: every text of {@link JobMsg}. */
@Localized("en")
public interface JobMsgEnglish extends JobMsg {

    @Override
    @Message("Month close")
    String closeJobTitle();

    @Override
    @Message("{year}-{month} is closed, by {user}.")
    String closeJobDone(int year, int month, String user);

    @Override
    @Message("File export")
    String exportJobTitle();

    @Override
    @Message("{file} is ready: {rows.number} {#if rows == 1}row{#else}rows{/if}. It can be downloaded for 7 days.")
    String exportJobDone(String file, int rows);

    @Override
    @Message("The file is made in the background; the job's page shows how far it is and then gives the download.")
    String exportInBackground();

    @Override
    @Message("Replayed {events.number} events ({unreadable.number} unreadable, skipped) in {seconds} s: {perSecond.number} events/s.")
    String rebuildJobDone(long events, long unreadable, String seconds, long perSecond);
}
