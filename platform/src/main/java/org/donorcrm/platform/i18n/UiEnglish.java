package org.donorcrm.platform.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The platform's texts in English: every text of {@link Ui}. */
@Localized("en")
public interface UiEnglish extends Ui {

    @Override
    @Message("Donor CRM")
    String productName();

    @Override
    @Message("Sign out")
    String signOut();

    @Override
    @Message("Sections")
    String sections();

    @Override
    @Message("This section")
    String section();

    @Override
    @Message("Nederlands")
    String switchLanguage();

    @Override
    @Message("Donors")
    String navDonors();

    @Override
    @Message("Gifts")
    String navGifts();

    @Override
    @Message("Campaigns")
    String navCampaigns();

    @Override
    @Message("Figures")
    String navFigures();

    @Override
    @Message("not an amount; write for example 1.234,56 or 25,00")
    String amountInvalid();

    @Override
    @Message("can be read two ways; write 1234 or 1.234,00 for one thousand two hundred and thirty-four euros, or 1,23 with two decimals")
    String amountAmbiguous();

    @Override
    @Message("a date is needed")
    String dateRequired();

    @Override
    @Message("not a date; write for example 07-12-2026")
    String dateInvalid();

    @Override
    @Message("not a whole number; write for example 12")
    String wholeNumberInvalid();

    @Override
    @Message("please fill this in")
    String fieldRequired();

    @Override
    @Message("{#if min > 0}{min} to {max} characters{#else}at most {max} characters{/if}")
    String fieldSize(int min, int max);

    @Override
    @Message("must be at least {value}")
    String fieldAtLeast(String value);

    @Override
    @Message("may be at most {value}")
    String fieldAtMost(String value);

    @Override
    @Message("must be more than 0")
    String fieldPositive();

    @Override
    @Message("may not be negative")
    String fieldNotNegative();

    @Override
    @Message("not a valid e-mail address")
    String fieldEmail();

    @Override
    @Message("does not have the right form")
    String fieldPattern();

    @Override
    @Message("at most {integer} digits before and {fraction} after the decimal point")
    String fieldDigits(int integer, int fraction);

    @Override
    @Message("not a valid IBAN (country code, check digits or length)")
    String fieldIban();

    @Override
    @Message("Your jobs")
    String jobsYours();

    @Override
    @Message("All your jobs")
    String jobsAll();

    @Override
    @Message("Job")
    String jobsJob();

    @Override
    @Message("For")
    String jobsFor();

    @Override
    @Message("Done")
    String jobsDoneColumn();

    @Override
    @Message("Started")
    String jobsStarted();

    @Override
    @Message("No jobs yet.")
    String jobsNone();

    @Override
    @Message("Status")
    String jobStatus();

    @Override
    @Message("queued")
    String jobQueued();

    @Override
    @Message("running")
    String jobRunning();

    @Override
    @Message("done")
    String jobSucceeded();

    @Override
    @Message("failed")
    String jobFailed();

    @Override
    @Message("Progress")
    String jobProgress();

    @Override
    @Message("started by {user}")
    String jobStartedBy(String user);

    @Override
    @Message("{seconds} s")
    String jobElapsed(long seconds);

    @Override
    @Message("resumed {times}×")
    String jobResumed(int times);

    @Override
    @Message("{done} done")
    String jobDone(String done);

    @Override
    @Message("{done} of {total} done")
    String jobDoneOf(String done, String total);

    @Override
    @Message("Open the result")
    String jobOpenResult();

    @Override
    @Message("No access")
    String errorTitle403();

    @Override
    @Message("Your role does not give access to this page.")
    String errorText403();

    @Override
    @Message("Page not found")
    String errorTitle404();

    @Override
    @Message("This page does not exist (any more). Check the address or go back.")
    String errorText404();

    @Override
    @Message("Something went wrong")
    String errorTitle500();

    @Override
    @Message("Something went wrong on our side; nothing was changed. Please try again later.")
    String errorText500();

    @Override
    @Message("This did not work")
    String errorTitleOther();

    @Override
    @Message("Back to the previous page")
    String errorBack();

    @Override
    @Message("To the start page")
    String errorHome();

    @Override
    @Message("Type part of the name, e-mail address, postcode, city or donor number and choose.")
    String donorSearchHint();

    @Override
    @Message("Donors cannot be searched right now; please try again in a moment.")
    String donorSearchUnavailable();

    @Override
    @Message("No donor found with ‘{typed}’.")
    String donorSearchNone(String typed);

    @Override
    @Message("Choose the donor")
    String donorSearchChoose();

    @Override
    @Message("There are more; type more to see fewer.")
    String donorSearchMore();

    @Override
    @Message("— none —")
    String donorNone();

    @Override
    @Message("no. {number}")
    String donorNumber(Long number);

    @Override
    @Message("no. {number} · {#when kind}{#is 'INDIVIDUAL'}individual{#is 'COMPANY'}company{#is 'FOUNDATION'}foundation{#is 'GOVERNMENT'}government{#is 'EU_INSTITUTION'}EU institution{#is 'LOTTERY'}lottery{#is 'AFFILIATED_NONPROFIT'}affiliated non-profit{#is 'OTHER_NONPROFIT'}other non-profit{#else}{kind ?: ''}{/when}")
    String donorReference(Long number, String kind);

    @Override
    @Message("the donor")
    String donorUnknown();
}
