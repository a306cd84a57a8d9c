package org.donorcrm.reporting.figures;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The texts of the year's result, the closing reserve and the forecasts, in English: every text of {@link ForecastMsg}. */
@Localized("en")
public interface ForecastMsgEnglish extends ForecastMsg {

    @Override
    @Message("Result (income − costs)")
    String budgetResult();

    @Override
    @Message("Opening continuity reserve (audited closing {year})")
    String budgetOpeningReserve(int year);

    @Override
    @Message("Free result (unearmarked income − werkorganisatie costs), from 1 January")
    String budgetFreeResult();

    @Override
    @Message("Closing continuity reserve")
    String budgetClosingReserve();

    @Override
    @Message("The budget plans a reserve movement of {planned}, but the budgeted result of {year} is {result}. The reserve projection uses the planned movement.")
    String budgetMovementDiffers(String planned, int year, String result);

    @Override
    @Message("Landing on 31-12: {value}")
    String landing(String value);

    @Override
    @Message("Forecast number of private donors 31-12: {count}")
    String landingDonors(String count);

    @Message("Number of private donors")
    @Override
    String donorCount();

    @Override
    @Message("range {low} – {high}")
    String landingRange(String low, String high);

    @Override
    @Message("{amount} short on 31-12")
    String landingShort(String amount);

    @Override
    @Message("{amount} ahead on 31-12")
    String landingAhead(String amount);

    @Override
    @Message("mean error of this forecast in earlier years: {error}")
    String landingError(String error);

    @Override
    @Message("Landing (forecast)")
    String seriesLanding();

    @Override
    @Message("Forecast for 31-12 as of {asOf}: realised so far + what is already known (grant instalments, collections of active mandates, what periodic-gift agreements still owe) + the expected other income of the rest of the year, from the same months of {years}.")
    String basisHistory(String asOf, String years);

    @Override
    @Message("Forecast for 31-12 as of {asOf}: realised so far + what is already known (grant instalments, collections of active mandates, what periodic-gift agreements still owe) + the expected other income of the rest of the year from the budget's phasing (there are no earlier years), less what is already known.")
    String basisBudget(String asOf);

    @Override
    @Message("Forecast for 31-12 as of {asOf}: realised so far + what is already known (grant instalments, collections of active mandates, what periodic-gift agreements still owe); without earlier years and without a budget nothing else is expected.")
    String basisNone(String asOf);

    @Override
    @Message("Landing on 31-12 at each month close")
    String quarterlyLandings();

    @Override
    @Message("Month")
    String quarterlyMonth();

    @Override
    @Message("Landing on 31-12 as forecast at this close")
    String closeLandings();

    @Override
    @Message("Landing (forecast)")
    String closeLanding();

    @Override
    @Message("Low")
    String closeLow();

    @Override
    @Message("High")
    String closeHigh();
}
