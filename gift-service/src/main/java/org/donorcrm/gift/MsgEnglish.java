package org.donorcrm.gift;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** This service's texts in English: every text of {@link Msg}. */
@Localized("en")
public interface MsgEnglish extends Msg {

    // Navigation

    @Override
    @Message("Gifts")
    String navGifts();

    @Override
    @Message("Batches")
    String navBatches();

    @Override
    @Message("SEPA")
    String navSepa();

    @Override
    @Message("Grants")
    String navGrants();

    @Override
    @Message("Bank")
    String navBank();

    // Words several screens share

    @Override
    @Message("Donor")
    String commonDonor();

    @Override
    @Message("Donor id")
    String commonDonorId();

    @Override
    @Message("Amount")
    String commonAmount();

    @Override
    @Message("Amount (€)")
    String commonAmountEuro();

    @Override
    @Message("Status")
    String commonStatus();

    @Override
    @Message("Fund")
    String commonFund();

    @Override
    @Message("Total")
    String commonTotal();

    @Override
    @Message("Channel")
    String commonChannel();

    @Override
    @Message("Income date")
    String commonIncomeDate();

    @Override
    @Message("Campaign id (optional)")
    String commonCampaignIdOptional();

    @Override
    @Message("Signed on")
    String commonSignedOn();

    @Override
    @Message("From")
    String commonFrom();

    @Override
    @Message("Until")
    String commonUntil();

    @Override
    @Message("Newer")
    String commonNewer();

    @Override
    @Message("Older")
    String commonOlder();

    @Override
    @Message("None.")
    String commonNone();

    @Override
    @Message("yes")
    String commonYes();

    @Override
    @Message("no")
    String commonNo();

    @Override
    @Message("Recorded")
    String commonRecorded();

    @Override
    @Message("{when} by {user}")
    String commonBy(String when, String user);

    @Override
    @Message("gifts of this donor")
    String commonGiftsOfDonor();

    @Override
    @Message("Gift")
    String commonGiftColumn();

    @Override
    @Message("gift")
    String commonGiftLink();

    @Override
    @Message("Due date")
    String commonDueDate();

    @Override
    @Message("Sequence type")
    String commonSequenceType();

    @Override
    @Message("End-to-end id")
    String commonEndToEndId();

    // Values of codes and enums, as shown

    @Override
    @Message("{#when channel}{#is 'BANK_TRANSFER'}Bank transfer{#is 'SEPA_DIRECT_DEBIT'}SEPA direct debit{#is 'ONLINE'}Online{#is 'CASH'}Cash{#is 'IN_KIND'}In kind{#is 'PRO_BONO'}Pro bono{#else}{channel}{/when}")
    String channel(String channel);

    @Override
    @Message("{#when earmarkClass}{#is 'UNEARMARKED'}unearmarked{#is 'PROGRAMME'}semi-earmarked (programme){#is 'PROJECT'}earmarked (project){#else}{earmarkClass}{/when}")
    String earmarkClass(String earmarkClass);

    @Override
    @Message("{#when status}{#is 'RECORDED'}recorded{#is 'REVERSED'}reversed{#else}{status}{/when}")
    String giftStatus(String status);

    @Override
    @Message("{#when action}{#is 'RECORDED'}Recorded{#is 'REVERSED'}Reversed{#is 'REALLOCATED'}Re-earmarked{#else}{action}{/when}")
    String giftAction(String action);

    @Override
    @Message("{#when status}{#is 'ACTIVE'}active{#is 'ENDED'}ended{#is 'CANCELLED'}cancelled{#else}{status}{/when}")
    String agreementStatus(String status);

    @Override
    @Message("{#when status}{#is 'ACTIVE'}active{#is 'LAPSED'}lapsed{#is 'STOPPED'}stopped{#is 'CANCELLED'}cancelled{#else}{status}{/when}")
    String mandateStatus(String status);

