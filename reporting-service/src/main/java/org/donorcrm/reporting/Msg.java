package org.donorcrm.reporting;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of this service's screens, in Dutch (the default; English in {@link MsgEnglish}). Templates write
 * {@code {msg:key}}; Java code takes the texts in the request's language from
 * {@code org.donorcrm.platform.i18n.Texts.of(Msg.class)}. The platform's shared words are in its {@code ui} bundle.
 * Codes (earmark class, income category, donor kind) are shown through the methods that name them; a code not known
 * here is shown as it is.
 */
@MessageBundle(locale = "nl")
public interface Msg {

    // Navigation
    @Message("LYBUNT")
    String navLybunt();

    @Message("SYBUNT")
    String navSybunt();

    @Message("Campagneresultaten")
    String navCampaignResults();

    @Message("Reserve")
    String navReserve();

    @Message("Begroting")
    String navBudget();

    @Message("Afsluitingen")
    String navCloses();

    @Message("Onverwerkte berichten")
    String navDeadLetters();

    @Message("Herberekenen")
    String navRebuild();


    // Tables of every screen (templates/tags/datatable) and their exports
    @Message("Niets in deze periode.")
    String tableNothing();

    @Message("ja")
    String tableYes();

    @Message("nee")
    String tableNo();

    @Message("Totaal")
    String tableTotal();

    @Message("{#when code}{#is 'UNEARMARKED'}ongeoormerkt{#is 'PROGRAMME'}deels geoormerkt (programma){#is 'PROJECT'}geoormerkt (project){#else}{code}{/when}")
    String earmarkClass(String code);

    @Message("{#when code}{#is 'INDIVIDUALS'}particulieren{#is 'COMPANIES'}bedrijven{#is 'LOTTERY_ORGANISATIONS'}loterijorganisaties{#is 'GOVERNMENT_GRANTS'}subsidies van overheden{#is 'AFFILIATED_NONPROFITS'}verbonden organisaties{#is 'OTHER_NONPROFITS'}andere organisaties zonder winststreven{#else}{code}{/when}")
    String incomeCategory(String code);

    @Message("{#when code}{#is 'INDIVIDUAL'}particulier{#is 'COMPANY'}bedrijf{#is 'FOUNDATION'}vermogensfonds{#is 'GOVERNMENT'}overheid{#is 'EU_INSTITUTION'}EU-instelling{#is 'LOTTERY'}loterij{#is 'AFFILIATED_NONPROFIT'}verbonden organisatie{#is 'OTHER_NONPROFIT'}andere organisatie zonder winststreven{#is 'UNKNOWN'}nog onbekend{#else}{code}{/when}")
    String donorKind(String code);

    @Message("{#when code}{#is 'RECORDED'}geboekt{#is 'REVERSED'}teruggeboekt{#is 'REALLOCATED_OUT'}herbestemd (af){#is 'REALLOCATED_IN'}herbestemd (bij){#else}{code}{/when}")
    String movement(String code);

    @Message("{#when code}{#is 'CAMPAIGN'}campagne{#is 'APPEAL'}actie{#is 'UNKNOWN'}onbekend{#else}{code}{/when}")
    String campaignType(String code);

    @Message("{#when code}{#is 'LETTER'}brief{#is 'EMAIL'}e-mail{#is 'ONLINE'}online{#is 'EVENT'}evenement{#is 'TELEMARKETING'}telemarketing{#else}{code}{/when}")
    String appealChannel(String code);


    // Allocations behind a figure (drill-down)
    @Message("Boekingen achter het cijfer")
    String allocationsHeading();

    @Message("Boekingen {from} – {to}: {total.number} {#if total == 1}regel{#else}regels{/if}, som {sum}")
    String allocationsTitle(String from, String to, long total, String sum);

    @Message("Inkomstendatum")
    String allocationsIncomeDate();

    @Message("Boeking")
    String allocationsMovement();

    @Message("Relatie")
    String allocationsDonor();

    @Message("Soort")
    String allocationsKind();

    @Message("Inkomstencategorie")
    String allocationsIncomeCategory();

    @Message("Oormerk")
    String allocationsEarmarkClass();

    @Message("Fonds")
    String allocationsFund();

    @Message("Bedrag")
    String allocationsAmount();

    @Message("Gift")
    String allocationsGift();

    @Message("Namen van relaties zijn persoonsgegevens en worden voor uw rol niet getoond; u ziet het relatienummer en de soort.")
    String namesNotShown();

    @Message("De namen van de relaties konden nu niet bij donor-service worden opgehaald; de links gaan naar de pagina's van de relaties.")
    String namesNotFetched();

