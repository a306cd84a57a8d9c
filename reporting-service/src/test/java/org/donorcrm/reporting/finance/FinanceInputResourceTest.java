package org.donorcrm.reporting.finance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.donorcrm.reporting.TestYears;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * The finance inputs owned here: only finance writes them, every write is audited, and bad input is a problem
 * that stores nothing. Each test uses a year of its own ({@link TestYears}).
 */
@QuarkusTest
class FinanceInputResourceTest {

    private static final String BUDGET = """
            {"plannedReserveAddition":"200000.00",
             "incomeLines":[{"incomeCategory":"INDIVIDUALS","earmarkClass":"UNEARMARKED","amount":"1200.00"}],
             "costLines":[{"code":"STAFF","name":"Own staff","werkorganisatie":true,"amount":"12000.00"}]}""";

    @Test
    void theTargetsOfThePlanAreSeededAndFinanceMayChangeThem() {
        int year = TestYears.year();
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).when().get("/api/v1/targets").then().statusCode(200)
                .body("find { it.year == 2025 }.unearmarkedShare", equalTo("15.75"))
                .body("find { it.year == 2025 }.privateIncome", equalTo("96500.00"))
                .body("find { it.year == 2025 }.institutionalUnearmarkedIncome", equalTo("380000.00"))
                .body("find { it.year == 2028 }.reservePlanClosing", equalTo("1400000.00"))
                .body("find { it.year == 2030 }.privateIncome", equalTo("400000.00"));
        given().auth().oauth2(TestTokens.forUser("fiona", "finance")).contentType(ContentType.JSON)
                .body("{\"unearmarkedShare\":\"12.50\",\"privateIncome\":null}")
                .when().put("/api/v1/targets/" + year).then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("unearmarkedShare", equalTo("12.50"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("subject", "targets/" + year)
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("[0].actor", equalTo("fiona"))
                .body("[0].action", equalTo("TARGETS_SET"));
    }

    @Test
    void onlyFinanceWritesFinanceInputs() {
        int year = TestYears.year();
        given().auth().oauth2(TestTokens.forRoles("director")).contentType(ContentType.JSON).body(BUDGET)
                .when().put("/api/v1/budgets/" + year).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body("{\"auditedClosingBalance\":\"1.00\"}")
                .when().put("/api/v1/reserve-ledger/" + year).then().statusCode(403);
        given().auth().oauth2(TestTokens.forRoles("admin")).contentType(ContentType.JSON)
                .body("{\"amount\":\"1.00\"}")
                .when().put("/api/v1/costs/" + year + "/1/STAFF").then().statusCode(403);
    }

    @Test
    void aBudgetIsStoredOnceAndReplacedOnARepeat() {
        int year = TestYears.year();
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON).body(BUDGET)
                .when().put("/api/v1/budgets/" + year).then().statusCode(201);
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON).body(BUDGET)
                .when().put("/api/v1/budgets/" + year).then().statusCode(200)
                .body("incomeLines", hasSize(1))
                .body("costLines[0].werkorganisatie", equalTo(true));
        given().auth().oauth2(TestTokens.forRoles("director")).when().get("/api/v1/budgets/" + year)
                .then().statusCode(200).body("plannedReserveAddition", equalTo("200000.00"));
    }

    @Test
    void aPhasingThatDoesNotAddUpIs422AndStoresNothing() {
        int year = TestYears.year();
        // twelve months of 100.00 = 1200.00, but the line says 1300.00
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON).body("""
                        {"plannedReserveAddition":"0.00","costLines":[],
                         "incomeLines":[{"incomeCategory":"INDIVIDUALS","earmarkClass":"UNEARMARKED","amount":"1300.00",
                          "monthly":["100.00","100.00","100.00","100.00","100.00","100.00","100.00","100.00","100.00",
                                     "100.00","100.00","100.00"]}]}""")
                .when().put("/api/v1/budgets/" + year).then().statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Rule broken"))
                .body("errors.pointer", hasItem("#/incomeLines/0/monthly"));
        // every rule the budget breaks is named, not only the first
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON).body("""
                        {"plannedReserveAddition":"0.00","incomeLines":[],
                         "costLines":[{"code":"STAFF","name":"Staff","werkorganisatie":true,"amount":"1.00"},
                                      {"code":"STAFF","name":"Staff","werkorganisatie":true,"amount":"2.00"},
                                      {"code":"STAFF","name":"Staff","werkorganisatie":true,"amount":"3.00"}]}""")
                .when().put("/api/v1/budgets/" + year).then().statusCode(422)
                .body("errors.pointer", contains("#/costLines/1/code", "#/costLines/2/code"));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/budgets/" + year)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownCategoryIsA400ProblemAndStoresNothing() {
        int year = TestYears.year();
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON).body("""
                        {"plannedReserveAddition":"0.00","costLines":[],
                         "incomeLines":[{"incomeCategory":"PRIVATE","earmarkClass":"UNEARMARKED","amount":"1.00"}]}""")
                .when().put("/api/v1/budgets/" + year).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("#/incomeLines/0/incomeCategory"));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/budgets/" + year)
                .then().statusCode(404);
    }

    @Test
    void aNegativeCostOrAMonthOutsideTheYearIsA400Problem() {
        int year = TestYears.year();
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON).body(BUDGET)
                .when().put("/api/v1/budgets/" + year).then().statusCode(201);
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"amount\":\"-5.00\"}")
                .when().put("/api/v1/costs/" + year + "/1/STAFF").then().statusCode(400)
                .body("errors.pointer", hasItem("#/amount"));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"amount\":\"5.00\"}")
                .when().put("/api/v1/costs/" + year + "/13/STAFF").then().statusCode(400)
                .body("errors.pointer", hasItem("#/month"));
        // a cost line the year's budget does not have is a rule violation
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"amount\":\"5.00\"}")
                .when().put("/api/v1/costs/" + year + "/1/CATERING").then().statusCode(422)
                .body("errors.pointer", hasItem("#/costLine"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("year", year).when().get("/api/v1/costs")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aCsvUploadIsAllOrNothing() {
        int year = TestYears.year();
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON).body(BUDGET)
                .when().put("/api/v1/budgets/" + year).then().statusCode(201);
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType("text/csv").body("""
                        year,month,costLine,amount
                        %1$d,1,STAFF,1000.00
                        %1$d,2,STAFF,-3.00
                        %1$d,13,STAFF,1.00
                        """.formatted(year))
                .when().post("/api/v1/costs/csv").then().statusCode(400)
                .body("errors.pointer", hasItem("#/rows/1/amount"))
                .body("errors.pointer", hasItem("#/rows/2/month"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("year", year).when().get("/api/v1/costs")
                .then().statusCode(200).body("", hasSize(0));

        given().auth().oauth2(TestTokens.forUser("fiona", "finance")).contentType("text/csv").body("""
                        year,month,costLine,amount
                        %1$d,1,STAFF,1000.00
                        %1$d,2,STAFF,1100.50
                        """.formatted(year))
                .when().post("/api/v1/costs/csv").then().statusCode(200);
        given().auth().oauth2(TestTokens.forRoles("director")).queryParam("year", year).when().get("/api/v1/costs")
                .then().statusCode(200)
                .body("amount", equalTo(java.util.List.of("1000.00", "1100.50")));
    }

    @Test
    void theReserveLedgerStartsAtTheDemoBalanceOfEnd2024() {
        int year = TestYears.year();
        given().auth().oauth2(TestTokens.forRoles("director")).when().get("/api/v1/reserve-ledger")
                .then().statusCode(200)
                .body("find { it.year == 2024 }.auditedClosingBalance", equalTo("600000.00"));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"auditedClosingBalance\":\"123456.78\"}")
                .when().put("/api/v1/reserve-ledger/" + year).then().statusCode(201)
                .body("auditedClosingBalance", equalTo("123456.78"));
    }

    @Test
    void aPeriodWithBothMonthAndQuarterOrAnAsOfOutsideTheYearIsAProblem() {
        int year = TestYears.year();
        given().auth().oauth2(TestTokens.forRoles("director")).queryParam("year", year).queryParam("month", 2)
                .queryParam("quarter", 1).when().get("/api/v1/figures/private-donors").then().statusCode(400)
                .body("errors.pointer", hasItem("#/month"));
        given().auth().oauth2(TestTokens.forRoles("director")).queryParam("year", year)
                .queryParam("asOf", (year + 1) + "-01-01").when().get("/api/v1/figures/continuity-reserve").then()
                .statusCode(400).body("errors.pointer", hasItem("#/asOf"));
        given().auth().oauth2(TestTokens.forRoles("director")).queryParam("year", year).queryParam("month", 13)
                .when().get("/api/v1/figures/budget-realisation").then().statusCode(400)
                .body("errors.pointer", hasItem("#/month"));
    }
}