    @Override
    @Message("{#when frequency}{#is 'MONTHLY'}monthly{#is 'QUARTERLY'}quarterly{#is 'YEARLY'}yearly{#else}{frequency}{/when}")
    String frequency(String frequency);

    @Override
    @Message("{#when status}{#is 'COLLECTED'}collected{#is 'RETURNED'}returned{#else}{status}{/when}")
    String collectionStatus(String status);

    @Override
    @Message("{#when type}{#is 'FRST'}first debit (FRST){#is 'RCUR'}recurring debit (RCUR){#is 'OOFF'}one-off debit (OOFF){#is 'FNAL'}final debit (FNAL){#else}{type}{/when}")
    String sequenceType(String type);

    @Override
    @Message("{#when status}{#is 'DUE'}due{#is 'RECEIVED'}received{#is 'REVERSED'}reversed{#else}{status}{/when}")
    String instalmentStatus(String status);

    @Override
    @Message("{#when status}{#is 'MATCHED'}matched{#is 'COLLECTION'}collection{#is 'REVIEW'}to review{#is 'ASSIGNED'}assigned{#is 'IGNORED'}not a gift{#is 'RETURN_IN'}money back{#is 'TO_MATCH'}to match{#is 'REVERSED'}return, gift reversed{#is 'RETURN_UNMATCHED'}return without a gift{#is 'DEBIT'}payment out{#else}{status}{/when}")
    String entryStatus(String status);

    @Override
    @Message("{#when direction}{#is 'CRDT'}credit{#is 'DBIT'}debit{#else}{direction}{/when}")
    String direction(String direction);

    // Gifts: the latest gifts, a donor's gifts (GiftPages/list, tags/giftTable)

    @Override
    @Message("Latest gifts")
    String giftsLatest();

    @Override
    @Message("Gifts of {donor}")
    String giftsOfDonor(String donor);

    @Override
    @Message("Record a gift")
    String giftsRecord();

    @Override
    @Message("{count} gift{#if n != 1}s{/if}")
    String giftsCount(String count, long n);

    @Override
    @Message("Funds")
    String giftTableFunds();

    // A gift (GiftPages/gift)

    @Override
    @Message("Gift {date}")
    String giftTitle(String date);

    @Override
    @Message("Gift of {amount} on {date}")
    String giftHeading(String amount, String date);

    @Override
    @Message("all gifts of this donor")
    String giftAllOfDonor();

    @Override
    @Message("Received")
    String giftReceived();

    @Override
    @Message("What was given")
    String giftWhatWasGiven();

    @Override
    @Message("Campaign")
    String giftCampaign();

    @Override
    @Message("Allocations")
    String giftAllocations();

    @Override
    @Message("Earmark")
    String giftEarmark();

    @Override
    @Message("History")
    String giftHistory();

    // Gift entry (GiftPages/entry)

    @Override
    @Message("Record a gift")
    String giftEntryTitle();

    @Override
    @Message("Received (if other)")
    String giftEntryReceivedDate();

    @Override
    @Message("What was given (in kind / pro bono)")
    String giftEntryDescription();

    @Override
    @Message("Split over funds")
    String giftEntrySplit();

    @Override
    @Message("(leave amounts empty to give it all to the first fund)")
    String giftEntrySplitHint();

    @Override
    @Message("Record gift")
    String giftEntrySubmit();

    @Override
    @Message("choose a channel")
    String giftEntryChooseChannel();

    // Batches (BatchPages/list)

    @Override
    @Message("Batches")
    String batchListTitle();

    @Override
    @Message("Posted")
    String batchListPosted();

    @Override
    @Message("By")
    String batchListBy();

    @Override
    @Message("Gifts")
    String batchListGifts();

    @Override
    @Message("No batches posted yet.")
    String batchListNone();

    // A batch (BatchPages/batch)

    @Override
    @Message("Batch {when}")
    String batchTitle(String when);

    @Override
    @Message("Batch posted {when} by {user}")
    String batchHeading(String when, String user);

