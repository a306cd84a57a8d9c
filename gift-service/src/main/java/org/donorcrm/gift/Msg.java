package org.donorcrm.gift;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of this service's screens, in Dutch (the default; English in {@link MsgEnglish}). Templates write
 * {@code {msg:key}}; Java code takes the texts in the request's language from
 * {@code org.donorcrm.platform.i18n.Texts.of(Msg.class)}. The platform's shared words are in its {@code ui} bundle.
 * Codes and enum values are shown through the methods that take them ({@code {msg:channel(gift.channel.name)}}).
 */
@MessageBundle(locale = "nl")
public interface Msg {

    // Navigation

    @Message("Giften")
    String navGifts();

    @Message("Batches")
    String navBatches();

    @Message("SEPA")
    String navSepa();

    @Message("Subsidies")
    String navGrants();

    @Message("Bank")
    String navBank();

    // Words several screens share

    @Message("Donateur")
    String commonDonor();

    @Message("Donateur-id")
    String commonDonorId();

    @Message("Bedrag")
    String commonAmount();

    @Message("Bedrag (€)")
    String commonAmountEuro();

    @Message("Status")
    String commonStatus();

    @Message("Fonds")
    String commonFund();

    @Message("Totaal")
    String commonTotal();

    @Message("Kanaal")
    String commonChannel();

    @Message("Inkomstendatum")
    String commonIncomeDate();

    @Message("Campagne-id (optioneel)")
    String commonCampaignIdOptional();

    @Message("Getekend op")
    String commonSignedOn();

    @Message("Vanaf")
    String commonFrom();

    @Message("Tot en met")
    String commonUntil();

    @Message("Nieuwer")
    String commonNewer();

    @Message("Ouder")
    String commonOlder();

    @Message("Geen.")
    String commonNone();

    @Message("ja")
    String commonYes();

    @Message("nee")
    String commonNo();

    @Message("Vastgelegd")
    String commonRecorded();

    @Message("{when} door {user}")
    String commonBy(String when, String user);

    @Message("giften van deze donateur")
    String commonGiftsOfDonor();

    @Message("Gift")
    String commonGiftColumn();

    @Message("gift")
    String commonGiftLink();

    @Message("Incassodatum")
    String commonDueDate();

    @Message("Soort incasso")
    String commonSequenceType();

    @Message("End-to-end-id")
    String commonEndToEndId();

    // Values of codes and enums, as shown

    @Message("{#when channel}{#is 'BANK_TRANSFER'}Bankoverschrijving{#is 'SEPA_DIRECT_DEBIT'}SEPA-incasso{#is 'ONLINE'}Online{#is 'CASH'}Contant{#is 'IN_KIND'}In natura{#is 'PRO_BONO'}Pro bono{#else}{channel}{/when}")
    String channel(String channel);

    @Message("{#when earmarkClass}{#is 'UNEARMARKED'}ongeoormerkt (vrij besteedbaar){#is 'PROGRAMME'}deels geoormerkt (programma){#is 'PROJECT'}geoormerkt (project){#else}{earmarkClass}{/when}")
    String earmarkClass(String earmarkClass);

    @Message("{#when status}{#is 'RECORDED'}geboekt{#is 'REVERSED'}teruggeboekt{#else}{status}{/when}")
    String giftStatus(String status);

    @Message("{#when action}{#is 'RECORDED'}Geboekt{#is 'REVERSED'}Teruggeboekt{#is 'REALLOCATED'}Herbestemd{#else}{action}{/when}")
    String giftAction(String action);

    @Message("{#when status}{#is 'ACTIVE'}actief{#is 'ENDED'}beëindigd{#is 'CANCELLED'}ingetrokken{#else}{status}{/when}")
    String agreementStatus(String status);

    @Message("{#when status}{#is 'ACTIVE'}actief{#is 'LAPSED'}verlopen{#is 'STOPPED'}gestopt{#is 'CANCELLED'}ingetrokken{#else}{status}{/when}")
    String mandateStatus(String status);

