package org.donorcrm.reporting;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.donorcrm.platform.i18n.Texts;

import java.math.BigDecimal;

/**
 * Why this service refused an input, in Dutch (the default; English in {@link RulesEnglish}): the bundle
 * {@value Texts#RULES}. Each key is the code a refusal names (the third argument of a {@code RuleViolation} or a
 * {@code Problem.FieldError}, followed by the reason's arguments) and a screen writes it in the user's language
 * through {@code Texts.reason}; the API keeps answering the English detail.
 */
@MessageBundle(value = Texts.RULES, locale = "nl")
public interface Rules {

    // Years, months and dates
    @Message("moet een jaar van 2000 tot en met 2099 zijn")
    String yearInvalid();

    @Message("moet een maand van 1 tot en met 12 zijn")
    String monthInvalid();

    @Message("moet een datum zijn als JJJJ-MM-DD")
    String dateInvalid();

    @Message("moet in het jaar {year} liggen")
    String dateInYear(int year);

    @Message("geef hoogstens één van maand, kwartaal en peildatum")
    String periodOneOfThree();


    // Amounts (typed on the cost form and in the cost CSV)
    @Message("geen bedrag; schrijf bijvoorbeeld 1.234,56 of 1234.56")
    String amountInvalid();

    @Message("kan op twee manieren gelezen worden; schrijf 1234 of 1.234,00 voor duizend tweehonderdvierendertig euro, of 1,23 met twee decimalen")
    String amountAmbiguous();

    @Message("mag hoogstens twee decimalen hebben")
    String amountDecimals();

    @Message("mag niet negatief zijn")
    String amountNegative();

    @Message("mag hoogstens 13 cijfers voor de komma hebben")
    String amountDigits();


    // Budgets and actual costs
    @Message("moet 1 tot 30 hoofdletters, cijfers of streepjes zijn")
    String costLineCode();

    @Message("de begroting van {year} heeft geen kostenregel {costLine}")
    String noSuchCostLine(int year, String costLine);

    @Message("inkomstencategorie en oormerk komen twee keer voor")
    String incomeLineTwice();

    @Message("de code komt twee keer voor")
    String costLineTwice();

    @Message("kostenregel {costLine} heeft geboekte werkelijke kosten en kan niet vervallen")
    String costLineHasCosts(String costLine);

    @Message("de maanden tellen op tot {sum.money}, niet tot het bedrag {amount.money}")
    String phasingSum(BigDecimal sum, BigDecimal amount);


    // The cost CSV
    @Message("moet de kolommen year,month,costLine,amount noemen")
    String csvHeader();

    @Message("moet evenveel kolommen hebben als de kopregel")
    String csvColumns();

    @Message("is geen leesbaar CSV-bestand")
    String csvUnreadable();

    @Message("moet minstens één regel hebben")
    String csvNoRows();


    // Month closes
    @Message("{year}-{month} is nog niet voorbij: een maand kan vanaf de volgende maand worden afgesloten")
    String monthNotEnded(int year, int month);
}
