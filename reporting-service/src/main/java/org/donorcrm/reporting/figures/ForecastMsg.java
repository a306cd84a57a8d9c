package org.donorcrm.reporting.figures;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the year's result, the closing continuity reserve and the year-end forecasts (budget screen,
 * dashboard), in Dutch (English in {@link ForecastMsgEnglish}); namespace {@code forecast}. A bundle of its own:
 * Quarkus 3.34 generates broken bytecode for one bundle of about 290 texts or more, and {@code Msg} is large.
 * Keep this one well below 200 texts.
 */
@MessageBundle(value = "forecast", locale = "nl")
public interface ForecastMsg {

    // The year's result and the closing reserve (budget against realisation)
    @Message("Resultaat (baten − lasten)")
    String budgetResult();

    @Message("Beginstand continuïteitsreserve (vastgestelde eindstand {year})")
    String budgetOpeningReserve(int year);

    @Message("Vrij resultaat (ongeoormerkte baten − lasten werkorganisatie), vanaf 1 januari")
    String budgetFreeResult();

    @Message("Eindstand continuïteitsreserve")
    String budgetClosingReserve();

    @Message("De begroting plant een mutatie van de reserve van {planned}, maar het begrote resultaat van {year} is {result}. De projectie van de reserve rekent met de geplande mutatie.")
    String budgetMovementDiffers(String planned, int year, String result);

    // The year-end forecast on the dashboard
    @Message("Prognose 31-12: {value}")
    String landing(String value);

    @Message("Prognose aantal particuliere gevers 31-12: {count}")
    String landingDonors(String count);

    @Message("Aantal particuliere gevers")
    String donorCount();

    @Message("bandbreedte {low} – {high}")
    String landingRange(String low, String high);

    @Message("op 31-12 {amount} tekort")
    String landingShort(String amount);

    @Message("op 31-12 {amount} voor")
    String landingAhead(String amount);

    @Message("gemiddelde afwijking van deze prognose in eerdere jaren: {error}")
    String landingError(String error);

    @Message("Prognose 31-12")
    String seriesLanding();

    @Message("Prognose voor 31-12 per {asOf}: gerealiseerd tot nu + wat al bekend is (subsidietermijnen, incasso's van lopende machtigingen, wat periodieke schenkingen nog moeten brengen) + de verwachte overige baten van de rest van het jaar, uit dezelfde maanden van {years}.")
    String basisHistory(String asOf, String years);

    @Message("Prognose voor 31-12 per {asOf}: gerealiseerd tot nu + wat al bekend is (subsidietermijnen, incasso's van lopende machtigingen, wat periodieke schenkingen nog moeten brengen) + de verwachte overige baten van de rest van het jaar volgens de fasering van de begroting (er zijn geen eerdere jaren), minus wat al bekend is.")
    String basisBudget(String asOf);

    @Message("Prognose voor 31-12 per {asOf}: gerealiseerd tot nu + wat al bekend is (subsidietermijnen, incasso's van lopende machtigingen, wat periodieke schenkingen nog moeten brengen); zonder eerdere jaren en zonder begroting wordt niets anders verwacht.")
    String basisNone(String asOf);

    // The quarterly report: the landing stored with each month close
    @Message("Prognose voor 31-12 bij elke maandafsluiting")
    String quarterlyLandings();

    @Message("Maand")
    String quarterlyMonth();

    // A month close: the forecast it stored
    @Message("Prognose voor 31-12, vastgelegd bij deze afsluiting")
    String closeLandings();

    @Message("Prognose")
    String closeLanding();

    @Message("Ondergrens")
    String closeLow();

    @Message("Bovengrens")
    String closeHigh();
}
