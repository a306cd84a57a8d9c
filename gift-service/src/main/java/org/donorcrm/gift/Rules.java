package org.donorcrm.gift;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.donorcrm.platform.i18n.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Why gift-service refuses a request that breaks one of its rules, in Dutch (the default; English in
 * {@link RulesEnglish}): the bundle {@value Texts#RULES}. Each key is the code a refusal names (the third argument of
 * a {@code RuleViolation} or a {@code Problem.FieldError}, followed by the reason's arguments) and a screen writes it
 * in the user's language through {@code Texts.reason}; the API keeps answering the English detail. A reason never
 * names an id: a screen shows none.
 */
@MessageBundle(value = Texts.RULES, locale = "nl")
public interface Rules {

    // Donors, funds, campaigns (the replicas)
    @Message("deze donateur is hier nog niet bekend (net ingeschreven?); probeer het over een minuut opnieuw")
    String unknownDonor();

    @Message("deze donateur is te vaak samengevoegd om te volgen")
    String donorMergedTooOften();

    @Message("fonds {code} bestaat niet")
    String unknownFund(String code);

    @Message("fonds {code} heeft een ander oormerk")
    String fundOtherEarmark(String code);

    @Message("fonds {code} is gesloten of niet actief op {date.date}")
    String fundClosed(String code, LocalDate date);

    @Message("deze actie bestaat niet")
    String unknownAppeal();

    @Message("deze actie hoort niet bij de gekozen campagne")
    String appealOfOtherCampaign();

    @Message("deze campagne is hier niet bekend")
    String unknownCampaign();


    // Gifts
    @Message("een gift in natura of pro bono heeft een omschrijving nodig van wat er is gegeven; het bedrag is de reële waarde")
    String descriptionNeeded();

    @Message("moet groter dan nul zijn")
    String amountNotPositive();

    @Message("een geoormerkte verdeling heeft een fonds nodig")
    String earmarkNeedsFund();

    @Message("de verdeling telt op tot {sum.money}, niet tot het bedrag {amount.money}")
    String allocationsSum(BigDecimal sum, BigDecimal amount);

    @Message("mag niet voor de inkomstendatum van de gift ({incomeDate.date}) liggen")
    String reversalBeforeIncome(LocalDate incomeDate);


    // Batches
    @Message("de batch heeft {count} {#if count == 1}gift{#else}giften{/if}, het controleaantal is {controlCount}")
    String batchCount(int count, int controlCount);

    @Message("de giften tellen op tot {total.money}, het controletotaal is {controlTotal.money}")
    String batchTotal(BigDecimal total, BigDecimal controlTotal);


    // Dates of a period
    @Message("mag niet voor de begindatum liggen")
    String endBeforeStart();


    // Grants
    @Message("een subsidie komt van een instelling of fonds, niet van een particulier")
    String grantFromIndividual();

    @Message("de termijnen tellen op tot {sum.money}, niet tot het totaal {total.money}")
    String instalmentsSum(BigDecimal sum, BigDecimal total);


    // Periodic-gift agreements
    @Message("deze machtiging bestaat niet")
    String unknownMandate();

    @Message("deze machtiging is niet van deze donateur")
    String mandateOfOtherDonor();

    @Message("een overeenkomst periodieke gift zonder einddatum loopt minstens vijf jaar")
    String openAgreementTooShort();

    @Message("een overeenkomst periodieke gift loopt minstens vijf jaar; van {start.date} tot en met {end.date} is {years} jaar")
    String agreementTooShort(LocalDate start, LocalDate end, int years);

    @Message("de data geven {years} jaar, niet {durationYears}")
    String agreementYearsDiffer(int years, int durationYears);


    // SEPA mandates and collection runs
    @Message("mag niet voor de datum van ondertekening liggen")
    String firstCollectionBeforeSignature();

    @Message("mag niet voor de eerste incasso liggen")
    String endBeforeFirstCollection();

    @Message("een incasso moet na vandaag ({today.date}) vallen")
    String collectionNotAfterToday(LocalDate today);

    @Message("er is op {dueDate.date} geen machtiging te incasseren")
    String noMandateDue(LocalDate dueDate);


    // The bank import
    @Message("een bedrag in {currency} kan niet als gift in euro worden geboekt")
    String notInEuro(String currency);

    // Conflicts with what is stored already
    @Message("deze bijschrijving staat niet (meer) in de wachtrij om te beoordelen")
    String entryNotInQueue();

    @Message("deze gift is al teruggedraaid")
    String giftAlreadyReversed();

    @Message("deze gift is teruggedraaid en kan niet opnieuw worden geoormerkt")
    String giftReversedNotReallocated();

    @Message("deze termijn is al ontvangen")
    String instalmentAlreadyReceived();

    @Message("transactienummer {number} is al in gebruik")
    String transactionNumberTaken(String number);

    @Message("deze incasso is al gestorneerd")
    String collectionAlreadyReturned();

    @Message("deze incassorun bevat een incasso van een gewiste donateur en kan niet opnieuw worden opgebouwd")
    String runHoldsErasedDonor();

    @Message("machtigingskenmerk {reference} is al in gebruik")
    String mandateReferenceTaken(String reference);

    @Message("deze machtiging is niet actief")
    String mandateNotActive();
}
