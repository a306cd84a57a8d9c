package org.donorcrm.reporting;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** This service's texts in English: every text of {@link Msg}. */
@Localized("en")
public interface MsgEnglish extends Msg {

    // Navigation
    @Override
    @Message("LYBUNT")
    String navLybunt();

    @Override
    @Message("SYBUNT")
    String navSybunt();

    @Override
    @Message("Campaign results")
    String navCampaignResults();

    @Override
    @Message("Reserve")
    String navReserve();

    @Override
    @Message("Budget")
    String navBudget();

    @Override
    @Message("Closes")
    String navCloses();

    @Override
    @Message("Dead letters")
    String navDeadLetters();

    @Override
    @Message("Rebuild")
    String navRebuild();


    // Tables of every screen (templates/tags/datatable) and their exports
    @Override
    @Message("Nothing in this period.")
    String tableNothing();

    @Override
    @Message("yes")
    String tableYes();

    @Override
    @Message("no")
    String tableNo();

    @Override
    @Message("Total")
    String tableTotal();

    @Override
    @Message("{#when code}{#is 'UNEARMARKED'}unearmarked{#is 'PROGRAMME'}semi-earmarked (programme){#is 'PROJECT'}earmarked (project){#else}{code}{/when}")
    String earmarkClass(String code);

    @Override
    @Message("{#when code}{#is 'INDIVIDUALS'}individuals{#is 'COMPANIES'}companies{#is 'LOTTERY_ORGANISATIONS'}lottery organisations{#is 'GOVERNMENT_GRANTS'}government grants{#is 'AFFILIATED_NONPROFITS'}affiliated non-profits{#is 'OTHER_NONPROFITS'}other non-profits{#else}{code}{/when}")
    String incomeCategory(String code);

    @Override
    @Message("{#when code}{#is 'INDIVIDUAL'}individual{#is 'COMPANY'}company{#is 'FOUNDATION'}foundation{#is 'GOVERNMENT'}government{#is 'EU_INSTITUTION'}EU institution{#is 'LOTTERY'}lottery{#is 'AFFILIATED_NONPROFIT'}affiliated non-profit{#is 'OTHER_NONPROFIT'}other non-profit{#is 'UNKNOWN'}not known yet{#else}{code}{/when}")
    String donorKind(String code);

    @Override
    @Message("{#when code}{#is 'RECORDED'}recorded{#is 'REVERSED'}reversed{#is 'REALLOCATED_OUT'}re-earmarked (out){#is 'REALLOCATED_IN'}re-earmarked (in){#else}{code}{/when}")
    String movement(String code);

    @Override
    @Message("{#when code}{#is 'CAMPAIGN'}campaign{#is 'APPEAL'}appeal{#is 'UNKNOWN'}unknown{#else}{code}{/when}")
    String campaignType(String code);

    @Override
    @Message("{#when code}{#is 'LETTER'}letter{#is 'EMAIL'}email{#is 'ONLINE'}online{#is 'EVENT'}event{#is 'TELEMARKETING'}telemarketing{#else}{code}{/when}")
    String appealChannel(String code);


    // Allocations behind a figure (drill-down)
    @Override
    @Message("Allocations behind the figure")
    String allocationsHeading();

    @Override
    @Message("Allocations {from} – {to}: {total.number} {#if total == 1}row{#else}rows{/if}, sum {sum}")
    String allocationsTitle(String from, String to, long total, String sum);

    @Override
    @Message("Income date")
    String allocationsIncomeDate();

    @Override
    @Message("Movement")
    String allocationsMovement();

    @Override
    @Message("Donor")
    String allocationsDonor();

    @Override
    @Message("Kind")
    String allocationsKind();

    @Override
    @Message("Income category")
    String allocationsIncomeCategory();

    @Override
    @Message("Earmark class")
    String allocationsEarmarkClass();

    @Override
    @Message("Fund")
    String allocationsFund();

    @Override
    @Message("Amount")
    String allocationsAmount();

    @Override
    @Message("Gift")
    String allocationsGift();

    @Override
    @Message("Donor names are personal data and are not shown for your role; you see the donor number and kind.")
    String namesNotShown();

    @Override
    @Message("Donor names could not be fetched from donor-service just now; the links lead to the donors' pages.")
    String namesNotFetched();

    @Override
    @Message("the donor")
    String donorUnnamed();

    @Override
    @Message("no. {number} · {msg:donorKind(kind)}")
    String donorReference(Long number, String kind);


