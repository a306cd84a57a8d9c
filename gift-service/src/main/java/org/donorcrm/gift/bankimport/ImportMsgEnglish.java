package org.donorcrm.gift.bankimport;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The texts of the bank import's job and of choosing a donor in the review queue, in English: every text of {@link ImportMsg}. */
@Localized("en")
public interface ImportMsgEnglish extends ImportMsg {

    @Override
    @Message("Import bank statement")
    String importJobTitle();

    @Override
    @Message("Imported: {#if statements == 1}1 statement{#else}{statementCount} statements{/if} with {credits} "
            + "{#if creditCount == 1}credit{#else}credits{/if} ({creditTotal}), of which {booked} booked as gifts and "
            + "{review} to review.")
    String importSummary(int statements, String statementCount, String credits, long creditCount, String creditTotal,
                         String booked, String review);

    @Override
    @Message("This file had been imported before: nothing was added.")
    String importAgain();



    @Override
    @Message("The file was refused, nothing was imported: {reason}")
    String importRefused(String reason);

    @Override
    @Message("The import failed ({what}), nothing was imported. Upload the file again.")
    String importFailed(String what);

    @Override
    @Message("The uploaded file is no longer there; upload it again.")
    String importUploadGone();

    @Override
    @Message("This file is being imported already; it was not started again. Its progress is below under "
            + "‘Being imported’.")
    String importAlreadyRunning();

    @Override
    @Message("The file is imported in the background; a page with its progress opens next.")
    String importInBackground();

    @Override
    @Message("Being imported")
    String importRunning();

    @Override
    @Message("Follow progress")
    String importFollow();

    @Override
    @Message("in the donor screens (a new tab), then search for the donor above.")
    String assignThenSearch();

    @Override
    @Message("choose the donor")
    String assignChooseDonor();

    @Override
    @Message("the file")
    String importFile();

    @Override
    @Message("waiting for the donor records (donor-service): matched automatically once it answers")
    String matchWaiting();

    @Override
    @Message("account of more than one donor (joint account): choose the holder")
    String matchJointAccount();

    @Override
    @Message("Suggested donors (holders of the account)")
    String suggestedHeading();

    @Override
    @Message("Book to this donor")
    String suggestedAssign();

    @Override
    @Message("{#if count == 1}1 credit waits{#else}{count} credits wait{/if} for the donor records and "
            + "{#if count == 1}is{#else}are{/if} matched automatically once donor-service answers.")
    String waitingForDonorService(long count);
}
