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
    @Message("This statement is still being imported: {done} of {total} transactions of the file booked. The counts "
            + "below grow as it goes.")
    String statementBooking(String done, String total);

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
    @Message("{#when code}{#is 'DOCTYPE'}the file has a DOCTYPE; bank statements have none{#is 'NO_XML'}the file holds no XML document{#is 'NO_STATEMENT'}the file holds no statement (Stmt){#is 'NOT_WELL_FORMED'}the file is not well-formed XML{#if a0} (line {a0}){/if}{#is 'NOT_CAMT053'}the file is not a CAMT.053 statement; expected camt.053.001.02 to camt.053.001.08{#is 'CAMT_VERSION'}{a0} is not supported; camt.053.001.02 to camt.053.001.08 are{#is 'NO_ACCOUNT'}a statement names no account (Acct/Id){#is 'NO_STATEMENT_ID'}a statement has no Id{#is 'NOT_AN_AMOUNT'}an amount in the file is not an amount{#is 'TOO_MANY_DECIMALS'}an amount in the file has more than two decimals{#is 'TOO_MANY_DIGITS'}an amount in the file has more than 13 digits before the decimal point{#is 'NO_BOOKING_DATE'}an entry has no booking date{#is 'NOT_A_DATE'}a date in the file is not a date{#is 'DATE_FORMAT'}the date format is not a date pattern such as dd-MM-yyyy{#is 'MISSING_COLUMNS'}the file has no column {a0}{#is 'ROW_COLUMNS'}row {a0} has {a1} columns, the header {a2}{#is 'ROW_NO_REFERENCE'}row {a0} has no reference{#is 'NO_ROWS'}the file has no rows{#is 'NOT_UTF8'}the file is not UTF-8 text{#is 'NOT_CSV'}the file is not readable CSV{#is 'ROW_NOT_AMOUNT'}row {a0}: the amount is not an amount such as 12.50{#is 'ROW_NOT_DATE'}row {a0}: the date does not match the date format{#is 'NOT_OUR_ACCOUNT'}statement {a0} is of an account that is not the organisation's (crm.bank.accounts){#else}{code}{/when}")
    String refusal(String code, Object a0, Object a1, Object a2);

    @Message("waiting for the donor records (donor-service): matched automatically once it answers")
    String matchWaiting();

    @Override
    @Message("account of more than one donor (joint account): choose the holder")
    String matchJointAccount();

    @Override
    @Message("Suggested donors")
    String suggestedHeading();

    @Override
    @Message("Assign")
    String suggestedAssign();

    @Override
    @Message("{#if count == 1}1 credit waits{#else}{count} credits wait{/if} for the donor records and "
            + "{#if count == 1}is{#else}are{/if} matched automatically once donor-service answers.")
    String waitingForDonorService(long count);

    @Override
    @Message("{#when code}{#is 'JOINT_ACCOUNT'}joint account{#is 'SAME_NAME'}same name{#is "
            + "'SIMILAR_NAME_SAME_CITY'}similar name, same town{#is 'USUAL_AMOUNT'}same amount as their usual "
            + "gift{#else}{code}{/when}")
    String suggestionReason(String code);

    @Override
    @Message("Suggested")
    String suggestedColumn();

    @Override
    @Message("also the other {#if count == 1}waiting credit{#else}{count} waiting credits{/if} of this account")
    String sameAccountToo(long count);

    @Override
    @Message("{#if count == 1}1 credit{#else}{count} credits{/if} booked ({total})")
    String booked(int count, String total);

    @Override
    @Message("New donor from this credit")
    String newDonorFromCredit();

    @Override
    @Message("Opens the form of the donor screens (a new tab), filled in with the credit's name and account number. "
            + "Save the donor there, then choose ‘Search again’ here.")
    String newDonorExplained();

    @Override
    @Message("Search again")
    String searchAgain();

    @Override
    @Message("No donor found for this account or text yet.")
    String searchFoundNobody();

    @Override
    @Message("The donor records do not answer now; nothing was changed. Try again later.")
    String searchUnavailable();
}