    // LYBUNT and SYBUNT lists
    @Override
    @Message("LYBUNT: gave last year, not yet this year")
    String lapsedLybuntHeading();

    @Override
    @Message("SYBUNT: gave some year before last, not since")
    String lapsedSybuntHeading();

    @Override
    @Message("{list} as of {asOf}: {total.number} {#if total == 1}donor{#else}donors{/if}")
    String lapsedTitle(String list, String asOf, long total);

    @Override
    @Message("Donor")
    String lapsedDonor();

    @Override
    @Message("Last year with net giving")
    String lapsedLastYear();

    @Override
    @Message("Net amount that year")
    String lapsedLastAmount();

    @Override
    @Message("Pages of the list")
    String lapsedPages();

    @Override
    @Message("Donors {first}–{last} of {total}")
    String lapsedPaging(String first, String last, String total);

    @Override
    @Message("Previous")
    String lapsedPrevious();

    @Override
    @Message("Next")
    String lapsedNext();


    // Campaign results
    @Override
    @Message("Campaign results")
    String campaignsHeading();

    @Override
    @Message("Campaign results {from} – {to}")
    String campaignsTitle(String from, String to);

    @Override
    @Message("Code")
    String campaignsCode();

    @Override
    @Message("Name")
    String campaignsName();

    @Override
    @Message("Type")
    String campaignsType();

    @Override
    @Message("Channel")
    String campaignsChannel();

    @Override
    @Message("Goal")
    String campaignsGoal();

    @Override
    @Message("Raised")
    String campaignsRaised();

    @Override
    @Message("Goal reached %")
    String campaignsGoalReached();

    @Override
    @Message("Gifts")
    String campaignsGifts();

    @Override
    @Message("Donors")
    String campaignsDonors();

    @Override
    @Message("Cost per euro raised")
    String campaignsCostPerEuro();


    // Continuity reserve
    @Override
    @Message("Continuity reserve")
    String reserveHeading();

    @Override
    @Message("Continuity reserve {from} – {to}")
    String reserveTitle(String from, String to);

    @Override
    @Message("Continuity reserve {from} – {to} (missing: {missing})")
    String reserveTitleMissing(String from, String to, String missing);

    @Override
    @Message("Item")
    String reserveItem();

    @Override
    @Message("Amount")
    String reserveAmount();

    @Override
    @Message("Opening balance (audited closing {year})")
    String reserveOpening(int year);

    @Override
    @Message("Planned addition (+) or withdrawal (−)")
    String reservePlannedAddition();

    @Override
    @Message("Unearmarked income to date")
    String reserveUnearmarkedIncome();

    @Override
    @Message("Unearmarked budget to date")
    String reserveUnearmarkedBudget();

    @Override
    @Message("Werkorganisatie cost to date")
    String reserveWerkorganisatieCost();

    @Override
    @Message("Werkorganisatie budget to date")
    String reserveWerkorganisatieBudget();

    @Override
    @Message("Projected closing balance")
    String reserveProjectedClosing();

    @Override
    @Message("Plan path at the end of the year")
    String reservePlanPath();

    @Override
    @Message("Short by (negative: ahead)")
    String reserveShortBy();

    @Override
    @Message("Ratio to the yearly werkorganisatie cost (target 0.5, ceiling 1.5)")
    String reserveRatio();

    @Override
    @Message("Reserve ledger: audited closing balance {year}")
    String reserveLedger(int year);


    // Budget against realisation
    @Override
    @Message("Budget against realisation")
    String budgetHeading();

    @Override
    @Message("Income: budget against realisation {from} – {to}")
    String budgetIncomeTitle(String from, String to);

    @Override
    @Message("Income category")
    String budgetIncomeCategory();

    @Override
    @Message("Earmark class")
    String budgetEarmarkClass();

    @Override
    @Message("Budget")
    String budgetBudget();

    @Override
    @Message("Realised")
    String budgetRealised();

    @Override
    @Message("Difference")
    String budgetDifference();

    @Override
    @Message("Realisation %")
    String budgetRealisation();

    @Override
    @Message("Costs: budget against actual {from} – {to}")
    String budgetCostsTitle(String from, String to);

    @Override
    @Message("Cost line")
    String budgetCostLine();

    @Override
    @Message("Name")
    String budgetName();

    @Override
    @Message("Operating organisation")
    String budgetWerkorganisatie();