    @Override
    @Message("{count} gift{#if n != 1}s{/if} totalling {total}")
    String batchGiftsTotalling(String count, int n, String total);

    @Override
    @Message("(control: {count} gift{#if n != 1}s{/if}, {total})")
    String batchControl(String count, int n, String total);

    @Override
    @Message("All batches")
    String batchAll();

    @Override
    @Message("Enter another batch")
    String batchAnother();

    // Batch entry (BatchPages/form, BatchLines)

    @Override
    @Message("Enter a batch")
    String batchFormTitle();

    @Override
    @Message("Control count (gifts)")
    String batchFormControlCount();

    @Override
    @Message("Control total (€)")
    String batchFormControlTotal();

    @Override
    @Message("Check")
    String batchFormCheck();

    @Override
    @Message("Post batch")
    String batchFormPost();

    @Override
    @Message("What the rows add up to")
    String batchFormAddsUp();

    @Override
    @Message("Rows")
    String batchFormRowsColumn();

    @Override
    @Message("Control")
    String batchFormControl();

    @Override
    @Message("Count")
    String batchFormCount();

    @Override
    @Message("matches")
    String batchFormMatches();

    @Override
    @Message("differs")
    String batchFormDiffers();

    @Override
    @Message("Row")
    String batchFormRow();

    @Override
    @Message("Campaign")
    String batchFormCampaign();

    @Override
    @Message("the number of gifts counted on paper is needed")
    String batchFormControlCountNeeded();

    @Override
    @Message("the total counted on paper is needed")
    String batchFormControlTotalNeeded();

    @Override
    @Message("this form was already posted with other rows; open a new batch form to post another batch")
    String batchFormPostedBefore();

    @Override
    @Message("an amount is needed")
    String batchSheetAmountNeeded();

    // Periodic-gift agreements (AgreementPages/list)

    @Override
    @Message("Periodic-gift agreements")
    String agreementListTitle();

    @Override
    @Message("Record an agreement")
    String agreementListRecord();

    @Override
    @Message("{count} agreement{#if n != 1}s{/if}")
    String agreementListCount(String count, long n);

    @Override
    @Message("Transaction number")
    String agreementTransactionNumber();

    @Override
    @Message("Yearly")
    String agreementListYearly();

    @Override
    @Message("Years")
    String agreementListYears();

    @Override
    @Message("Mandate")
    String agreementMandate();

    @Override
    @Message("mandate")
    String agreementMandateLink();

    @Override
    @Message("open-ended")
    String agreementOpenEnded();

    // A periodic-gift agreement (AgreementPages/agreement)

    @Override
    @Message("Agreement {number}")
    String agreementTitle(String number);

    @Override
    @Message("Periodic-gift agreement {number}")
    String agreementHeading(String number);

    @Override
    @Message("Yearly amount")
    String agreementYearlyAmount();

    @Override
    @Message("Runs")
    String agreementRuns();

    @Override
    @Message("{years} years from {from} to {to}")
    String agreementRunsFromTo(int years, String from, String to);

    @Override
    @Message("{years} years from {from}")
    String agreementRunsFrom(int years, String from);

    @Override
    @Message("Signed")
    String agreementSigned();

    @Override
    @Message("Paid by")
    String agreementPaidBy();

    @Override
    @Message("mandate {mandateId}")
    String agreementPaidByMandate(String mandateId);

    @Override
    @Message("All agreements")
    String agreementAll();

    // Recording an agreement (AgreementPages/form)

    @Override
    @Message("Record a periodic-gift agreement")
    String agreementFormTitle();


    @Override
    @Message("Yearly amount (€)")
    String agreementFormYearlyAmount();

    @Override
    @Message("Until (empty: open-ended)")
    String agreementFormEndDate();

    @Override
    @Message("Years, when open-ended (at least 5)")
    String agreementFormDurationYears();