    @Message("{#when frequency}{#is 'MONTHLY'}maandelijks{#is 'QUARTERLY'}per kwartaal{#is 'YEARLY'}jaarlijks{#else}{frequency}{/when}")
    String frequency(String frequency);

    @Message("{#when status}{#is 'COLLECTED'}geïncasseerd{#is 'RETURNED'}gestorneerd{#else}{status}{/when}")
    String collectionStatus(String status);

    @Message("{#when type}{#is 'FRST'}eerste incasso (FRST){#is 'RCUR'}herhaalde incasso (RCUR){#is 'OOFF'}eenmalige incasso (OOFF){#is 'FNAL'}laatste incasso (FNAL){#else}{type}{/when}")
    String sequenceType(String type);

    @Message("{#when status}{#is 'DUE'}te ontvangen{#is 'RECEIVED'}ontvangen{#is 'REVERSED'}teruggeboekt{#else}{status}{/when}")
    String instalmentStatus(String status);

    @Message("{#when status}{#is 'MATCHED'}gekoppeld{#is 'COLLECTION'}incasso{#is 'REVIEW'}te beoordelen{#is 'ASSIGNED'}toegewezen{#is 'IGNORED'}geen gift{#is 'RETURN_IN'}terugontvangen{#is 'TO_MATCH'}te matchen{#is 'REVERSED'}storno, gift teruggeboekt{#is 'RETURN_UNMATCHED'}storno zonder gift{#is 'DEBIT'}uitgaande betaling{#else}{status}{/when}")
    String entryStatus(String status);

    @Message("{#when direction}{#is 'CRDT'}bij{#is 'DBIT'}af{#else}{direction}{/when}")
    String direction(String direction);

    // Gifts: the latest gifts, a donor's gifts (GiftPages/list, tags/giftTable)

    @Message("Laatste giften")
    String giftsLatest();

    @Message("Giften van {donor}")
    String giftsOfDonor(String donor);

    @Message("Gift vastleggen")
    String giftsRecord();

    @Message("{count} {#if n == 1}gift{#else}giften{/if}")
    String giftsCount(String count, long n);

    @Message("Fondsen")
    String giftTableFunds();

    // A gift (GiftPages/gift)

    @Message("Gift {date}")
    String giftTitle(String date);

    @Message("Gift van {amount} op {date}")
    String giftHeading(String amount, String date);

    @Message("alle giften van deze donateur")
    String giftAllOfDonor();

    @Message("Ontvangen")
    String giftReceived();

    @Message("Wat is gegeven")
    String giftWhatWasGiven();

    @Message("Campagne")
    String giftCampaign();

    @Message("Verdeling over fondsen")
    String giftAllocations();

    @Message("Oormerk")
    String giftEarmark();

    @Message("Geschiedenis")
    String giftHistory();

    // Gift entry (GiftPages/entry)

    @Message("Gift vastleggen")
    String giftEntryTitle();

    @Message("Ontvangen op (als dat anders is)")
    String giftEntryReceivedDate();

    @Message("Wat is gegeven (in natura / pro bono)")
    String giftEntryDescription();

    @Message("Verdeling over fondsen")
    String giftEntrySplit();

    @Message("(laat de bedragen leeg om alles aan het eerste fonds te geven)")
    String giftEntrySplitHint();

    @Message("Gift vastleggen")
    String giftEntrySubmit();

    @Message("kies een kanaal")
    String giftEntryChooseChannel();

    // Batches (BatchPages/list)

    @Message("Batches")
    String batchListTitle();

    @Message("Geboekt")
    String batchListPosted();

    @Message("Door")
    String batchListBy();

    @Message("Giften")
    String batchListGifts();

    @Message("Nog geen batches geboekt.")
    String batchListNone();

    // A batch (BatchPages/batch)

    @Message("Batch {when}")
    String batchTitle(String when);