    @Override
    @Message("Actual")
    String budgetActual();

    @Override
    @Message("Coverage of the werkorganisatie")
    String budgetCoverage();

    @Override
    @Message("Nothing was posted:")
    String budgetNothingPosted();

    @Override
    @Message("Post actual costs")
    String budgetPostCosts();

    @Override
    @Message("A month's actual cost of one cost line of the year's budget; it replaces an amount posted before for that month and line.")
    String budgetPostCostsHelp();

    @Override
    @Message("Year")
    String budgetYear();

    @Override
    @Message("Month")
    String budgetMonth();

    @Override
    @Message("Amount (€)")
    String budgetAmount();

    @Override
    @Message("Post the cost")
    String budgetPostCost();

    @Override
    @Message("The budget of {year} has no cost lines: set the budget first.")
    String budgetNoCostLines(int year);

    @Override
    @Message("CSV file")
    String budgetCsvFile();

    @Override
    @Message("Upload the costs")
    String budgetUpload();

    @Override
    @Message("Columns year,month,costLine,amount; amounts like 1234.56, or with a decimal comma in quotes (\"1.234,56\"); all rows or none: one bad row posts nothing.")
    String budgetCsvHelp();

    @Override
    @Message("{#if rows == 1}Posted 1 actual cost from the CSV file.{#else}Posted {rows} actual costs from the CSV file.{/if}")
    String budgetPostedRows(int rows);

    @Override
    @Message("Posted the actual cost of {line} for {year}-{month}: {amount}.")
    String budgetPostedCost(String line, int year, int month, String amount);

    @Override
    @Message("Row {row}: {detail}")
    String budgetErrorRow(int row, String detail);

    @Override
    @Message("Row {row}, {field}: {detail}")
    String budgetErrorRowField(int row, String field, String detail);

    @Override
    @Message("Year: {detail}")
    String budgetErrorYear(String detail);

    @Override
    @Message("Month: {detail}")
    String budgetErrorMonth(String detail);

    @Override
    @Message("Cost line: {detail}")
    String budgetErrorCostLine(String detail);

    @Override
    @Message("Amount: {detail}")
    String budgetErrorAmount(String detail);

    @Override
    @Message("CSV file: {detail}")
    String budgetErrorFile(String detail);

    @Override
    @Message("The CSV file's header {detail}")
    String budgetErrorHeader(String detail);

    @Override
    @Message("The CSV file {detail}")
    String budgetErrorWholeFile(String detail);

    @Override
    @Message("choose a cost line")
    String budgetChooseCostLine();

    @Override
    @Message("choose a CSV file")
    String budgetChooseFile();

    @Override
    @Message("must be UTF-8 text")
    String budgetNotUtf8();

    @Override
    @Message("enter an amount like 1.234,56")
    String budgetAmountEmpty();


    // Monthly income (dashboard export)
    @Override
    @Message("Monthly income {year} by earmark class")
    String monthlyTitle(int year);

    @Override
    @Message("Month")
    String monthlyMonth();

    @Override
    @Message("Unearmarked")
    String monthlyUnearmarked();

    @Override
    @Message("Programme (semi-earmarked)")
    String monthlyProgramme();

    @Override
    @Message("Project (earmarked)")
    String monthlyProject();

    @Override
    @Message("Total")
    String monthlyTotal();


    // Dashboard
    @Override
    @Message("Dashboard {year}")
    String dashboardTitle(int year);

    @Override
    @Message("Strategic figures {year}")
    String dashboardHeading(int year);

    @Override
    @Message("Year")
    String dashboardYear();

    @Override
    @Message("Show")
    String dashboardShow();

    @Override
    @Message("connecting…")
    String dashboardConnecting();

    @Override
    @Message("live")
    String dashboardLive();

    @Override
    @Message("reconnecting…")
    String dashboardReconnecting();

    @Override
    @Message("target")
    String dashboardTarget();

    @Override
    @Message("{amount} short")
    String dashboardShort(String amount);

    @Override
    @Message("{amount} ahead")
    String dashboardAhead(String amount);

    @Override
    @Message("no target set")
    String dashboardNoTarget();

    @Override
    @Message("Retention {year}: {newDonors.number} new, {retained.number} retained, {recaptured.number} recaptured, {lapsed.number} lapsed; retention rate {#if rate}{rate.percent}{#else}–{/if}. Figures from {from.shortDate} to {to.shortDate}.")
    String dashboardRetention(int year, long newDonors, long retained, long recaptured, long lapsed,
            java.math.BigDecimal rate, java.time.LocalDate from, java.time.LocalDate to);