    @Override
    @Message("Record agreement")
    String agreementFormSubmit();

    // SEPA mandates (MandatePages/list)

    @Override
    @Message("SEPA mandates")
    String mandateListTitle();

    @Override
    @Message("Record a mandate")
    String mandateListRecord();

    @Override
    @Message("every status")
    String mandateListEveryStatus();

    @Override
    @Message("Show")
    String mandateListShow();

    @Override
    @Message("{count} mandate{#if n != 1}s{/if}")
    String mandateListCount(String count, long n);

    @Override
    @Message("Reference")
    String mandateReference();

    @Override
    @Message("Debtor")
    String mandateDebtor();

    @Override
    @Message("Frequency")
    String mandateFrequency();

    @Override
    @Message("Next collection")
    String mandateNextCollection();

    // A mandate (MandatePages/mandate)

    @Override
    @Message("Mandate {reference}")
    String mandateTitle(String reference);

    @Override
    @Message("Recurring gift")
    String mandateRecurringGift();

    @Override
    @Message("to {fundCode},")
    String mandateToFund(String fundCode);

    @Override
    @Message("from {from}")
    String mandateScheduleFrom(String from);

    @Override
    @Message("from {from} to {to}")
    String mandateScheduleFromTo(String from, String to);

    @Override
    @Message("{date} (creditor id {creditorId})")
    String mandateSignedCreditor(String date, String creditorId);

    @Override
    @Message("Status reason")
    String mandateStatusReason();

    @Override
    @Message("Returns")
    String mandateReturns();

    @Override
    @Message("Collections")
    String mandateCollections();

    @Override
    @Message("Returned")
    String mandateReturned();

    @Override
    @Message("Not collected yet.")
    String mandateNotCollected();

    @Override
    @Message("Record a periodic-gift agreement paid by this mandate")
    String mandateRecordAgreement();

    @Override
    @Message("Cancel: why the donor or we end it")
    String mandateCancelWhy();

    @Override
    @Message("Cancel mandate")
    String mandateCancel();

    // Recording a mandate (MandatePages/form)

    @Override
    @Message("Record a signed SEPA mandate")
    String mandateFormHeading();

    @Override
    @Message("Mandate reference")
    String mandateFormReference();

    @Override
    @Message("Account holder")
    String mandateFormAccountHolder();

    @Override
    @Message("BIC (optional)")
    String mandateFormBic();

    @Override
    @Message("First collection")
    String mandateFormFirstCollection();

    @Override
    @Message("Until (optional)")
    String mandateFormEndDate();

    @Override
    @Message("Record mandate")
    String mandateFormSubmit();

    @Override
    @Message("choose how often")
    String mandateFormChooseFrequency();

    // Collection runs (CollectionRunPages/list)

    @Override
    @Message("Collection runs")
    String runListTitle();

    @Override
    @Message("SEPA collection runs")
    String runListHeading();

    @Override
    @Message("Collect on")
    String runListCollectOn();

    @Override
    @Message("Preview what is due")
    String runListPreview();

    @Override
    @Message("Message id")
    String runMessageId();

    @Override
    @Message("Debits")
    String runListDebits();

    @Override
    @Message("Generated")
    String runGenerated();

    @Override
    @Message("pain.008")
    String runListFile();

    @Override
    @Message("No runs yet.")
    String runListNone();

    // What a run would collect (CollectionRunPages/preview)

    @Override
    @Message("Collection preview {date}")
    String runPreviewTitle(String date);

    @Override
    @Message("Due on {date}: {count} debit{#if n != 1}s{/if}, {total}")
    String runPreviewHeading(String date, String count, int n, String total);

    @Override
    @Message("Active mandates whose schedule falls on this date and that have no debit on it yet. Nothing is collected until you generate the run.")
    String runPreviewExplained();

    @Override
    @Message("Mandate")
    String runPreviewMandate();

    @Override
    @Message("No mandate is due on this date.")
    String runPreviewNone();