    @Message("Batch geboekt op {when} door {user}")
    String batchHeading(String when, String user);

    @Message("{count} {#if n == 1}gift{#else}giften{/if}, samen {total}")
    String batchGiftsTotalling(String count, int n, String total);

    @Message("(controle: {count} {#if n == 1}gift{#else}giften{/if}, {total})")
    String batchControl(String count, int n, String total);

    @Message("Alle batches")
    String batchAll();

    @Message("Nog een batch invoeren")
    String batchAnother();

    // Batch entry (BatchPages/form, BatchLines)

    @Message("Batch invoeren")
    String batchFormTitle();

    @Message("Controleaantal (giften)")
    String batchFormControlCount();

    @Message("Controletotaal (€)")
    String batchFormControlTotal();

    @Message("Controleren")
    String batchFormCheck();

    @Message("Batch boeken")
    String batchFormPost();

    @Message("Optelling van de regels")
    String batchFormAddsUp();

    @Message("Regels")
    String batchFormRowsColumn();

    @Message("Controle")
    String batchFormControl();

    @Message("Aantal")
    String batchFormCount();

    @Message("klopt")
    String batchFormMatches();

    @Message("wijkt af")
    String batchFormDiffers();

    @Message("Regel")
    String batchFormRow();

    @Message("Campagne")
    String batchFormCampaign();

    @Message("het op papier getelde aantal giften is nodig")
    String batchFormControlCountNeeded();

    @Message("het op papier getelde totaal is nodig")
    String batchFormControlTotalNeeded();

    @Message("dit formulier is al met andere regels geboekt; open een nieuw batchformulier om nog een batch te boeken")
    String batchFormPostedBefore();

    @Message("een bedrag is nodig")
    String batchSheetAmountNeeded();

    // Periodic-gift agreements (AgreementPages/list)

    @Message("Overeenkomsten periodieke gift")
    String agreementListTitle();

    @Message("Overeenkomst vastleggen")
    String agreementListRecord();

    @Message("{count} {#if n == 1}overeenkomst{#else}overeenkomsten{/if}")
    String agreementListCount(String count, long n);

    @Message("Transactienummer")
    String agreementTransactionNumber();

    @Message("Per jaar")
    String agreementListYearly();

    @Message("Jaren")
    String agreementListYears();

    @Message("Machtiging")
    String agreementMandate();

    @Message("machtiging")
    String agreementMandateLink();

    @Message("geen einddatum")
    String agreementOpenEnded();

    // A periodic-gift agreement (AgreementPages/agreement)

    @Message("Overeenkomst {number}")
    String agreementTitle(String number);

    @Message("Overeenkomst periodieke gift {number}")
    String agreementHeading(String number);

    @Message("Jaarbedrag")
    String agreementYearlyAmount();

    @Message("Looptijd")
    String agreementRuns();

    @Message("{years} jaar, van {from} tot en met {to}")
    String agreementRunsFromTo(int years, String from, String to);

    @Message("{years} jaar, vanaf {from}")
    String agreementRunsFrom(int years, String from);

    @Message("Getekend")
    String agreementSigned();

    @Message("Betaald via")
    String agreementPaidBy();

    @Message("machtiging {mandateId}")
    String agreementPaidByMandate(String mandateId);

    @Message("Alle overeenkomsten")
    String agreementAll();

    // Recording an agreement (AgreementPages/form)

    @Message("Overeenkomst periodieke gift vastleggen")
    String agreementFormTitle();


    @Message("Jaarbedrag (€)")
    String agreementFormYearlyAmount();

    @Message("Tot en met (leeg: geen einddatum)")
    String agreementFormEndDate();

    @Message("Aantal jaren zonder einddatum (minstens 5)")
    String agreementFormDurationYears();

    @Message("Overeenkomst vastleggen")
    String agreementFormSubmit();

    // SEPA mandates (MandatePages/list)

