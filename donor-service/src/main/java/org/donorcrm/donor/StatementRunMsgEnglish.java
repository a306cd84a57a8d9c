package org.donorcrm.donor;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The texts of the yearly run of annual gift statements, in English: every text of {@link StatementRunMsg}. */
@Localized("en")
public interface StatementRunMsgEnglish extends StatementRunMsg {

    @Override
    @Message("No annual statement (the donor does not want to receive an annual gift statement)")
    String declinesAnnualStatement();

    @Override
    @Message("No annual statement")
    String declinesAnnualStatementBadge();

    @Override
    @Message("Annual statements")
    String jobTitle();

    @Override
    @Message("Annual statements {year}")
    String title(int year);

    @Override
    @Message("Make the annual gift statement {year} of every donor who gave in {year} and has a postal address or an "
            + "e-mail address. Donors who do not want one and erased donors are left out; reversed gifts do not "
            + "count. It runs in the background; then you download all statements as a zip file, one PDF per donor.")
    String intro(int year);

    @Override
    @Message("Year")
    String year();

    @Override
    @Message("Make the annual statements {year}")
    String start(int year);

    @Override
    @Message("Also send by e-mail (to donors with an e-mail address and consent for e-mail; each gets the "
            + "statement of a year by e-mail once)")
    String byEmail();

    @Override
    @Message("Use the box to choose whether the statements also go by e-mail; nothing was started.")
    String byEmailInvalid();

    @Override
    @Message("Other years")
    String otherYears();

    @Override
    @Message("Earlier runs of {year}")
    String earlier(int year);

    @Override
    @Message("No runs of {year} yet.")
    String none(int year);

    @Override
    @Message("Started")
    String startedAt();

    @Override
    @Message("Result")
    String result();

    @Override
    @Message("Open")
    String open();

    @Override
    @Message("The annual statements {year} are being made already; they were not started again.")
    String alreadyRunning(int year);

    @Override
    @Message("Follow the progress")
    String followProgress();

    @Override
    @Message("Choose a year from 2000 to {lastYear}: an annual statement is made once the year has ended.")
    String yearInvalid(int lastYear);

    @Override
    @Message("{stored} annual {#if stored == '1'}statement{#else}statements{/if}, {skipped} skipped (no address)")
    String done(String stored, String skipped);

    @Override
    @Message("{stored} annual {#if stored == '1'}statement{#else}statements{/if}, of which {mailed} by e-mail, "
            + "{skipped} skipped (no address)")
    String doneByEmail(String stored, String mailed, String skipped);

    @Override
    @Message("The zip file holds {count} annual {#if count == '1'}statement{#else}statements{/if}.")
    String zipCount(String count);

    @Override
    @Message("Download zip")
    String download();

    @Override
    @Message("This run has not finished; the zip file is there once it has.")
    String notFinished();

    @Override
    @Message("Back to the annual statements")
    String back();
}