    @Override
    @Message("Unearmarked share 2024–2028")
    String dashboardChartUnearmarkedShare();

    @Override
    @Message("Continuity reserve 2024–2028")
    String dashboardChartReserve();

    @Override
    @Message("Private-donor income 2024–2028")
    String dashboardChartPrivate();

    @Override
    @Message("Monthly income {year} by earmark class")
    String dashboardChartMonthly(int year);

    @Override
    @Message("Retention {year}")
    String dashboardChartRetention(int year);

    @Override
    @Message("Budget against realisation")
    String dashboardChartBudget();

    @Override
    @Message("actual")
    String dashboardSeriesActual();

    @Override
    @Message("target")
    String dashboardSeriesTarget();

    @Override
    @Message("Unearmarked")
    String dashboardSeriesUnearmarked();

    @Override
    @Message("Programme")
    String dashboardSeriesProgramme();

    @Override
    @Message("Project")
    String dashboardSeriesProject();

    @Override
    @Message("new")
    String dashboardSeriesNew();

    @Override
    @Message("retained")
    String dashboardSeriesRetained();

    @Override
    @Message("recaptured")
    String dashboardSeriesRecaptured();

    @Override
    @Message("lapsed")
    String dashboardSeriesLapsed();

    @Override
    @Message("budget")
    String dashboardSeriesBudget();

    @Override
    @Message("realised")
    String dashboardSeriesRealised();

    @Override
    @Message("Unearmarked share")
    String tileUnearmarkedShare();

    @Override
    @Message("{unearmarked} of {total} unearmarked")
    String tileUnearmarkedShareDetail(String unearmarked, String total);

    @Override
    @Message("Continuity reserve (projected closing)")
    String tileReserve();

    @Override
    @Message("missing: {missing}")
    String tileReserveMissing(String missing);

    @Override
    @Message("ratio to the werkorganisatie not available")
    String tileReserveNoRatio();

    @Override
    @Message("ratio {ratio} to the werkorganisatie (target 0.5)")
    String tileReserveRatio(String ratio);

    @Override
    @Message("Private-donor income")
    String tilePrivateDonors();

    @Override
    @Message("{donors} donors, {gifts} gifts")
    String tilePrivateDonorsDetail(String donors, String gifts);

    @Override
    @Message("Unearmarked institutional income")
    String tileInstitutional();

    @Override
    @Message("{amount} from donors not known yet")
    String tileInstitutionalDetail(String amount);


    // Quarterly report
    @Override
    @Message("Quarterly report {year} Q{quarter}")
    String quarterlyTitle(int year, int quarter);

    @Override
    @Message("Print")
    String quarterlyPrint();

    @Override
    @Message("Key figure (quarter)")
    String quarterlyKeyFigure();

    @Override
    @Message("Actual")
    String quarterlyActual();

    @Override
    @Message("Target")
    String quarterlyTarget();

    @Override
    @Message("Short or ahead")
    String quarterlyShortOrAhead();

    @Override
    @Message("Monthly income {year}")
    String quarterlyChartMonthly(int year);

    @Override
    @Message("Month closes of the quarter")
    String quarterlyCloses();

    @Override
    @Message("closed by {user}")
    String quarterlyClosedBy(String user);

    @Override
    @Message("adjusted after close")
    String quarterlyAdjusted();

    @Override
    @Message("No month of this quarter is closed yet.")
    String quarterlyNoneClosed();


    // Month closes
    @Override
    @Message("Month closes {year}")
    String closesTitle(int year);

    @Override
    @Message("Month")
    String closesMonth();

    @Override
    @Message("Closed by")
    String closesClosedBy();

    @Override
    @Message("Closed at")
    String closesClosedAt();

    @Override
    @Message("No month of {year} is closed yet.")
    String closesNone(int year);

    @Override
    @Message("Q{quarter} report")
    String closesQuarterReport(int quarter);

    @Override
    @Message("Year")
    String closesYear();

    @Override
    @Message("Close the month")
    String closesClose();

    @Override
    @Message("Closing freezes the month's key figures. Later corrections show as adjustments.")
    String closesHelp();

    @Override
    @Message("choose a month")
    String closesChooseMonth();

    @Override
    @Message("{year}-{month} was closed before; later corrections show as adjustments")
    String closesAlreadyClosed(int year, int month);