    @Message("SEPA-machtigingen")
    String mandateListTitle();

    @Message("Machtiging vastleggen")
    String mandateListRecord();

    @Message("elke status")
    String mandateListEveryStatus();

    @Message("Tonen")
    String mandateListShow();

    @Message("{count} {#if n == 1}machtiging{#else}machtigingen{/if}")
    String mandateListCount(String count, long n);

    @Message("Kenmerk")
    String mandateReference();

    @Message("Rekeninghouder")
    String mandateDebtor();

    @Message("Frequentie")
    String mandateFrequency();

    @Message("Volgende incasso")
    String mandateNextCollection();

    // A mandate (MandatePages/mandate)

    @Message("Machtiging {reference}")
    String mandateTitle(String reference);

    @Message("Terugkerende gift")
    String mandateRecurringGift();

    @Message("naar {fundCode},")
    String mandateToFund(String fundCode);

    @Message("vanaf {from}")
    String mandateScheduleFrom(String from);

    @Message("van {from} tot en met {to}")
    String mandateScheduleFromTo(String from, String to);

    @Message("{date} (incassant-id {creditorId})")
    String mandateSignedCreditor(String date, String creditorId);

    @Message("Reden van de status")
    String mandateStatusReason();

    @Message("Storno's")
    String mandateReturns();

    @Message("Incasso's")
    String mandateCollections();

    @Message("Gestorneerd")
    String mandateReturned();

    @Message("Nog niet geïncasseerd.")
    String mandateNotCollected();

    @Message("Overeenkomst periodieke gift vastleggen, betaald via deze machtiging")
    String mandateRecordAgreement();

    @Message("Intrekken: waarom de donateur of wij stoppen")
    String mandateCancelWhy();

    @Message("Machtiging intrekken")
    String mandateCancel();

    // Recording a mandate (MandatePages/form)

    @Message("Getekende SEPA-machtiging vastleggen")
    String mandateFormHeading();

    @Message("Machtigingskenmerk")
    String mandateFormReference();

    @Message("Rekeninghouder")
    String mandateFormAccountHolder();

    @Message("BIC (optioneel)")
    String mandateFormBic();

    @Message("Eerste incasso")
    String mandateFormFirstCollection();

    @Message("Tot en met (optioneel)")
    String mandateFormEndDate();

    @Message("Machtiging vastleggen")
    String mandateFormSubmit();

    @Message("kies hoe vaak")
    String mandateFormChooseFrequency();

    // Collection runs (CollectionRunPages/list)

    @Message("Incassoruns")
    String runListTitle();

    @Message("SEPA-incassoruns")
    String runListHeading();

    @Message("Incasseren op")
    String runListCollectOn();

    @Message("Bekijk wat er te incasseren is")
    String runListPreview();

    @Message("Bericht-id")
    String runMessageId();

    @Message("Incasso's")
    String runListDebits();

    @Message("Aangemaakt")
    String runGenerated();

    @Message("pain.008")
    String runListFile();

    @Message("Nog geen runs.")
    String runListNone();

    // What a run would collect (CollectionRunPages/preview)

    @Message("Voorbeeld incassorun {date}")
    String runPreviewTitle(String date);

    @Message("Te incasseren op {date}: {count} {#if n == 1}incasso{#else}incasso's{/if}, {total}")
    String runPreviewHeading(String date, String count, int n, String total);

    @Message("Actieve machtigingen waarvan het schema op deze datum valt en die op deze datum nog geen incasso hebben. Er wordt niets geïncasseerd tot u de run aanmaakt.")
    String runPreviewExplained();

    @Message("Machtiging")
    String runPreviewMandate();

    @Message("Op deze datum is geen machtiging te incasseren.")
    String runPreviewNone();

    @Message("Run aanmaken")
    String runPreviewGenerate();

    @Message("Terug naar de runs")
    String runPreviewBack();

    // A collection run (CollectionRunPages/run)

