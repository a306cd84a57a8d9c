package org.donorcrm.reporting;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

import java.math.BigDecimal;

/** Why this service refused an input, in English: every reason of {@link Rules}. */
@Localized("en")
public interface RulesEnglish extends Rules {

    @Override
    @Message("must be a year from 2000 to 2099")
    String yearInvalid();

    @Override
    @Message("must be a month from 1 to 12")
    String monthInvalid();

    @Override
    @Message("must be a date YYYY-MM-DD")
    String dateInvalid();

    @Override
    @Message("must lie in the year {year}")
    String dateInYear(int year);

    @Override
    @Message("give at most one of month, quarter and asOf")
    String periodOneOfThree();

    @Override
    @Message("not an amount; write for example 1.234,56 or 1234.56")
    String amountInvalid();

    @Override
    @Message("can be read two ways; write 1234 or 1.234,00 for one thousand two hundred and thirty-four euros, or 1,23 with two decimals")
    String amountAmbiguous();

    @Override
    @Message("must have at most two decimals")
    String amountDecimals();

    @Override
    @Message("must not be negative")
    String amountNegative();

    @Override
    @Message("must have at most 13 digits before the decimal point")
    String amountDigits();

    @Override
    @Message("must be 1-30 capitals, digits or dashes")
    String costLineCode();

    @Override
    @Message("the budget of {year} has no cost line {costLine}")
    String noSuchCostLine(int year, String costLine);

    @Override
    @Message("category and earmark class appear twice")
    String incomeLineTwice();

    @Override
    @Message("code appears twice")
    String costLineTwice();

    @Override
    @Message("cost line {costLine} has actual costs posted and cannot be left out")
    String costLineHasCosts(String costLine);

    @Override
    @Message("the months add up to {sum.money}, not to the amount {amount.money}")
    String phasingSum(BigDecimal sum, BigDecimal amount);

    @Override
    @Message("must name the columns year,month,costLine,amount")
    String csvHeader();

    @Override
    @Message("must have as many columns as the header")
    String csvColumns();

    @Override
    @Message("is not a readable CSV file")
    String csvUnreadable();

    @Override
    @Message("must have at least one row")
    String csvNoRows();

    @Override
    @Message("{year}-{month} has not ended yet: a month can be closed from its next month on")
    String monthNotEnded(int year, int month);
}