    @Message("de donateur")
    String donorUnnamed();

    @Message("nr. {number} · {msg:donorKind(kind)}")
    String donorReference(Long number, String kind);


    // LYBUNT and SYBUNT lists
    @Message("LYBUNT: vorig jaar wel gegeven, dit jaar nog niet")
    String lapsedLybuntHeading();

    @Message("SYBUNT: eerder wel gegeven, vorig en dit jaar niet")
    String lapsedSybuntHeading();

    @Message("{list} per {asOf}: {total.number} {#if total == 1}donateur{#else}donateurs{/if}")
    String lapsedTitle(String list, String asOf, long total);

    @Message("Donateur")
    String lapsedDonor();

    @Message("Laatste jaar met netto giften")
    String lapsedLastYear();

    @Message("Netto bedrag dat jaar")
    String lapsedLastAmount();

    @Message("Pagina's van de lijst")
    String lapsedPages();

    @Message("Donateurs {first}–{last} van {total}")
    String lapsedPaging(String first, String last, String total);

    @Message("Vorige")
    String lapsedPrevious();

    @Message("Volgende")
    String lapsedNext();


    // Campaign results
    @Message("Campagneresultaten")
    String campaignsHeading();

    @Message("Campagneresultaten {from} – {to}")
    String campaignsTitle(String from, String to);

    @Message("Code")
    String campaignsCode();

    @Message("Naam")
    String campaignsName();

    @Message("Soort")
    String campaignsType();

    @Message("Kanaal")
    String campaignsChannel();

    @Message("Doelbedrag")
    String campaignsGoal();

    @Message("Opgehaald")
    String campaignsRaised();

    @Message("Doel bereikt %")
    String campaignsGoalReached();

    @Message("Giften")
    String campaignsGifts();

    @Message("Donateurs")
    String campaignsDonors();

    @Message("Kosten per opgehaalde euro")
    String campaignsCostPerEuro();


    // Continuity reserve
    @Message("Continuïteitsreserve")
    String reserveHeading();

    @Message("Continuïteitsreserve {from} – {to}")
    String reserveTitle(String from, String to);

    @Message("Continuïteitsreserve {from} – {to} (ontbreekt: {missing})")
    String reserveTitleMissing(String from, String to, String missing);

    @Message("Post")
    String reserveItem();

    @Message("Bedrag")
    String reserveAmount();

    @Message("Beginsaldo (gecontroleerd eindsaldo {year})")
    String reserveOpening(int year);

    @Message("Geplande dotatie (+) of onttrekking (−)")
    String reservePlannedAddition();

    @Message("Ongeoormerkte inkomsten tot nu toe")
    String reserveUnearmarkedIncome();

    @Message("Ongeoormerkte begroting tot nu toe")
    String reserveUnearmarkedBudget();

    @Message("Kosten werkorganisatie tot nu toe")
    String reserveWerkorganisatieCost();

    @Message("Begroting werkorganisatie tot nu toe")
    String reserveWerkorganisatieBudget();

    @Message("Verwacht eindsaldo")
    String reserveProjectedClosing();

    @Message("Planpad aan het eind van het jaar")
    String reservePlanPath();

    @Message("Tekort (negatief: voor op plan)")
    String reserveShortBy();

    @Message("Verhouding tot de jaarlijkse kosten van de werkorganisatie (doel 0,5, plafond 1,5)")
    String reserveRatio();

    @Message("Reservegrootboek: gecontroleerd eindsaldo {year}")
    String reserveLedger(int year);


    // Budget against realisation
    @Message("Begroting versus realisatie")
    String budgetHeading();

    @Message("Inkomsten: begroting versus realisatie {from} – {to}")
    String budgetIncomeTitle(String from, String to);

    @Message("Inkomstencategorie")
    String budgetIncomeCategory();

    @Message("Oormerk")
    String budgetEarmarkClass();

    @Message("Begroting")
    String budgetBudget();

    @Message("Gerealiseerd")
    String budgetRealised();

    @Message("Verschil")
    String budgetDifference();

    @Message("Realisatie %")
    String budgetRealisation();

    @Message("Kosten: begroting versus werkelijk {from} – {to}")
    String budgetCostsTitle(String from, String to);

    @Message("Kostenregel")
    String budgetCostLine();

    @Message("Naam")
    String budgetName();

    @Message("Werkorganisatie")
    String budgetWerkorganisatie();

    @Message("Werkelijk")
    String budgetActual();

    @Message("Dekking van de werkorganisatie")
    String budgetCoverage();