    @Override
    @Message("Generate the run")
    String runPreviewGenerate();

    @Override
    @Message("Back to the runs")
    String runPreviewBack();

    // A collection run (CollectionRunPages/run)

    @Override
    @Message("Collection run {date}")
    String runTitle(String date);

    @Override
    @Message("Collection run of {date}: {count} debit{#if n != 1}s{/if}, {total}")
    String runHeading(String date, String count, int n, String total);

    @Override
    @Message("Every mandate due on {date} has its debit already: nothing new was created. This is the run that made them.")
    String runRepeated(String date);

    @Override
    @Message("Download pain.008 for the bank")
    String runDownload();

    @Override
    @Message("({reason} on {date})")
    String runReturnedOn(String reason, String date);

    // Grants (GrantPages/list)

    @Override
    @Message("Grants")
    String grantListTitle();

    @Override
    @Message("Grants and pledges")
    String grantListHeading();

    @Override
    @Message("Commit a grant")
    String grantListCommit();

    @Override
    @Message("Reporting deadlines in the next {days} days")
    String grantListDeadlines(int days);

    @Override
    @Message("Days left")
    String grantListDaysLeft();

    @Override
    @Message("Grant")
    String grantListGrant();

    @Override
    @Message("No reports due.")
    String grantListNoReports();

    @Override
    @Message("Title")
    String grantListName();

    @Override
    @Message("Due")
    String grantDue();

    @Override
    @Message("Report")
    String grantReport();

    @Override
    @Message("Funder")
    String grantFunder();

    @Override
    @Message("Period")
    String grantPeriod();

    @Override
    @Message("Received")
    String grantReceived();

    @Override
    @Message("Outstanding")
    String grantOutstanding();

    // A grant (GrantPages/grant)

    @Override
    @Message("gifts of this funder")
    String grantGiftsOfFunder();

    @Override
    @Message("Funder's reference")
    String grantFunderReference();

    @Override
    @Message("Overhead")
    String grantOverhead();

    @Override
    @Message("Committed")
    String grantCommitted();

    @Override
    @Message("Instalments")
    String grantInstalments();

    @Override
    @Message("income date (empty: the due date)")
    String grantIncomeDateHint();

    @Override
    @Message("Mark received")
    String grantMarkReceived();

    @Override
    @Message("Reporting deadlines")
    String grantDeadlines();

    @Override
    @Message("All grants")
    String grantAll();

    // Committing a grant (GrantPages/form)

    @Override
    @Message("Commit a grant or pledge")
    String grantFormHeading();

    @Override
    @Message("Total (€)")
    String grantFormTotal();

    @Override
    @Message("Overhead (%)")
    String grantFormOverhead();

    @Override
    @Message("Instalments (must add up to the total)")
    String grantFormInstalments();

    @Override
    @Message("Commit grant")
    String grantFormSubmit();

    // Bank: words of several bank screens

    @Override
    @Message("Booked")
    String bankBooked();

    @Override
    @Message("Counterparty")
    String bankCounterparty();

    @Override
    @Message("Remittance")
    String bankRemittance();

    @Override
    @Message("Why")
    String bankWhy();

    @Override
    @Message("Imported")
    String bankImported();

    @Override
    @Message("Account")
    String bankAccount();

    @Override
    @Message("Statement")
    String bankStatement();

    @Override
    @Message("Credits")
    String bankCredits();

    @Override
    @Message("Debits")
    String bankDebits();

    @Override
    @Message("Reconciled")
    String bankReconciled();

    @Override
    @Message("Side")
    String bankSide();

    // Review queue (BankImportPages/queue)

    @Override
    @Message("Review queue")
    String bankQueueTitle();

    @Override
    @Message("Statements")
    String bankQueueStatements();

    @Override
    @Message("Credits no donor was found for. Assign each to a donor (and funds), or mark it as not a gift.")
    String bankQueueExplained();

    @Override
    @Message("Why it waits")
    String bankQueueWhy();

