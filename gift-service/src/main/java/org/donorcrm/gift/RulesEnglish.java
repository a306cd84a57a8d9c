package org.donorcrm.gift;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Why gift-service refused a request, in English: every reason of {@link Rules}. */
@Localized("en")
public interface RulesEnglish extends Rules {

    @Override
    @Message("this donor is not known here yet (just registered?); please try again in a minute")
    String unknownDonor();

    @Override
    @Message("this donor was merged too many times to follow")
    String donorMergedTooOften();

    @Override
    @Message("there is no fund {code}")
    String unknownFund(String code);

    @Override
    @Message("fund {code} has another earmark")
    String fundOtherEarmark(String code);

    @Override
    @Message("fund {code} is closed or not active on {date.date}")
    String fundClosed(String code, LocalDate date);

    @Override
    @Message("this appeal does not exist")
    String unknownAppeal();

    @Override
    @Message("this appeal does not belong to the campaign chosen")
    String appealOfOtherCampaign();

    @Override
    @Message("this campaign is not known here")
    String unknownCampaign();

    @Override
    @Message("a gift in kind or pro bono needs a description of what was given; its amount is the fair value")
    String descriptionNeeded();

    @Override
    @Message("must be greater than zero")
    String amountNotPositive();

    @Override
    @Message("an earmarked allocation needs a fund")
    String earmarkNeedsFund();

    @Override
    @Message("the allocations add up to {sum.money}, not to the amount {amount.money}")
    String allocationsSum(BigDecimal sum, BigDecimal amount);

    @Override
    @Message("must not be before the gift's income date ({incomeDate.date})")
    String reversalBeforeIncome(LocalDate incomeDate);

    @Override
    @Message("the batch has {count} {#if count == 1}gift{#else}gifts{/if}, the control count is {controlCount}")
    String batchCount(int count, int controlCount);

    @Override
    @Message("the gifts add up to {total.money}, the control total is {controlTotal.money}")
    String batchTotal(BigDecimal total, BigDecimal controlTotal);

    @Override
    @Message("must not be before the start date")
    String endBeforeStart();

    @Override
    @Message("grants come from institutional funders, not individuals")
    String grantFromIndividual();

    @Override
    @Message("the instalments add up to {sum.money}, not to the total {total.money}")
    String instalmentsSum(BigDecimal sum, BigDecimal total);

    @Override
    @Message("this mandate does not exist")
    String unknownMandate();

    @Override
    @Message("this mandate is not the donor's")
    String mandateOfOtherDonor();

    @Override
    @Message("an open-ended periodic-gift agreement runs at least five years")
    String openAgreementTooShort();

    @Override
    @Message("a periodic-gift agreement runs at least five years; {start.date} to {end.date} is {years} {#if years == 1}year{#else}years{/if}")
    String agreementTooShort(LocalDate start, LocalDate end, int years);

    @Override
    @Message("the dates give {years} years, not {durationYears}")
    String agreementYearsDiffer(int years, int durationYears);

    @Override
    @Message("must not be before the signature date")
    String firstCollectionBeforeSignature();

    @Override
    @Message("must not be before the first collection")
    String endBeforeFirstCollection();

    @Override
    @Message("a collection must be due after today ({today.date})")
    String collectionNotAfterToday(LocalDate today);

    @Override
    @Message("no mandate is due on {dueDate.date}")
    String noMandateDue(LocalDate dueDate);

    @Override
    @Message("an amount in {currency} cannot be booked as a euro gift")
    String notInEuro(String currency);

    @Override
    @Message("this credit is not (or no longer) in the review queue")
    String entryNotInQueue();

    @Override
    @Message("this gift was reversed already")
    String giftAlreadyReversed();

    @Override
    @Message("this gift was reversed and cannot be re-earmarked")
    String giftReversedNotReallocated();

    @Override
    @Message("this instalment was received already")
    String instalmentAlreadyReceived();

    @Override
    @Message("transaction number {number} is already in use")
    String transactionNumberTaken(String number);

    @Override
    @Message("this collection was returned already")
    String collectionAlreadyReturned();

    @Override
    @Message("this collection run holds a debit of an erased donor and cannot be rebuilt")
    String runHoldsErasedDonor();

    @Override
    @Message("mandate reference {reference} is already in use")
    String mandateReferenceTaken(String reference);

    @Override
    @Message("this mandate is not active")
    String mandateNotActive();
}