    @Message("Er is niets geboekt:")
    String budgetNothingPosted();

    @Message("Werkelijke kosten boeken")
    String budgetPostCosts();

    @Message("De werkelijke kosten van één maand voor één kostenregel van de begroting van het jaar; vervangt een bedrag dat eerder voor die maand en regel is geboekt.")
    String budgetPostCostsHelp();

    @Message("Jaar")
    String budgetYear();

    @Message("Maand")
    String budgetMonth();

    @Message("Bedrag (€)")
    String budgetAmount();

    @Message("Kosten boeken")
    String budgetPostCost();

    @Message("De begroting van {year} heeft geen kostenregels: stel eerst de begroting op.")
    String budgetNoCostLines(int year);

    @Message("CSV-bestand")
    String budgetCsvFile();

    @Message("Kosten uploaden")
    String budgetUpload();

    @Message("Kolommen year,month,costLine,amount; bedragen als 1234.56, of met een decimale komma tussen aanhalingstekens (\"1.234,56\"); alle regels of geen: één foute regel boekt niets.")
    String budgetCsvHelp();

    @Message("{#if rows == 1}1 werkelijke kostenpost uit het CSV-bestand geboekt.{#else}{rows} werkelijke kostenposten uit het CSV-bestand geboekt.{/if}")
    String budgetPostedRows(int rows);

    @Message("Werkelijke kosten van {line} voor {year}-{month} geboekt: {amount}.")
    String budgetPostedCost(String line, int year, int month, String amount);

    @Message("Regel {row}: {detail}")
    String budgetErrorRow(int row, String detail);

    @Message("Regel {row}, {field}: {detail}")
    String budgetErrorRowField(int row, String field, String detail);

    @Message("Jaar: {detail}")
    String budgetErrorYear(String detail);

    @Message("Maand: {detail}")
    String budgetErrorMonth(String detail);

    @Message("Kostenregel: {detail}")
    String budgetErrorCostLine(String detail);

    @Message("Bedrag: {detail}")
    String budgetErrorAmount(String detail);

    @Message("CSV-bestand: {detail}")
    String budgetErrorFile(String detail);

    @Message("De kopregel van het CSV-bestand {detail}")
    String budgetErrorHeader(String detail);

    @Message("Het CSV-bestand {detail}")
    String budgetErrorWholeFile(String detail);

    @Message("kies een kostenregel")
    String budgetChooseCostLine();

    @Message("kies een CSV-bestand")
    String budgetChooseFile();

    @Message("moet UTF-8-tekst zijn")
    String budgetNotUtf8();

    @Message("vul een bedrag in, zoals 1.234,56")
    String budgetAmountEmpty();


    // Monthly income (dashboard export)
    @Message("Inkomsten per maand {year} per oormerk")
    String monthlyTitle(int year);

    @Message("Maand")
    String monthlyMonth();

    @Message("Ongeoormerkt")
    String monthlyUnearmarked();

    @Message("Programma (deels geoormerkt)")
    String monthlyProgramme();

    @Message("Project (geoormerkt)")
    String monthlyProject();

    @Message("Totaal")
    String monthlyTotal();


    // Dashboard
    @Message("Dashboard {year}")
    String dashboardTitle(int year);

    @Message("Strategische cijfers {year}")
    String dashboardHeading(int year);

    @Message("Jaar")
    String dashboardYear();

    @Message("Tonen")
    String dashboardShow();

    @Message("verbinden…")
    String dashboardConnecting();

    @Message("live")
    String dashboardLive();

    @Message("opnieuw verbinden…")
    String dashboardReconnecting();

    @Message("doel")
    String dashboardTarget();

    @Message("{amount} tekort")
    String dashboardShort(String amount);

    @Message("{amount} voor")
    String dashboardAhead(String amount);

    @Message("geen doel ingesteld")
    String dashboardNoTarget();

    @Message("Behoud {year}: {newDonors.number} nieuw, {retained.number} behouden, {recaptured.number} teruggewonnen, {lapsed.number} verloren; retentie {#if rate}{rate.percent}{#else}–{/if}. Cijfers van {from.shortDate} tot en met {to.shortDate}.")
    String dashboardRetention(int year, long newDonors, long retained, long recaptured, long lapsed,
            java.math.BigDecimal rate, java.time.LocalDate from, java.time.LocalDate to);

    @Message("Aandeel ongeoormerkt 2024–2028")
    String dashboardChartUnearmarkedShare();

    @Message("Continuïteitsreserve 2024–2028")
    String dashboardChartReserve();