    @Override
    @Message("Work it")
    String bankQueueWork();

    @Override
    @Message("Nothing waits for review.")
    String bankQueueNone();

    // Bank statements (BankImportPages/statements)

    @Override
    @Message("Bank statements")
    String bankStatementsTitle();

    @Override
    @Message("Upload a CAMT.053 statement")
    String bankStatementsUploadCamt();

    @Override
    @Message("Import statement")
    String bankStatementsImportCamt();

    @Override
    @Message("Upload an online-donation export (CSV): which column holds what")
    String bankStatementsUploadCsv();

    @Override
    @Message("Source")
    String bankStatementsSource();

    @Override
    @Message("Date column")
    String bankStatementsDateColumn();

    @Override
    @Message("Amount column")
    String bankStatementsAmountColumn();

    @Override
    @Message("Transaction id column")
    String bankStatementsReferenceColumn();

    @Override
    @Message("Donor id column")
    String bankStatementsDonorIdColumn();

    @Override
    @Message("IBAN column")
    String bankStatementsIbanColumn();

    @Override
    @Message("Name column")
    String bankStatementsNameColumn();

    @Override
    @Message("Description column")
    String bankStatementsDescriptionColumn();

    @Override
    @Message("Date format")
    String bankStatementsDateFormat();

    @Override
    @Message("dd-MM-yyyy")
    String bankStatementsDateFormatExample();

    @Override
    @Message("Separator")
    String bankStatementsSeparator();

    @Override
    @Message("tab")
    String bankStatementsTab();

    @Override
    @Message("Import export")
    String bankStatementsImportCsv();

    @Override
    @Message("In review")
    String bankStatementsInReview();

    @Override
    @Message("No statements imported yet.")
    String bankStatementsNone();

    @Override
    @Message("choose a CAMT.053 file")
    String bankChooseCamt();

    @Override
    @Message("choose a CSV file")
    String bankChooseCsv();

    @Override
    @Message("a short lowercase name such as mollie")
    String bankSourceInvalid();

    @Override
    @Message("name the column that holds the {column}")
    String bankColumnNeeded(String column);

    // A bank statement (BankImportPages/statement)

    @Override
    @Message("Statement {reference}")
    String bankStatementTitle(String reference);

    @Override
    @Message("This statement was imported before: nothing was added.")
    String bankStatementAgain();

    @Override
    @Message("Format")
    String bankStatementFormat();

    @Override
    @Message("sequence")
    String bankStatementSequence();

    @Override
    @Message("Balances")
    String bankStatementBalances();

    @Override
    @Message("Opening balance")
    String bankStatementOpening();

    @Override
    @Message("Computed closing balance")
    String bankStatementComputedClosing();

    @Override
    @Message("Closing balance (statement)")
    String bankStatementClosing();

    @Override
    @Message("(no balances given)")
    String bankStatementNoBalances();

    @Override
    @Message("Lines by status")
    String bankStatementLinesByStatus();

    @Override
    @Message("Count")
    String bankStatementCount();

    @Override
    @Message("Credits by status (statement: {total})")
    String bankStatementCreditsByStatus(String total);

    @Override
    @Message("Debits by status (statement: {total})")
    String bankStatementDebitsByStatus(String total);

    @Override
    @Message("{count} line{#if n == 1} was{#else}s were{/if} imported before with an overlapping statement and not added again.")
    String bankStatementDuplicates(String count, int n);

    @Override
    @Message("Lines")
    String bankStatementLines();

    @Override
    @Message("All statements")
    String bankStatementAll();

    // A bank line (BankImportPages/entry)

    @Override
    @Message("Bank line {date}")
    String bankEntryTitle(String date);

    @Override
    @Message("{#when direction}{#is 'CRDT'}Credit{#else}Debit{/when} of {amount} booked {date}")
    String bankEntryHeading(String direction, String amount, String date);