    @Override
    @Message("Close {year}-{month}")
    String closeTitle(int year, int month);

    @Override
    @Message("Close of {year}-{month}")
    String closeHeading(int year, int month);

    @Override
    @Message("Adjustments after close: events dated in this month arrived after it was closed. The snapshot is unchanged; the differences are in the last column.")
    String closeAdjusted();

    @Override
    @Message("No adjustments after close.")
    String closeNoAdjustments();

    @Override
    @Message("Close of {year}-{month} by {user} at {at}")
    String closeTableTitle(int year, int month, String user, String at);

    @Override
    @Message("{#when kpi}{#is 'unearmarked-share'}Unearmarked share{#is 'private-donors'}Private donors{#is 'institutional-income'}Institutional income{#is 'continuity-reserve'}Continuity reserve{#is 'retention'}Retention{#else}{kpi}{/when}")
    String closeKpiName(String kpi);

    @Override
    @Message("KPI")
    String closeKpi();

    @Override
    @Message("Value")
    String closeValue();

    @Override
    @Message("Frozen at close")
    String closeFrozen();

    @Override
    @Message("Change on previous month")
    String closeChangeMonth();

    @Override
    @Message("Change on previous quarter")
    String closeChangeQuarter();

    @Override
    @Message("Live now")
    String closeLive();

    @Override
    @Message("Adjustment after close")
    String closeAdjustment();


    // Dead letters (admin)
    @Override
    @Message("Dead letters")
    String deadLettersTitle();

    @Override
    @Message("Events a consumer could not apply, from every dead-letter topic (<topic>.dlq.<consumer>), newest first. Fix the cause first (deploy the consumer's fix, or correct the data at its source), then replay: the event goes back to its source topic with its original id, and every consumer skips an event it has already applied. One that still cannot be applied comes back here with its reason.")
    String deadLettersIntro();

    @Override
    @Message("Dead-letter record")
    String deadLettersRecord();

    @Override
    @Message("From")
    String deadLettersFrom();

    @Override
    @Message("Event")
    String deadLettersEvent();

    @Override
    @Message("Dead-lettered")
    String deadLettersAt();

    @Override
    @Message("Reason")
    String deadLettersReason();

    @Override
    @Message("Replays")
    String deadLettersReplays();

    @Override
    @Message("no CloudEvent id")
    String deadLettersNoEventId();

    @Override
    @Message("{user} at {at}")
    String deadLettersReplayedBy(String user, String at);

    @Override
    @Message("not replayed")
    String deadLettersNotReplayed();

    @Override
    @Message("Replay again")
    String deadLettersReplayAgain();

    @Override
    @Message("Replay")
    String deadLettersReplay();

    @Override
    @Message("No dead letters: every event was applied.")
    String deadLettersNone();

    @Override
    @Message("Replayed {record} to its source topic. If it still cannot be applied, it comes back here as a new record with its reason.")
    String deadLettersReplayed(String record);

    @Override
    @Message("{record} was replayed before; choose Replay again to replay it once more.")
    String deadLettersAlreadyReplayed(String record);

    @Override
    @Message("There is no record {record} (any more).")
    String deadLettersNotFound(String record);


    // Rebuild (admin)
    @Override
    @Message("Rebuild")
    String rebuildTitle();

    @Override
    @Message("Rebuild the read models")
    String rebuildHeading();

    @Override
    @Message("A rebuild empties the income ledger, its aggregates, the donor, fund and campaign replicas and the log of applied events, and replays crm.gifts, crm.donors and crm.campaigns from the start. Finance's inputs (targets, budgets, actual costs, the reserve ledger), the month closes and the audit trail are not touched. The live consumers carry on meanwhile, but the figures are incomplete until the replay ends: rebuild out of hours. It runs in the background, one at a time; its page shows how far it is.")
    String rebuildIntro();

    @Override
    @Message("A rebuild runs, started by {user}; {done} events replayed.")
    String rebuildRunning(String user, String done);

    @Override
    @Message("A rebuild runs, started by {user}; {done} of {total} events replayed.")
    String rebuildRunningOf(String user, String done, String total);

    @Override
    @Message("Rebuild of the read models")
    String rebuildJobTitle();

    @Override
    @Message("Follow it")
    String rebuildFollow();

    @Override
    @Message("Rebuild the read models")
    String rebuildStart();

    @Override
    @Message("All jobs")
    String rebuildAllJobs();
}