    @Message("Inkomsten van particuliere donateurs 2024–2028")
    String dashboardChartPrivate();

    @Message("Inkomsten per maand {year} per oormerk")
    String dashboardChartMonthly(int year);

    @Message("Behoud {year}")
    String dashboardChartRetention(int year);

    @Message("Begroting versus realisatie")
    String dashboardChartBudget();

    @Message("werkelijk")
    String dashboardSeriesActual();

    @Message("doel")
    String dashboardSeriesTarget();

    @Message("Ongeoormerkt")
    String dashboardSeriesUnearmarked();

    @Message("Programma")
    String dashboardSeriesProgramme();

    @Message("Project")
    String dashboardSeriesProject();

    @Message("nieuw")
    String dashboardSeriesNew();

    @Message("behouden")
    String dashboardSeriesRetained();

    @Message("teruggewonnen")
    String dashboardSeriesRecaptured();

    @Message("verloren")
    String dashboardSeriesLapsed();

    @Message("begroting")
    String dashboardSeriesBudget();

    @Message("gerealiseerd")
    String dashboardSeriesRealised();

    @Message("Aandeel ongeoormerkt")
    String tileUnearmarkedShare();

    @Message("{unearmarked} van {total} ongeoormerkt")
    String tileUnearmarkedShareDetail(String unearmarked, String total);

    @Message("Continuïteitsreserve (verwacht eindsaldo)")
    String tileReserve();

    @Message("ontbreekt: {missing}")
    String tileReserveMissing(String missing);

    @Message("verhouding tot de werkorganisatie niet beschikbaar")
    String tileReserveNoRatio();

    @Message("verhouding {ratio} tot de werkorganisatie (doel 0,5)")
    String tileReserveRatio(String ratio);

    @Message("Inkomsten van particuliere donateurs")
    String tilePrivateDonors();

    @Message("{donors} donateurs, {gifts} giften")
    String tilePrivateDonorsDetail(String donors, String gifts);

    @Message("Ongeoormerkte institutionele inkomsten")
    String tileInstitutional();

    @Message("{amount} van nog onbekende relaties")
    String tileInstitutionalDetail(String amount);


    // Quarterly report
    @Message("Kwartaalrapportage {year} K{quarter}")
    String quarterlyTitle(int year, int quarter);

    @Message("Afdrukken")
    String quarterlyPrint();

    @Message("Kerncijfer (kwartaal)")
    String quarterlyKeyFigure();

    @Message("Werkelijk")
    String quarterlyActual();

    @Message("Doel")
    String quarterlyTarget();

    @Message("Tekort of voor")
    String quarterlyShortOrAhead();

    @Message("Inkomsten per maand {year}")
    String quarterlyChartMonthly(int year);

    @Message("Maandafsluitingen van het kwartaal")
    String quarterlyCloses();

    @Message("afgesloten door {user}")
    String quarterlyClosedBy(String user);

    @Message("aangepast na afsluiting")
    String quarterlyAdjusted();

    @Message("Nog geen maand van dit kwartaal is afgesloten.")
    String quarterlyNoneClosed();


    // Month closes
    @Message("Maandafsluitingen {year}")
    String closesTitle(int year);

    @Message("Maand")
    String closesMonth();

    @Message("Afgesloten door")
    String closesClosedBy();

    @Message("Afgesloten op")
    String closesClosedAt();

    @Message("Nog geen maand van {year} is afgesloten.")
    String closesNone(int year);

    @Message("Rapportage K{quarter}")
    String closesQuarterReport(int quarter);

    @Message("Jaar")
    String closesYear();

    @Message("Maand afsluiten")
    String closesClose();

    @Message("Afsluiten legt de kerncijfers van de maand vast. Latere correcties verschijnen als aanpassingen.")
    String closesHelp();

    @Message("kies een maand")
    String closesChooseMonth();

    @Message("{year}-{month} is al eerder afgesloten; latere correcties verschijnen als aanpassingen")
    String closesAlreadyClosed(int year, int month);


    @Message("Afsluiting {year}-{month}")
    String closeTitle(int year, int month);

    @Message("Afsluiting van {year}-{month}")
    String closeHeading(int year, int month);

    @Message("Aanpassingen na afsluiting: er kwamen boekingen van deze maand binnen nadat de maand was afgesloten. De momentopname is ongewijzigd; de verschillen staan in de laatste kolom.")
    String closeAdjusted();

    @Message("Geen aanpassingen na afsluiting.")
    String closeNoAdjustments();

    @Message("Afsluiting van {year}-{month} door {user} op {at}")
    String closeTableTitle(int year, int month, String user, String at);