    @Override
    @Message("Resolved")
    String bankEntryResolved();

    @Override
    @Message("line {line}")
    String bankEntryLine(int line);

    @Override
    @Message("Assign to a donor: it becomes a gift")
    String bankEntryAssignHeading();

    @Override
    @Message("Not a donor yet?")
    String bankEntryNotADonorYet();

    @Override
    @Message("Create a new donor")
    String bankEntryCreateDonor();

    @Override
    @Message("in the donor screens, then paste its id here.")
    String bankEntryThenPaste();

    @Override
    @Message("Funds")
    String bankEntryFunds();

    @Override
    @Message("(none: unearmarked; one fund without an amount takes it all)")
    String bankEntryFundsHint();

    @Override
    @Message("Remember this account for the donor (the next transfer matches by itself)")
    String bankEntryRemember();

    @Override
    @Message("Assign and record the gift")
    String bankEntryAssign();

    @Override
    @Message("Not a gift")
    String bankEntryNotAGift();

    @Override
    @Message("Why (a refund to us, a transfer between own accounts, …)")
    String bankEntryIgnoreWhy();

    @Override
    @Message("Mark as not a gift")
    String bankEntryMarkNotAGift();

    @Override
    @Message("Not ours to reverse: why")
    String bankEntryReturnWhy();

    @Override
    @Message("Back to the review queue")
    String bankEntryBack();

    // Why a bank line was matched or not (stored in English, shown through bankimport.MatchReasons)

    @Override
    @Message("money back from an outgoing payment (return or reversal): not a gift")
    String matchReturnIn();

    @Override
    @Message("return of our collection, already booked")
    String matchReturnOfCollectionBooked();

    @Override
    @Message("return {code} of our direct debit (end-to-end id): gift reversed")
    String matchReturnOfDebit(String code);

    @Override
    @Message("payment out: not a gift")
    String matchPaymentOut();

    @Override
    @Message("return of a transfer whose gift was already reversed")
    String matchReturnAlreadyReversed();

    @Override
    @Message("return of an earlier credit (end-to-end id): gift reversed")
    String matchReturnOfCredit();

    @Override
    @Message("return without a gift of ours to reverse")
    String matchReturnUnmatched();

    @Override
    @Message("amount in {currency}, not EUR: to be booked by hand")
    String matchForeignCurrency(String currency);

    @Override
    @Message("{how}: gift recorded by the collection run")
    String matchCollectionBooked(String how);

    @Override
    @Message("no donor found by end-to-end id, mandate reference, account or remittance text")
    String matchNoDonor();

    @Override
    @Message("donor found by {how}, but fund {fundCode} is not open on {date}")
    String matchFundClosed(String how, String fundCode, String date);

    @Override
    @Message("matched by {how}")
    String matchMatchedBy(String how);

    @Override
    @Message("assigned to the donor by finance")
    String matchAssigned();

    @Override
    @Message("not a gift: {reason}")
    String matchIgnored(String reason);

    @Override
    @Message("{#when how}{#is 'E2E_DEBIT'}end-to-end id of our direct debit{#is 'MANDATE_REF_DEBIT'}mandate reference of our direct debit{#is 'MANDATE_REF'}mandate reference{#is 'DONOR_ID_COLUMN'}donor id column of the export{#is 'KNOWN_ACCOUNT'}account confirmed by finance earlier{#is 'MANDATE_ACCOUNT'}debtor account of the donor's mandate{#is 'DONOR_ID_REMITTANCE'}donor id in the remittance text{#is 'IBAN_ON_RECORD'}account on the donor's record{#is 'JOINT_ACCOUNT_NUMBER'}donor number of one holder of a joint account{#is 'DONOR_NUMBER_REMITTANCE'}donor number in the remittance text{#else}{how}{/when}")
    String matchHow(String how);

    @Override
    @Message("the donor")
    String giftTheDonor();

    @Override
    @Message("the campaign")
    String giftTheCampaign();
}
