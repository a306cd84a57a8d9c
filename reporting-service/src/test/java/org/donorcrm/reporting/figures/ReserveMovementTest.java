package org.donorcrm.reporting.figures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.donorcrm.reporting.TestYears;
import org.donorcrm.reporting.ledger.TestEvents;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Objects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.reporting.ledger.TestEvents.alloc;
import static org.donorcrm.reporting.ledger.TestEvents.id;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * A budget that plans a withdrawal from the reserve, with the real 2024 budget-versus-realisation table of a
 * children's-rights network (/work/shared/seeds/003, "Realisatie 2024" and "Dekking 2024"), all income unearmarked
 * and every cost part of its operating organisation (the network has no earmarked funds: every cost is paid from its
 * free income). Each figure below is the table's own, computed by hand:
 *
 * <pre>
 * cost lines (budget / realised):  1 Kinderrechten in Beweging  93,048.57 /  91,961.04
 *                                  2 Pleitbezorgen               6,400.00 /  13,400.83
 *                                  3 Partnernetwerk en expertise 8,200.00 /   2,623.82
 *                                  4 Voorlichting                4,000.00 /     596.44
 *                                  5 Coördinatie                96,427.94 / 104,097.94
 *                                  6 Onvoorzien                  7,000.00 /   8,645.98
 *   total                                                      215,076.51 / 221,326.05  (table: "Totaal")
 * income realised ("Dekking"): Kernleden 121,500.00 + Partners 7,050.00 + VWS 2024 82,193.50
 *                              + VWS Aanbevelingen 7,200.00 = 217,943.50
 * opening reserve: "Reserve 2023" 20,039.09 (217,943.50 + 20,039.09 = 237,982.59, the table's "Totaal")
 * income budget: the report says coverage came out 12,908.50 better than budgeted:
 *                217,943.50 − 12,908.50 = 205,035.00 (the table gives no split per source; the test splits it
 *                121,500.00 core members, 7,050.00 partners, 76,485.00 government)
 * the budget overspent by 221,326.05 − 215,076.51 = 6,249.54 (the report: "overschreden met EUR 6.249,54")
 * result budgeted = 205,035.00 − 215,076.51 = −10,041.51 (the planned withdrawal)
 * result realised = 217,943.50 − 221,326.05 = −3,382.55
 * closing reserve realised = 20,039.09 + (−3,382.55) = 16,656.54 (the report: "EUR 16.656,54 aan reserve meenemen")
 * closing reserve budgeted = 20,039.09 + (−10,041.51) = 9,997.58
 * difference of the closings = 16,656.54 − 9,997.58 = 6,658.96 (= −3,382.55 − (−10,041.51))
 * figure 2, projected closing = opening + planned + (unearmarked income − its budget) − (werkorganisatie cost − its
 *   budget) = 20,039.09 − 10,041.51 + (217,943.50 − 205,035.00) − (221,326.05 − 215,076.51)
 *   = 20,039.09 − 10,041.51 + 12,908.50 − 6,249.54 = 16,656.54
 *   with the planned movement entered as 0.00 (as before this issue): 20,039.09 + 12,908.50 − 6,249.54 = 26,698.05
 * </pre>
 * Year {@link #WITHDRAWAL} plans −10,041.51; year {@link #NONE} enters 0.00 and gets the warning.
 */
@QuarkusTest
class ReserveMovementTest {

    static final int WITHDRAWAL = TestYears.year();
    static final int NONE = TestYears.year();
    private static boolean published;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void publishBothYearsOnce() {
        if (published) {
            return;
        }
        published = true;
        inputs(WITHDRAWAL, "-10041.51");
        inputs(NONE, "0.00");
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            String core = id(), partners = id(), ministry = id();
            events.donorRegistered(core, "AFFILIATED_NONPROFIT", "AFFILIATED_NONPROFITS", null);
            events.donorRegistered(partners, "OTHER_NONPROFIT", "OTHER_NONPROFITS", null);
            events.donorRegistered(ministry, "GOVERNMENT", "GOVERNMENT_GRANTS", null);
            for (int year : new int[] {WITHDRAWAL, NONE}) {
                gift(events, core, year + "-02-15", "121500.00");
                gift(events, partners, year + "-05-01", "7050.00");
                gift(events, ministry, year + "-03-01", "82193.50");
                gift(events, ministry, year + "-11-20", "7200.00");
            }
        }
    }

    private static void gift(TestEvents events, String donor, String date, String amount) {
        events.giftRecorded(id(), donor, date, amount, null, null, alloc(1, "UNEARMARKED", "ALG", amount));
    }

    private static void inputs(int year, String plannedMovement) {
        put("/api/v1/budgets/" + year, """
                {"plannedReserveAddition":"%s",
                 "incomeLines":[
                   {"incomeCategory":"AFFILIATED_NONPROFITS","earmarkClass":"UNEARMARKED","amount":"121500.00"},
                   {"incomeCategory":"OTHER_NONPROFITS","earmarkClass":"UNEARMARKED","amount":"7050.00"},
                   {"incomeCategory":"GOVERNMENT_GRANTS","earmarkClass":"UNEARMARKED","amount":"76485.00"}],
                 "costLines":[
                   {"code":"KIB","name":"Kinderrechten in Beweging","werkorganisatie":true,"amount":"93048.57"},
                   {"code":"PLEIT","name":"Pleitbezorgen","werkorganisatie":true,"amount":"6400.00"},
                   {"code":"PARTNERS","name":"Partnernetwerk en expertise","werkorganisatie":true,"amount":"8200.00"},
                   {"code":"VOORL","name":"Voorlichting","werkorganisatie":true,"amount":"4000.00"},
                   {"code":"COORD","name":"Coördinatie","werkorganisatie":true,"amount":"96427.94"},
                   {"code":"ONVOORZIEN","name":"Onvoorzien","werkorganisatie":true,"amount":"7000.00"}]}
                """.formatted(plannedMovement));
        // the year's actual costs, posted with December's close
        given().auth().oauth2(TestTokens.forUser("fiona", "finance")).contentType("text/csv")
                .body("""
                        year,month,costLine,amount
                        %1$d,12,KIB,91961.04
                        %1$d,12,PLEIT,13400.83
                        %1$d,12,PARTNERS,2623.82
                        %1$d,12,VOORL,596.44
                        %1$d,12,COORD,104097.94
                        %1$d,12,ONVOORZIEN,8645.98
                        """.formatted(year))
                .when().post("/api/v1/costs/csv").then().statusCode(200);
        put("/api/v1/reserve-ledger/" + (year - 1), """
                {"auditedClosingBalance":"20039.09"}""");
    }

    private static void put(String path, String body) {
        int status = given().auth().oauth2(TestTokens.forUser("fiona", "finance")).contentType(ContentType.JSON)
                .body(body).when().put(path).then().extract().statusCode();
        assertThat(status).as(path).isIn(200, 201);
    }

    private static ValidatableResponse get(String path, int year) {
        return given().auth().oauth2(TestTokens.forRoles("director")).queryParam("year", year)
                .when().get(path).then().statusCode(200);
    }

    private static ValidatableResponse awaitIncome(int year) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> Objects.equals(
                "217943.50", get("/api/v1/figures/budget-realisation", year).extract().path("incomeRealised")));
        return get("/api/v1/figures/budget-realisation", year);
    }

    @Test
    void aPlannedWithdrawalIsStoredAndReproducesTheTablesClosingReserveToTheCent() {
        given().auth().oauth2(TestTokens.forRoles("director")).when().get("/api/v1/budgets/" + WITHDRAWAL)
                .then().statusCode(200).body("plannedReserveAddition", equalTo("-10041.51"));
        awaitIncome(WITHDRAWAL)
                .body("incomeBudget", equalTo("205035.00"))
                .body("costBudget", equalTo("215076.51"))
                .body("costActual", equalTo("221326.05"))
                .body("resultBudget", equalTo("-10041.51"))
                .body("resultRealised", equalTo("-3382.55"))
                .body("reserve.openingBalance", equalTo("20039.09"))
                .body("reserve.freeResultBudget", equalTo("-10041.51"))
                .body("reserve.freeResultRealised", equalTo("-3382.55"))
                .body("reserve.closingBudget", equalTo("9997.58"))
                .body("reserve.closingRealised", equalTo("16656.54"))
                .body("reserve.plannedMovement", equalTo("-10041.51"))
                .body("reserve.budgetResultOfYear", equalTo("-10041.51"))
                .body("reserve.plannedMovementDiffers", equalTo(false));
        get("/api/v1/figures/continuity-reserve", WITHDRAWAL)
                .body("plannedAddition", equalTo("-10041.51"))
                .body("werkorganisatieCostToDate", equalTo("221326.05"))
                .body("werkorganisatieBudgetToDate", equalTo("215076.51"))
                .body("projectedClosingBalance", equalTo("16656.54"));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void theBudgetScreenShowsTheResultAndTheClosingReserveWithoutAWarningWhenThePlanIsTheResult() {
        awaitIncome(WITHDRAWAL);
        given().when().get("/finance/budget?year=" + WITHDRAWAL)
                .then().statusCode(200)
                .body(containsString("<td>Resultaat (baten − lasten)</td><td></td><td></td>"
                        + "<td class=\"money\">-10.041,51</td><td class=\"money\">-3.382,55</td>"
                        + "<td class=\"money\">6.658,96</td>"))
                .body(containsString("<td>Beginstand continuïteitsreserve (vastgestelde eindstand " + (WITHDRAWAL - 1)
                        + ")</td><td></td><td></td><td class=\"money\">20.039,09</td>"
                        + "<td class=\"money\">20.039,09</td>"))
                .body(containsString("<td>Eindstand continuïteitsreserve</td><td></td><td></td>"
                        + "<td class=\"money\">9.997,58</td><td class=\"money\">16.656,54</td>"
                        + "<td class=\"money\">6.658,96</td>"))
                .body(not(containsString("data-movement-warning")));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aPlannedMovementThatIsNotTheBudgetsResultIsShownAsAWarning() {
        awaitIncome(NONE)
                .body("resultRealised", equalTo("-3382.55"))
                .body("reserve.closingRealised", equalTo("16656.54"))
                .body("reserve.plannedMovement", equalTo("0.00"))
                .body("reserve.plannedMovementDiffers", equalTo(true));
        // figure 2 still uses what finance planned: the 26,698.05
        get("/api/v1/figures/continuity-reserve", NONE).body("projectedClosingBalance", equalTo("26698.05"));
        given().when().get("/finance/budget?year=" + NONE)
                .then().statusCode(200)
                .body(containsString("De begroting plant een mutatie van de reserve van € 0,00, maar het begrote "
                        + "resultaat van " + NONE + " is € -10.041,51. De projectie van de reserve rekent met de "
                        + "geplande mutatie."));
        given().cookie("crm-lang", "en")
                .when().get("/finance/budget?year=" + NONE).then().statusCode(200)
                .body(containsString("The budget plans a reserve movement of € 0,00, but the budgeted result of "
                        + NONE + " is € -10.041,51."));
    }
}