    @Message("{#when kpi}{#is 'unearmarked-share'}Aandeel ongeoormerkt{#is 'private-donors'}Particuliere donateurs{#is 'institutional-income'}Institutionele inkomsten{#is 'continuity-reserve'}Continuïteitsreserve{#is 'retention'}Behoud{#else}{kpi}{/when}")
    String closeKpiName(String kpi);

    @Message("Kerncijfer")
    String closeKpi();

    @Message("Waarde")
    String closeValue();

    @Message("Vastgelegd bij afsluiting")
    String closeFrozen();

    @Message("Verschil met vorige maand")
    String closeChangeMonth();

    @Message("Verschil met vorig kwartaal")
    String closeChangeQuarter();

    @Message("Nu")
    String closeLive();

    @Message("Aanpassing na afsluiting")
    String closeAdjustment();


    // Dead letters (admin)
    @Message("Onverwerkte berichten")
    String deadLettersTitle();

    @Message("Gebeurtenissen die een verwerker niet kon toepassen, uit elk dead-letter-topic (<topic>.dlq.<verwerker>), nieuwste eerst. Los eerst de oorzaak op (zet de correctie van de verwerker live, of verbeter de gegevens bij de bron) en speel dan opnieuw af: de gebeurtenis gaat terug naar het oorspronkelijke topic met het oorspronkelijke id, en elke verwerker slaat een gebeurtenis over die hij al heeft toegepast. Een gebeurtenis die nog steeds niet kan worden toegepast, komt hier terug met de reden.")
    String deadLettersIntro();

    @Message("Onverwerkt bericht")
    String deadLettersRecord();

    @Message("Van")
    String deadLettersFrom();

    @Message("Gebeurtenis")
    String deadLettersEvent();

    @Message("Onverwerkt sinds")
    String deadLettersAt();

    @Message("Reden")
    String deadLettersReason();

    @Message("Opnieuw afgespeeld")
    String deadLettersReplays();

    @Message("geen CloudEvent-id")
    String deadLettersNoEventId();

    @Message("{user} op {at}")
    String deadLettersReplayedBy(String user, String at);

    @Message("niet opnieuw afgespeeld")
    String deadLettersNotReplayed();

    @Message("Nogmaals afspelen")
    String deadLettersReplayAgain();

    @Message("Opnieuw afspelen")
    String deadLettersReplay();

    @Message("Geen onverwerkte berichten: elke gebeurtenis is toegepast.")
    String deadLettersNone();

    @Message("{record} is opnieuw afgespeeld naar het oorspronkelijke topic. Lukt het toepassen nog steeds niet, dan komt het hier terug als nieuw bericht met de reden.")
    String deadLettersReplayed(String record);

    @Message("{record} is al eerder opnieuw afgespeeld; kies Nogmaals afspelen om het nog eens te doen.")
    String deadLettersAlreadyReplayed(String record);

    @Message("Bericht {record} bestaat niet (meer).")
    String deadLettersNotFound(String record);


    // Rebuild (admin)
    @Message("Herberekenen")
    String rebuildTitle();

    @Message("De leesmodellen opnieuw opbouwen")
    String rebuildHeading();

    @Message("Opnieuw opbouwen leegt het inkomstengrootboek, de totalen ervan, de kopieën van relaties, fondsen en campagnes en het logboek van toegepaste gebeurtenissen, en speelt crm.gifts, crm.donors en crm.campaigns vanaf het begin opnieuw af. De invoer van financiën (doelen, begrotingen, werkelijke kosten, het reservegrootboek), de maandafsluitingen en het auditlogboek blijven ongemoeid. De verwerkers gaan intussen door, maar de cijfers zijn onvolledig tot het opnieuw afspelen klaar is: bouw buiten kantooruren opnieuw op. Het loopt op de achtergrond, één tegelijk; de pagina ervan toont hoe ver het is.")
    String rebuildIntro();

    @Message("Er loopt een herberekening, gestart door {user}; {done} gebeurtenissen opnieuw afgespeeld.")
    String rebuildRunning(String user, String done);

    @Message("Er loopt een herberekening, gestart door {user}; {done} van {total} gebeurtenissen opnieuw afgespeeld.")
    String rebuildRunningOf(String user, String done, String total);

    @Message("Leesmodellen opnieuw opbouwen")
    String rebuildJobTitle();

    @Message("Volgen")
    String rebuildFollow();

    @Message("De leesmodellen opnieuw opbouwen")
    String rebuildStart();

    @Message("Alle taken")
    String rebuildAllJobs();
}
