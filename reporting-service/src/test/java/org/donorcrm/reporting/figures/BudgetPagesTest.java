package org.donorcrm.reporting.figures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.donorcrm.reporting.TestYears;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Finance posts actual costs on the budget screen: one month of one cost line, or a CSV file, through the same
 * rules and service as the costs API. Each test uses its own year's budget (2077, 2078, 2079): cost lines STAFF
 * (werkorganisatie, 12,000.00 a year) and OFFICE (2,400.00), no costs posted before the test.
 */
@QuarkusTest
class BudgetPagesTest {

    private static final String BUDGET = """
            {"plannedReserveAddition":"0.00","incomeLines":[],
             "costLines":[{"code":"STAFF","name":"Own staff","werkorganisatie":true,"amount":"12000.00"},
                          {"code":"OFFICE","name":"Office","werkorganisatie":true,"amount":"2400.00"}]}""";

    private static boolean budgetsSet;

    @BeforeEach
    void budgets() {
        if (budgetsSet) {
            return;
        }
        budgetsSet = true;
        for (String year : new String[] {"2077", "2078", "2079"}) {
            given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON).body(BUDGET)
                    .when().put("/api/v1/budgets/" + year).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
    }

    private static String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static String costs(String year) {
        return given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("year", year)
                .when().get("/api/v1/costs").then().statusCode(200).extract().asString();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void postingAMonthsCostOnTheScreenChangesTheRealisationShown() {
        given().when().get("/finance/budget?year=2077").then().statusCode(200)
                .body(containsString("action=\"/finance/costs\""))
                .body(containsString("<option value=\"STAFF\">STAFF – Own staff</option>"))
                .body(containsString("<option value=\"OFFICE\">OFFICE – Office</option>"))
                // STAFF: budget 12,000.00, nothing posted, difference -12,000.00
                .body(containsString("<td>STAFF</td><td>Own staff</td><td>ja</td><td class=\"money\">12.000,00</td>"
                        + "<td class=\"money\">0,00</td><td class=\"money\">-12.000,00</td>"));

        given().redirects().follow(false).header("Origin", origin())
                .formParam("year", "2077").formParam("month", "3").formParam("costLine", "STAFF")
                .formParam("amount", "1234.56")
                .when().post("/finance/costs").then().statusCode(303)
                .header("Location", containsString("/finance/budget?year=2077&postedLine=STAFF&postedMonth=3"));

        // 1,234.56 - 12,000.00 = -10,765.44
        given().when().get("/finance/budget?year=2077&postedLine=STAFF&postedMonth=3").then().statusCode(200)
                .body(containsString("Werkelijke kosten van STAFF voor 2077-3 geboekt: € 1.234,56."))
                .body(containsString("<td>STAFF</td><td>Own staff</td><td>ja</td><td class=\"money\">12.000,00</td>"
                        + "<td class=\"money\">1.234,56</td><td class=\"money\">-10.765,44</td>"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("year", "2077")
                .when().get("/api/v1/costs").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].month", equalTo(3))
                .body("[0].costLine", equalTo("STAFF"))
                .body("[0].amount", equalTo("1234.56"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("subject", "costs/2077")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("[0].actor", equalTo("femke"))
                .body("[0].action", equalTo("COSTS_POSTED"));

        // posting the month again replaces its amount: 1,000.00 - 12,000.00 = -11,000.00
        given().redirects().follow(false).header("Origin", origin())
                .formParam("year", "2077").formParam("month", "3").formParam("costLine", "STAFF")
                .formParam("amount", "1000")
                .when().post("/finance/costs").then().statusCode(303);
        given().when().get("/finance/budget?year=2077").then().statusCode(200)
                .body(containsString("<td class=\"money\">1.000,00</td><td class=\"money\">-11.000,00</td>"))
                .body(not(containsString("Werkelijke kosten van")));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aBadCostIsRefusedWithTheFormAndItsReasonAndNothingIsStored() {
        String[][] refused = {
                {"2078", "3", "STAFF", "12.3456", "Bedrag: mag hoogstens twee decimalen hebben"},
                {"2078", "3", "STAFF", "12.345", "Bedrag: kan op twee manieren gelezen worden; schrijf 1234 of "
                        + "1.234,00 voor duizend tweehonderdvierendertig euro, of 1,23 met twee decimalen"},
                {"2078", "3", "STAFF", "12,34,5", "Bedrag: geen bedrag; schrijf bijvoorbeeld 1.234,56 of 1234.56"},
                {"2078", "3", "STAFF", "-5.00", "Bedrag: mag niet negatief zijn"},
                {"2078", "3", "STAFF", "", "Bedrag: vul een bedrag in, zoals 1.234,56"},
                {"2078", "3", "STAFF", "12345678901234.00",
                        "Bedrag: mag hoogstens 13 cijfers voor de komma hebben"},
                {"2078", "13", "STAFF", "10.00", "Maand: moet een maand van 1 tot en met 12 zijn"},
                {"2078", "3", "", "10.00", "Kostenregel: kies een kostenregel"},
                {"2078", "3", "NOPE", "10.00", "Kostenregel: de begroting van 2078 heeft geen kostenregel NOPE"},
                {"1999", "3", "STAFF", "10.00", "Jaar: moet een jaar van 2000 tot en met 2099 zijn"},
        };
        for (String[] c : refused) {
            given().header("Origin", origin())
                    .formParam("year", c[0]).formParam("month", c[1]).formParam("costLine", c[2])
                    .formParam("amount", c[3])
                    .when().post("/finance/costs").then().statusCode(422)
                    .contentType(containsString("text/html"))
                    .body(containsString("Er is niets geboekt:"))
                    .body(containsString("<li>" + c[4]))
                    // the form comes back as it was filled in
                    .body(containsString("id=\"cost-amount\" name=\"amount\" value=\"" + c[3] + "\""));
        }
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("year", "2078")
                .when().get("/api/v1/costs").then().statusCode(200).body("$", hasSize(0));
        // a form from another site never reaches the handler
        given().header("Origin", "https://attacker.example")
                .formParam("year", "2078").formParam("month", "3").formParam("costLine", "STAFF")
                .formParam("amount", "10.00")
                .when().post("/finance/costs").then().statusCode(403);
        given().formParam("year", "2078").formParam("month", "3").formParam("costLine", "STAFF")
                .formParam("amount", "10.00")
                .when().post("/finance/costs").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("year", "2078")
                .when().get("/api/v1/costs").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aRefusedCostShowsTheRulesReasonInTheScreensLanguage() {
        // a year of its own, without a budget
        String year = String.valueOf(TestYears.year());
        given().header("Origin", origin())
                .formParam("year", year).formParam("month", "3").formParam("costLine", "STAFF")
                .formParam("amount", "1.234,56")
                .when().post("/finance/costs").then().statusCode(422)
                .body(containsString("Er is niets geboekt:"))
                .body(containsString("<li>Kostenregel: de begroting van " + year
                        + " heeft geen kostenregel STAFF</li>"));
        given().cookie("crm-lang", "en").header("Origin", origin())
                .formParam("year", year).formParam("month", "3").formParam("costLine", "STAFF")
                .formParam("amount", "1.234,56")
                .when().post("/finance/costs").then().statusCode(422)
                .body(containsString("Nothing was posted:"))
                .body(containsString("<li>Cost line: the budget of " + year + " has no cost line STAFF</li>"))
                .body(not(containsString("Kostenregel")));
        given().cookie("crm-lang", "en").header("Origin", origin())
                .formParam("year", "2078").formParam("month", "3").formParam("costLine", "STAFF")
                .formParam("amount", "1.234")
                .when().post("/finance/costs").then().statusCode(422)
                .body(containsString("<li>Amount: can be read two ways; write 1234 or 1.234,00 for one thousand two "
                        + "hundred and thirty-four euros, or 1,23 with two decimals</li>"));
        // the API answers the English detail, whatever the cookie says
        given().auth().oauth2(TestTokens.forRoles("finance")).cookie("crm-lang", "nl").contentType(ContentType.JSON)
                .body("{\"amount\":\"10.00\"}").when().put("/api/v1/costs/" + year + "/3/STAFF")
                .then().statusCode(422)
                .body("errors[0].pointer", equalTo("#/costLine"))
                .body("errors[0].detail", equalTo("the budget of " + year + " has no cost line STAFF"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("year", year)
                .when().get("/api/v1/costs").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void anAmountTypedTheDutchWayIsReadByTheFormAndTheCsv() {
        // a year of its own with the STAFF and OFFICE lines
        String year = String.valueOf(TestYears.year());
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON).body(BUDGET)
                .when().put("/api/v1/budgets/" + year).then().statusCode(201);
        given().redirects().follow(false).header("Origin", origin())
                .formParam("year", year).formParam("month", "3").formParam("costLine", "STAFF")
                .formParam("amount", "1.234,56")
                .when().post("/finance/costs").then().statusCode(303);
        // the CSV: a comma in a cell needs the cell in quotes
        byte[] file = """
                year,month,costLine,amount
                %1$s,4,STAFF,"1.234,56"
                %1$s,4,OFFICE,"99,5"
                %1$s,5,OFFICE,2345.10
                """.formatted(year).getBytes(StandardCharsets.UTF_8);
        given().redirects().follow(false).header("Origin", origin()).multiPart("file", "costs.csv", file, "text/csv")
                .multiPart("year", year)
                .when().post("/finance/costs/csv").then().statusCode(303)
                .header("Location", containsString("postedRows=3"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("year", year)
                .when().get("/api/v1/costs").then().statusCode(200)
                .body("$", hasSize(4))
                .body("findAll { it.costLine == 'STAFF' }.amount", equalTo(java.util.List.of("1234.56", "1234.56")))
                .body("findAll { it.costLine == 'OFFICE' }.amount", equalTo(java.util.List.of("99.50", "2345.10")));
        // STAFF: 1,234.56 + 1,234.56 = 2,469.12; 2,469.12 - 12,000.00 = -9,530.88
        given().when().get("/finance/budget?year=" + year).then().statusCode(200)
                .body(containsString("<td class=\"money\">2.469,12</td><td class=\"money\">-9.530,88</td>"));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aCostCsvUploadedOnTheScreenPostsAllRowsOrNone() {
        byte[] bad = "year,month,costLine,amount\n2079,4,STAFF,100.00\n2079,4,OFFICE,50.0055\n"
                .getBytes(StandardCharsets.UTF_8);
        given().header("Origin", origin()).multiPart("file", "costs.csv", bad, "text/csv")
                .multiPart("year", "2079")
                .when().post("/finance/costs/csv").then().statusCode(422)
                .body(containsString("<li>Regel 2, amount: mag hoogstens twee decimalen hebben</li>"));
        given().header("Origin", origin()).multiPart("file", "costs.csv",
                        "year,month,costLine,amount\n2079,4,STAFF,1.000\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("year", "2079")
                .when().post("/finance/costs/csv").then().statusCode(422)
                .body(containsString("<li>Regel 1, amount: kan op twee manieren gelezen worden; schrijf 1234 of "
                        + "1.234,00 voor duizend tweehonderdvierendertig euro, of 1,23 met twee decimalen</li>"));
        given().header("Origin", origin()).multiPart("file", "costs.csv",
                        "year,month,costLine,amount\n2079,4,SNACKS,1.00\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("year", "2079")
                .when().post("/finance/costs/csv").then().statusCode(422)
                .body(containsString("<li>Regel 1, costLine: de begroting van 2079 heeft geen kostenregel SNACKS</li>"));
        given().header("Origin", origin()).multiPart("file", "costs.csv", new byte[] {(byte) 0xe9, 'x'}, "text/csv")
                .multiPart("year", "2079")
                .when().post("/finance/costs/csv").then().statusCode(422)
                .body(containsString("<li>CSV-bestand: moet UTF-8-tekst zijn</li>"));
        given().cookie("crm-lang", "en").header("Origin", origin()).multiPart("file", "costs.csv", bad, "text/csv")
                .multiPart("year", "2079")
                .when().post("/finance/costs/csv").then().statusCode(422)
                .body(containsString("Nothing was posted:"))
                .body(containsString("<li>Row 2, amount: must have at most two decimals</li>"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("year", "2079")
                .when().get("/api/v1/costs").then().statusCode(200).body("$", hasSize(0));

        byte[] good = "year,month,costLine,amount\n2079,4,STAFF,100.00\n2079,4,OFFICE,50.00\n"
                .getBytes(StandardCharsets.UTF_8);
        given().redirects().follow(false).header("Origin", origin()).multiPart("file", "costs.csv", good, "text/csv")
                .multiPart("year", "2079")
                .when().post("/finance/costs/csv").then().statusCode(303)
                .header("Location", containsString("/finance/budget?year=2079&postedRows=2"));
        // STAFF 100.00 - 12,000.00 = -11,900.00; OFFICE 50.00 - 2,400.00 = -2,350.00
        given().when().get("/finance/budget?year=2079&postedRows=2").then().statusCode(200)
                .body(containsString("2 werkelijke kostenposten uit het CSV-bestand geboekt."))
                .body(containsString("<td class=\"money\">100,00</td><td class=\"money\">-11.900,00</td>"))
                .body(containsString("<td class=\"money\">50,00</td><td class=\"money\">-2.350,00</td>"));
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorSeesTheBudgetButNoCostFormAndMayNotPost() {
        given().when().get("/finance/budget?year=2077").then().statusCode(200)
                .body(containsString("Begroting versus realisatie"))
                .body(not(containsString("action=\"/finance/costs\"")))
                .body(not(containsString("Kosten uploaden")));
        given().cookie("crm-lang", "en").when().get("/finance/budget?year=2077").then().statusCode(200)
                .body(containsString("<h1 class=\"h3 mb-3\">Budget against realisation</h1>"))
                .body(containsString("Income: budget against realisation 01-01-2077 – 31-12-2077"))
                .body(containsString("<td>STAFF</td><td>Own staff</td><td>yes</td><td class=\"money\">12.000,00</td>"))
                .body(not(containsString("Begroting versus realisatie")));
        given().header("Origin", origin())
                .formParam("year", "2077").formParam("month", "5").formParam("costLine", "STAFF")
                .formParam("amount", "10.00")
                .when().post("/finance/costs").then().statusCode(403);
        given().header("Origin", origin()).multiPart("file", "costs.csv",
                        "year,month,costLine,amount\n2077,5,STAFF,1.00\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/finance/costs/csv").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("year", "2077")
                .when().get("/api/v1/costs").then().statusCode(200)
                .body("findAll { it.month == 5 }", hasSize(0));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserMayNotOpenTheBudget() {
        given().when().get("/finance/budget?year=2077").then().statusCode(403);
    }
}