    @Message("Incassorun {date}")
    String runTitle(String date);

    @Message("Incassorun van {date}: {count} {#if n == 1}incasso{#else}incasso's{/if}, {total}")
    String runHeading(String date, String count, int n, String total);

    @Message("Elke machtiging die op {date} te incasseren is, heeft haar incasso al: er is niets nieuws aangemaakt. Dit is de run die ze maakte.")
    String runRepeated(String date);

    @Message("pain.008 voor de bank downloaden")
    String runDownload();

    @Message("({reason} op {date})")
    String runReturnedOn(String reason, String date);

    // Grants (GrantPages/list)

    @Message("Subsidies")
    String grantListTitle();

    @Message("Subsidies en toezeggingen")
    String grantListHeading();

    @Message("Subsidie vastleggen")
    String grantListCommit();

    @Message("Rapportagedeadlines in de komende {days} dagen")
    String grantListDeadlines(int days);

    @Message("Dagen te gaan")
    String grantListDaysLeft();

    @Message("Subsidie")
    String grantListGrant();

    @Message("Geen rapportages te doen.")
    String grantListNoReports();

    @Message("Titel")
    String grantListName();

    @Message("Vervaldatum")
    String grantDue();

    @Message("Rapportage")
    String grantReport();

    @Message("Subsidiegever")
    String grantFunder();

    @Message("Periode")
    String grantPeriod();

    @Message("Ontvangen")
    String grantReceived();

    @Message("Nog te ontvangen")
    String grantOutstanding();

    // A grant (GrantPages/grant)

    @Message("giften van deze subsidiegever")
    String grantGiftsOfFunder();

    @Message("Kenmerk van de subsidiegever")
    String grantFunderReference();

    @Message("Overhead (opslag)")
    String grantOverhead();

    @Message("Vastgelegd")
    String grantCommitted();

    @Message("Termijnen")
    String grantInstalments();

    @Message("inkomstendatum (leeg: de vervaldatum)")
    String grantIncomeDateHint();

    @Message("Als ontvangen boeken")
    String grantMarkReceived();

    @Message("Rapportagedeadlines")
    String grantDeadlines();

    @Message("Alle subsidies")
    String grantAll();

    // Committing a grant (GrantPages/form)

    @Message("Subsidie of toezegging vastleggen")
    String grantFormHeading();

    @Message("Totaal (€)")
    String grantFormTotal();

    @Message("Overhead (%)")
    String grantFormOverhead();

    @Message("Termijnen (samen het totaal)")
    String grantFormInstalments();

    @Message("Subsidie vastleggen")
    String grantFormSubmit();

    // Bank: words of several bank screens

    @Message("Boekdatum")
    String bankBooked();

    @Message("Tegenpartij")
    String bankCounterparty();

    @Message("Omschrijving")
    String bankRemittance();

    @Message("Waarom")
    String bankWhy();

    @Message("Geïmporteerd")
    String bankImported();

    @Message("Rekening")
    String bankAccount();

    @Message("Afschrift")
    String bankStatement();

    @Message("Bijschrijvingen")
    String bankCredits();

    @Message("Afschrijvingen")
    String bankDebits();

    @Message("Sluit aan")
    String bankReconciled();

    @Message("Bij/af")
    String bankSide();

    // Review queue (BankImportPages/queue)

    @Message("Te beoordelen")
    String bankQueueTitle();

    @Message("Bankafschriften")
    String bankQueueStatements();

    @Message("Bijschrijvingen waarbij geen donateur is gevonden. Wijs elke bijschrijving toe aan een donateur (en fondsen), of markeer haar als geen gift.")
    String bankQueueExplained();

    @Message("Waarom het wacht")
    String bankQueueWhy();

    @Message("Behandelen")
    String bankQueueWork();

    @Message("Er wacht niets op beoordeling.")
    String bankQueueNone();

    // Bank statements (BankImportPages/statements)

    @Message("Bankafschriften")
    String bankStatementsTitle();

    @Message("CAMT.053-afschrift uploaden")
    String bankStatementsUploadCamt();

    @Message("Afschrift importeren")
    String bankStatementsImportCamt();

    @Message("Export van online giften uploaden (CSV): welke kolom wat bevat")
    String bankStatementsUploadCsv();

    @Message("Bron")
    String bankStatementsSource();

    @Message("Kolom datum")
    String bankStatementsDateColumn();

    @Message("Kolom bedrag")
    String bankStatementsAmountColumn();

    @Message("Kolom transactie-id")
    String bankStatementsReferenceColumn();

    @Message("Kolom donateur-id")
    String bankStatementsDonorIdColumn();

    @Message("Kolom IBAN")
    String bankStatementsIbanColumn();

    @Message("Kolom naam")
    String bankStatementsNameColumn();

    @Message("Kolom omschrijving")
    String bankStatementsDescriptionColumn();

    @Message("Datumnotatie")
    String bankStatementsDateFormat();

    @Message("dd-MM-yyyy")
    String bankStatementsDateFormatExample();

    @Message("Scheidingsteken")
    String bankStatementsSeparator();

    @Message("tab")
    String bankStatementsTab();

    @Message("Export importeren")
    String bankStatementsImportCsv();

    @Message("Te beoordelen")
    String bankStatementsInReview();

    @Message("Nog geen afschriften geïmporteerd.")
    String bankStatementsNone();

    @Message("kies een CAMT.053-bestand")
    String bankChooseCamt();

    @Message("kies een CSV-bestand")
    String bankChooseCsv();

    @Message("een korte naam in kleine letters, zoals mollie")
    String bankSourceInvalid();

    @Message("noem de kolom met {#when column}{#is 'date'}de datum{#is 'amount'}het bedrag{#is 'reference'}het transactie-id{#else}{column}{/when}")
    String bankColumnNeeded(String column);

    // A bank statement (BankImportPages/statement)

    @Message("Afschrift {reference}")
    String bankStatementTitle(String reference);

    @Message("Dit afschrift was al eerder geïmporteerd: er is niets toegevoegd.")
    String bankStatementAgain();

    @Message("Formaat")
    String bankStatementFormat();

    @Message("volgnummer")
    String bankStatementSequence();

    @Message("Saldi")
    String bankStatementBalances();

    @Message("Beginsaldo")
    String bankStatementOpening();

    @Message("Berekend eindsaldo")
    String bankStatementComputedClosing();

    @Message("Eindsaldo (afschrift)")
    String bankStatementClosing();

    @Message("(geen saldi opgegeven)")
    String bankStatementNoBalances();

    @Message("Regels per status")
    String bankStatementLinesByStatus();

    @Message("Aantal")
    String bankStatementCount();

    @Message("Bijschrijvingen per status (afschrift: {total})")
    String bankStatementCreditsByStatus(String total);

    @Message("Afschrijvingen per status (afschrift: {total})")
    String bankStatementDebitsByStatus(String total);

    @Message("{count} {#if n == 1}regel was{#else}regels waren{/if} al geïmporteerd met een overlappend afschrift en {#if n == 1}is{#else}zijn{/if} niet opnieuw toegevoegd.")
    String bankStatementDuplicates(String count, int n);

    @Message("Regels")
    String bankStatementLines();

    @Message("Alle afschriften")
    String bankStatementAll();

    // A bank line (BankImportPages/entry)

    @Message("Bankregel {date}")
    String bankEntryTitle(String date);

    @Message("{#when direction}{#is 'CRDT'}Bijschrijving{#else}Afschrijving{/when} van {amount}, geboekt op {date}")
    String bankEntryHeading(String direction, String amount, String date);

    @Message("Afgehandeld")
    String bankEntryResolved();

    @Message("regel {line}")
    String bankEntryLine(int line);

    @Message("Toewijzen aan een donateur: het wordt een gift")
    String bankEntryAssignHeading();

    @Message("Nog geen donateur?")
    String bankEntryNotADonorYet();

    @Message("Maak een nieuwe donateur aan")
    String bankEntryCreateDonor();

    @Message("in de donateurschermen en plak daarna het id hier.")
    String bankEntryThenPaste();

    @Message("Fondsen")
    String bankEntryFunds();

    @Message("(geen: ongeoormerkt; één fonds zonder bedrag krijgt alles)")
    String bankEntryFundsHint();

    @Message("Deze rekening onthouden voor de donateur (de volgende overboeking wordt dan vanzelf gekoppeld)")
    String bankEntryRemember();

    @Message("Toewijzen en de gift vastleggen")
    String bankEntryAssign();

    @Message("Geen gift")
    String bankEntryNotAGift();

    @Message("Waarom (een terugbetaling aan ons, een overboeking tussen eigen rekeningen, …)")
    String bankEntryIgnoreWhy();

    @Message("Markeren als geen gift")
    String bankEntryMarkNotAGift();

    @Message("Niet door ons terug te boeken: waarom")
    String bankEntryReturnWhy();

    @Message("Terug naar te beoordelen")
    String bankEntryBack();

    // Why a bank line was matched or not (stored in English, shown through bankimport.MatchReasons)

    @Message("geld terug van een uitgaande betaling (retour of terugboeking): geen gift")
    String matchReturnIn();

    @Message("storno van onze incasso, al geboekt")
    String matchReturnOfCollectionBooked();

    @Message("storno {code} van onze incasso (end-to-end-id): gift teruggeboekt")
    String matchReturnOfDebit(String code);

    @Message("uitgaande betaling: geen gift")
    String matchPaymentOut();

    @Message("retour van een overboeking waarvan de gift al is teruggeboekt")
    String matchReturnAlreadyReversed();

    @Message("retour van een eerdere bijschrijving (end-to-end-id): gift teruggeboekt")
    String matchReturnOfCredit();

    @Message("retour zonder gift van ons om terug te boeken")
    String matchReturnUnmatched();

    @Message("bedrag in {currency}, geen EUR: met de hand te boeken")
    String matchForeignCurrency(String currency);

    @Message("{how}: gift vastgelegd door de incassorun")
    String matchCollectionBooked(String how);

    @Message("geen donateur gevonden via end-to-end-id, machtigingskenmerk, rekening of omschrijving")
    String matchNoDonor();

    @Message("donateur gevonden via {how}, maar fonds {fundCode} is niet open op {date}")
    String matchFundClosed(String how, String fundCode, String date);

    @Message("gekoppeld via {how}")
    String matchMatchedBy(String how);

    @Message("door financiën aan de donateur toegewezen")
    String matchAssigned();

    @Message("geen gift: {reason}")
    String matchIgnored(String reason);

    @Message("{#when how}{#is 'E2E_DEBIT'}end-to-end-id van onze incasso{#is 'MANDATE_REF_DEBIT'}machtigingskenmerk van onze incasso{#is 'MANDATE_REF'}machtigingskenmerk{#is 'DONOR_ID_COLUMN'}kolom donateur-id van de export{#is 'KNOWN_ACCOUNT'}rekening die financiën eerder bevestigde{#is 'MANDATE_ACCOUNT'}rekening van de machtiging van de donateur{#is 'DONOR_ID_REMITTANCE'}donateur-id in de omschrijving{#is 'IBAN_ON_RECORD'}rekening op de kaart van de donateur{#is 'JOINT_ACCOUNT_NUMBER'}relatienummer van een van de houders van een gezamenlijke rekening{#is 'DONOR_NUMBER_REMITTANCE'}relatienummer in de omschrijving{#else}{how}{/when}")
    String matchHow(String how);

    @Message("de donateur")
    String giftTheDonor();

    @Message("de campagne")
    String giftTheCampaign();
}
