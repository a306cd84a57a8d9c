package org.donorcrm.reporting.figures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.donorcrm.reporting.admin.Rebuilds;
import org.donorcrm.reporting.ledger.TestEvents;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.reporting.ledger.TestEvents.alloc;
import static org.donorcrm.reporting.ledger.TestEvents.id;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The "done when" data set of issue 6: a small set of gifts over 2049-2052 that covers every earmark class and
 * donor kind, a donor not known yet, a reversal within the year and one across the year boundary, a
 * re-earmarking that also moves a gift to a campaign, a merge that arrives before the merged donor's gift, a
 * donor registered after its gifts and a duplicate event. Every expected value is computed by hand below.
 * Years 2049-2052 belong to this class alone.
 *
 * <pre>
 * donors: P1, P2 INDIVIDUAL in household H1; P3, P4 INDIVIDUAL; P5 INDIVIDUAL merged into P1 (merge published
 *         before P5's gift); C1 COMPANY; F1 FOUNDATION; G1 GOVERNMENT; E1 EU_INSTITUTION; L1 LOTTERY;
 *         A1 AFFILIATED_NONPROFIT; O1 OTHER_NONPROFIT; U1 never registered (UNKNOWN); P2 registered after its gifts
 * 2049  i1  P3 05-05    15.00 UNEARMARKED
 * 2050  h1  P5 06-01    40.00 UNEARMARKED (booked on P1)   h2 P4 09-01 25.00 UNEARMARKED
 *       h3  P2 12-31    10.00 UNEARMARKED (last day of the year)
 * 2051  g1  P1 01-15   100.00 UNEARMARKED ALG           campaign CAMP, appeal APP
 *       g2  P2 02-10    50.00 UNEARMARKED ALG           campaign CAMP, appeal APP
 *       g13 P2 03-01    60.00 UNEARMARKED               campaign CAMP, appeal APP; reversed 03-20
 *       g3  P3 03-05    30.00 PROGRAMME PRG-MIG
 *       g4  C1 04-20  1000.00 = 400.00 UNEARMARKED + 600.00 PROJECT PRJ-DTZ
 *       g5  F1 05-01  2000.00 PROGRAMME PRG-SEX; re-earmarked to 1500.00 UNEARMARKED + 500.00 PROGRAMME and
 *                     moved to campaign CAMP (counts on 05-01)
 *       g6  G1 06-30  5000.00 PROJECT PRJ-CAPISCE
 *       g7  E1 07-01  3000.00 UNEARMARKED  (event delivered twice)
 *       g8  L1 08-15  2500.00 UNEARMARKED
 *       g9  A1 09-10   700.00 PROGRAMME PRG-FAM
 *       g10 O1 10-05   800.00 UNEARMARKED
 *       g11 U1 11-11    90.00 UNEARMARKED
 *       g12 P1 12-20   200.00 UNEARMARKED  campaign CAMP; reversed 2052-01-05 (counts −200.00 in 2052)
 * 2051 by earmark: UNEARMARKED 100+50+60−60+400+1500+3000+2500+800+90+200 = 8640.00
 *                  PROGRAMME   30+2000−2000+500+700 = 1230.00; PROJECT 600+5000 = 5600.00; total 15470.00
 * </pre>
 */
@QuarkusTest
class StrategicFiguresResourceTest {

    static final String P1 = id(), P2 = id(), P3 = id(), P4 = id(), P5 = id(), H1 = id();
    static final String C1 = id(), F1 = id(), G1 = id(), E1 = id(), L1 = id(), A1 = id(), O1 = id(), U1 = id();
    static final String CAMP = id(), APP = id();
    static final String G5 = id();
    private static boolean published;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void publishTheDataSetOnce() {
        if (published) {
            return;
        }
        published = true;
        financeInputs();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.fundDefined(id(), "ALG", "UNEARMARKED");
            events.fundDefined(id(), "PRG-MIG", "PROGRAMME");
            events.campaignDefined(CAMP, "EOY-2051", "1000.00", null, null);
            events.campaignDefined(APP, "EOY-2051-MAIL", "200.00", CAMP, "EMAIL");
            events.donorRegistered(P1, "INDIVIDUAL", "INDIVIDUALS", H1);
            events.donorRegistered(P3, "INDIVIDUAL", "INDIVIDUALS", null);
            events.donorRegistered(P4, "INDIVIDUAL", "INDIVIDUALS", null);
            events.donorRegistered(P5, "INDIVIDUAL", "INDIVIDUALS", null);
            events.donorRegistered(C1, "COMPANY", "COMPANIES", null);
            events.donorRegistered(F1, "FOUNDATION", "OTHER_NONPROFITS", null);
            events.donorRegistered(G1, "GOVERNMENT", "GOVERNMENT_GRANTS", null);
            events.donorRegistered(E1, "EU_INSTITUTION", "GOVERNMENT_GRANTS", null);
            events.donorRegistered(L1, "LOTTERY", "LOTTERY_ORGANISATIONS", null);
            events.donorRegistered(A1, "AFFILIATED_NONPROFIT", "AFFILIATED_NONPROFITS", null);
            events.donorRegistered(O1, "OTHER_NONPROFIT", "OTHER_NONPROFITS", null);
            events.donorsMerged(P1, P5);

            events.giftRecorded(id(), P3, "2049-05-05", "15.00", null, null, alloc(1, "UNEARMARKED", null, "15.00"));
            events.giftRecorded(id(), P5, "2050-06-01", "40.00", null, null, alloc(1, "UNEARMARKED", null, "40.00"));
            events.giftRecorded(id(), P4, "2050-09-01", "25.00", null, null, alloc(1, "UNEARMARKED", null, "25.00"));
            events.giftRecorded(id(), P2, "2050-12-31", "10.00", null, null, alloc(1, "UNEARMARKED", null, "10.00"));

            events.giftRecorded(id(), P1, "2051-01-15", "100.00", CAMP, APP, alloc(1, "UNEARMARKED", "ALG", "100.00"));
            events.giftRecorded(id(), P2, "2051-02-10", "50.00", CAMP, APP, alloc(1, "UNEARMARKED", "ALG", "50.00"));
            String g13 = id();
            events.giftRecorded(g13, P2, "2051-03-01", "60.00", CAMP, APP, alloc(1, "UNEARMARKED", null, "60.00"));
            events.giftReversed(g13, P2, "2051-03-01", "2051-03-20", "60.00", CAMP, APP,
                    alloc(1, "UNEARMARKED", null, "60.00"));
            events.giftRecorded(id(), P3, "2051-03-05", "30.00", null, null, alloc(1, "PROGRAMME", "PRG-MIG", "30.00"));
            events.giftRecorded(id(), C1, "2051-04-20", "1000.00", null, null,
                    alloc(1, "UNEARMARKED", "ALG", "400.00"), alloc(2, "PROJECT", "PRJ-DTZ", "600.00"));
            events.giftRecorded(G5, F1, "2051-05-01", "2000.00", null, null, alloc(1, "PROGRAMME", "PRG-SEX", "2000.00"));
            events.giftReallocated(G5, F1, "2051-05-01", "2000.00", null, CAMP,
                    alloc(1, "PROGRAMME", "PRG-SEX", "2000.00"),
                    alloc(1, "UNEARMARKED", "ALG", "1500.00") + "," + alloc(2, "PROGRAMME", "PRG-SEX", "500.00"));
            events.giftRecorded(id(), G1, "2051-06-30", "5000.00", null, null,
                    alloc(1, "PROJECT", "PRJ-CAPISCE", "5000.00"));
            events.giftRecordedTwice(id(), E1, "2051-07-01", "3000.00", alloc(1, "UNEARMARKED", "ALG", "3000.00"));
            events.giftRecorded(id(), L1, "2051-08-15", "2500.00", null, null, alloc(1, "UNEARMARKED", "ALG", "2500.00"));
            events.giftRecorded(id(), A1, "2051-09-10", "700.00", null, null, alloc(1, "PROGRAMME", "PRG-FAM", "700.00"));
            events.giftRecorded(id(), O1, "2051-10-05", "800.00", null, null, alloc(1, "UNEARMARKED", "ALG", "800.00"));
            events.giftRecorded(id(), U1, "2051-11-11", "90.00", null, null, alloc(1, "UNEARMARKED", null, "90.00"));
            String g12 = id();
            events.giftRecorded(g12, P1, "2051-12-20", "200.00", CAMP, null, alloc(1, "UNEARMARKED", "ALG", "200.00"));
            events.giftReversed(g12, P1, "2051-12-20", "2052-01-05", "200.00", CAMP, null,
                    alloc(1, "UNEARMARKED", "ALG", "200.00"));
            events.donorRegistered(P2, "INDIVIDUAL", "INDIVIDUALS", H1);
        }
    }

    /**
     * Targets 2051: unearmarked share 60.00 %, private income 1200.00, institutional unearmarked 6000.00, reserve
     * plan 11500.00. Budget 2051: INDIVIDUALS/UNEARMARKED 1200.00 even; OTHER_NONPROFITS/PROGRAMME 2400.00 all in
     * May; GOVERNMENT_GRANTS/PROJECT 6000.00 even; GOVERNMENT_GRANTS/UNEARMARKED 3600.00 even; cost lines STAFF
     * 12000.00 and HOUSING 2400.00 (werkorganisatie), PROGRAMME-ACT 6000.00 (not); planned addition 1200.00.
     * Actual costs: STAFF 1100.00 and HOUSING 200.00 in each of Jan-Mar, PROGRAMME-ACT 500.00 in Feb.
     * Reserve ledger: end 2050 audited 10000.00.
     */
    private static void financeInputs() {
        put("/api/v1/targets/2051", """
                {"unearmarkedShare":"60.00","privateIncome":"1200.00","institutionalUnearmarkedIncome":"6000.00",
                 "reservePlanClosing":"11500.00"}""");
        put("/api/v1/budgets/2051", """
                {"plannedReserveAddition":"1200.00",
                 "incomeLines":[
                   {"incomeCategory":"INDIVIDUALS","earmarkClass":"UNEARMARKED","amount":"1200.00"},
                   {"incomeCategory":"OTHER_NONPROFITS","earmarkClass":"PROGRAMME","amount":"2400.00",
                    "monthly":["0.00","0.00","0.00","0.00","2400.00","0.00","0.00","0.00","0.00","0.00","0.00","0.00"]},
                   {"incomeCategory":"GOVERNMENT_GRANTS","earmarkClass":"PROJECT","amount":"6000.00"},
                   {"incomeCategory":"GOVERNMENT_GRANTS","earmarkClass":"UNEARMARKED","amount":"3600.00"}],
                 "costLines":[
                   {"code":"STAFF","name":"Own staff","werkorganisatie":true,"amount":"12000.00"},
                   {"code":"HOUSING","name":"Housing","werkorganisatie":true,"amount":"2400.00"},
                   {"code":"PROGRAMME-ACT","name":"Programme activities","werkorganisatie":false,"amount":"6000.00"}]}
                """);
        given().auth().oauth2(TestTokens.forUser("fiona", "finance")).contentType("text/csv")
                .body("""
                        year,month,costLine,amount
                        2051,1,STAFF,1100.00
                        2051,2,STAFF,1100.00
                        2051,3,STAFF,1100.00
                        2051,1,HOUSING,200.00
                        2051,2,HOUSING,200.00
                        2051,3,HOUSING,200.00
                        2051,2,PROGRAMME-ACT,500.00
                        """)
                .when().post("/api/v1/costs/csv").then().statusCode(200);
        put("/api/v1/reserve-ledger/2050", """
                {"auditedClosingBalance":"10000.00"}""");
    }

    private static void put(String path, String body) {
        int status = given().auth().oauth2(TestTokens.forUser("fiona", "finance")).contentType(ContentType.JSON)
                .body(body).when().put(path).then().extract().statusCode();
        assertThat(status).as(path).isIn(200, 201);
    }

    @Test
    void theUnearmarkedShareOfTheYearCountsReversalsReEarmarkingAndTheDuplicateOnce() {
        // 8640.00 / 15470.00 = 55.850… % → 55.85; 1230.00 / 15470.00 = 7.950… → 7.95; 5600.00 / 15470.00 = 36.199… → 36.20
        // budgeted: unearmarked 1200.00 + 3600.00 = 4800.00 of 13200.00 = 36.3636… → 36.36
        // short by = 60.00 % × 15470.00 − 8640.00 = 9282.00 − 8640.00 = 642.00 → BEHIND
        awaitFigure("/api/v1/figures/unearmarked-share", "year=2051", "totalIncome", "15470.00")
                .body("unearmarkedIncome", equalTo("8640.00"))
                .body("programmeEarmarkedIncome", equalTo("1230.00"))
                .body("projectEarmarkedIncome", equalTo("5600.00"))
                .body("unearmarkedShare", equalTo("55.85"))
                .body("semiEarmarkedShare", equalTo("7.95"))
                .body("earmarkedShare", equalTo("36.20"))
                .body("budgetedUnearmarkedShare", equalTo("36.36"))
                .body("targetUnearmarkedShare", equalTo("60.00"))
                .body("shortBy", equalTo("642.00"))
                .body("status", equalTo("BEHIND"));
    }

    @Test
    void aReversalAcrossTheYearBoundaryCountsInTheYearOfTheReversal() {
        // 2052 holds only g12's reversal: −200.00 unearmarked; −200.00 / −200.00 = 100.00 %
        awaitFigure("/api/v1/figures/unearmarked-share", "year=2052", "totalIncome", "-200.00")
                .body("unearmarkedIncome", equalTo("-200.00"));
        // Q4 2051: g10 800.00 + g11 90.00 + g12 200.00 = 1090.00, all unearmarked
        awaitFigure("/api/v1/figures/unearmarked-share", "year=2051&quarter=4", "totalIncome", "1090.00")
                .body("from", equalTo("2051-10-01")).body("to", equalTo("2051-12-31"))
                .body("unearmarkedShare", equalTo("100.00"));
        // the last day of 2050 is in 2050: h1 40.00 + h2 25.00 + h3 10.00 = 75.00
        awaitFigure("/api/v1/figures/unearmarked-share", "year=2050", "totalIncome", "75.00");
    }

    @Test
    void theContinuityReserveIsProjectedFromTheLedgerTheBudgetAndTheActualCosts() {
        // to 31 March: unearmarked income g1 100.00 + g2 50.00 + g13 60.00 − 60.00 = 150.00
        // its budget: 1200.00 × 3/12 + 3600.00 × 3/12 = 300.00 + 900.00 = 1200.00
        // werkorganisatie cost: 3 × 1100.00 + 3 × 200.00 = 3900.00; its budget 12000.00 × 3/12 + 2400.00 × 3/12 = 3600.00
        // projected = 10000.00 + 1200.00 + (150.00 − 1200.00) − (3900.00 − 3600.00) = 9850.00
        // ratio = 9850.00 / 14400.00 = 0.68402… → 0.6840; short by = 11500.00 − 9850.00 = 1650.00
        awaitFigure("/api/v1/figures/continuity-reserve", "year=2051&quarter=1", "unearmarkedIncomeToDate", "150.00")
                .body("openingBalance", equalTo("10000.00"))
                .body("plannedAddition", equalTo("1200.00"))
                .body("plannedAdditionToDate", equalTo("300.00"))
                .body("unearmarkedBudgetToDate", equalTo("1200.00"))
                .body("werkorganisatieCostToDate", equalTo("3900.00"))
                .body("werkorganisatieBudgetToDate", equalTo("3600.00"))
                .body("projectedClosingBalance", equalTo("9850.00"))
                .body("werkorganisatieCostBudget", equalTo("14400.00"))
                .body("ratioToWerkorganisatie", equalTo("0.6840"))
                .body("ratioTarget", equalTo("0.5000"))
                .body("ratioCeiling", equalTo("1.5000"))
                .body("planPathClosing", equalTo("11500.00"))
                .body("shortBy", equalTo("1650.00"))
                .body("status", equalTo("SHORT"));
    }

    @Test
    void yearToDateBudgetsArePhasedWithTheRunningMonthProRataByDays() {
        // as of 14 February 2051: January in full plus 14 of February's 28 days = (28 + 14) / (12 × 28) = 42/336
        // unearmarked budget 1200.00 × 42/336 + 3600.00 × 42/336 = 150.00 + 450.00 = 600.00; income g1 + g2 = 150.00
        // cost of January and February (posted per whole month) 2 × 1100.00 + 2 × 200.00 = 2600.00, compared with
        // the budget of the same two months: 12000.00 × 2/12 + 2400.00 × 2/12 = 2000.00 + 400.00 = 2400.00
        // projected = 10000.00 + 1200.00 + (150.00 − 600.00) − (2600.00 − 2400.00) = 10550.00
        // ratio 10550.00 / 14400.00 = 0.73263… → 0.7326; planned addition to date 1200.00 × 42/336 = 150.00
        awaitFigure("/api/v1/figures/continuity-reserve", "year=2051&asOf=2051-02-14", "unearmarkedIncomeToDate",
                "150.00")
                .body("to", equalTo("2051-02-14"))
                .body("unearmarkedBudgetToDate", equalTo("600.00"))
                .body("werkorganisatieCostToDate", equalTo("2600.00"))
                .body("werkorganisatieBudgetToDate", equalTo("2400.00"))
                .body("projectedClosingBalance", equalTo("10550.00"))
                .body("ratioToWerkorganisatie", equalTo("0.7326"))
                .body("plannedAdditionToDate", equalTo("150.00"))
                .body("shortBy", equalTo("950.00"));
    }

    @Test
    void privateDonorIncomeCountsIndividualsOnceAndAveragesTheGiftsNotReversed() {
        // individuals 2051: g1 100.00 + g2 50.00 + g13 60.00 − 60.00 + g3 30.00 + g12 200.00 = 380.00
        // donors with net giving > 0: P1 300.00, P2 50.00, P3 30.00 = 3 (P2 was registered after its gifts)
        // gifts not reversed: g1, g2, g3 = 3 (g13 reversed in 2051, g12 in 2052); average 380.00 / 3 = 126.666… → 126.67
        // target 1200.00 for the whole year; short by 1200.00 − 380.00 = 820.00
        awaitFigure("/api/v1/figures/private-donors", "year=2051", "privateIncome", "380.00")
                .body("individualDonors", equalTo(3))
                .body("gifts", equalTo(3))
                .body("averageGift", equalTo("126.67"))
                .body("yearTarget", equalTo("1200.00"))
                .body("periodTarget", equalTo("1200.00"))
                .body("shortBy", equalTo("820.00"))
                .body("status", equalTo("BEHIND"));
        // March: g13 60.00 − 60.00 + g3 30.00 = 30.00 from P3 alone; 1 gift; target 1200.00 / 12 = 100.00
        awaitFigure("/api/v1/figures/private-donors", "year=2051&month=3", "privateIncome", "30.00")
                .body("individualDonors", equalTo(1))
                .body("gifts", equalTo(1))
                .body("averageGift", equalTo("30.00"))
                .body("periodTarget", equalTo("100.00"))
                .body("shortBy", equalTo("70.00"));
    }

    @Test
    void unearmarkedInstitutionalIncomeLeavesOutIndividualsCompaniesAndUnknownDonors() {
        // F1 1500.00 (re-earmarked) + E1 3000.00 + L1 2500.00 + O1 800.00 = 7800.00; G1 and A1 gave no unearmarked
        // OTHER_NONPROFITS 1500.00 + 800.00 = 2300.00; GOVERNMENT_GRANTS 3000.00; LOTTERY_ORGANISATIONS 2500.00
        // U1's 90.00 is unclassified until its donor is known; target 6000.00 → short by 6000.00 − 7800.00 = −1800.00
        awaitFigure("/api/v1/figures/institutional-income", "year=2051", "institutionalUnearmarkedIncome", "7800.00")
                .body("byIncomeCategory.OTHER_NONPROFITS", equalTo("2300.00"))
                .body("byIncomeCategory.GOVERNMENT_GRANTS", equalTo("3000.00"))
                .body("byIncomeCategory.LOTTERY_ORGANISATIONS", equalTo("2500.00"))
                .body("unclassifiedUnearmarkedIncome", equalTo("90.00"))
                .body("yearTarget", equalTo("6000.00"))
                .body("shortBy", equalTo("-1800.00"))
                .body("status", equalTo("ON_TRACK"));
    }

    @Test
    void retentionCountsTheMergedDonorOnceAsTheSurvivor() {
        // donors of 2051: P1 P2 P3 C1 F1 G1 E1 L1 A1 O1 U1 = 11; of 2050: P1 (P5's 40.00) P4 P2 = 3
        // new: C1 F1 G1 E1 L1 A1 O1 U1 = 8; retained: P1 P2 = 2; recaptured: P3 (2049) = 1; lapsed: P4 = 1
        // retention rate 2 / 3 = 66.67 %
        awaitFigure("/api/v1/figures/retention", "year=2051", "retained", 2)
                .body("unit", equalTo("DONOR"))
                .body("donorsOfYear", equalTo(11))
                .body("donorsOfPreviousYear", equalTo(3))
                .body("newDonors", equalTo(8))
                .body("recaptured", equalTo(1))
                .body("lapsed", equalTo(1))
                .body("retentionRate", equalTo("66.67"));
    }

    @Test
    void retentionPerHouseholdCountsAHouseholdOnce() {
        // H1 = P1 + P2 (+ P5 merged into P1): 2050 and 2051; others as per donor
        // units of 2051: H1 P3 C1 F1 G1 E1 L1 A1 O1 U1 = 10; of 2050: H1 P4 = 2
        // new 8, retained 1, recaptured 1, lapsed 1; rate 1 / 2 = 50.00 %
        awaitFigure("/api/v1/figures/retention", "year=2051&unit=HOUSEHOLD", "donorsOfYear", 10)
                .body("donorsOfPreviousYear", equalTo(2))
                .body("newDonors", equalTo(8))
                .body("retained", equalTo(1))
                .body("recaptured", equalTo(1))
                .body("lapsed", equalTo(1))
                .body("retentionRate", equalTo("50.00"));
    }

    @Test
    void lybuntAndSybuntListDonorIdsOnly() {
        // as of 30 June 2051: gave in 2050 = P1 (via P5), P4, P2; P1 and P2 gave already in 2051 → LYBUNT = P4
        awaitFigure("/api/v1/figures/lybunt", "asOf=2051-06-30", "total", 1)
                .body("items[0].donorId", equalTo(P4))
                .body("items[0].lastGiftYear", equalTo(2050))
                .body("items[0].lastYearAmount", equalTo("25.00"));
        // as of 1 March 2052 every donor of 2051 is LYBUNT (P1's 2052 is −200.00, not giving): 11, P1 last 300.00
        awaitFigure("/api/v1/figures/lybunt", "asOf=2052-03-01&size=100", "total", 11)
                .body("items.find { it.donorId == '" + P1 + "' }.lastYearAmount", equalTo("300.00"));
        // SYBUNT as of 30 June 2051: P3 gave in 2049 only, but gave again in 2051 → not listed; P4 listed as of 2052
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).queryParam("asOf", "2052-03-01")
                .queryParam("size", 500).when().get("/api/v1/figures/sybunt").then().statusCode(200)
                .body("items.donorId", hasItem(P4))
                .body("items.donorId", not(hasItem(P3)))
                .body("items.find { it.donorId == '" + P4 + "' }.lastGiftYear", equalTo(2050));
    }

    @Test
    void campaignResultsCountTheAppealInItsCampaignAndFollowTheReallocation() {
        // CAMP: g1 100.00 + g2 50.00 + g13 60.00 − 60.00 + g12 200.00 + g5 2000.00 (moved in) = 2350.00
        //       gifts with net > 0: g1 g2 g12 g5 = 4; donors P1 P2 F1 = 3; 2350.00 / 1000.00 = 235.00 %
        // APP:  g1 100.00 + g2 50.00 + g13 0.00 = 150.00; gifts 2; donors 2; 150.00 / 200.00 = 75.00 %
        String camp = "items.find { it.campaignId == '" + CAMP + "' }.";
        String app = "items.find { it.campaignId == '" + APP + "' }.";
        awaitFigure("/api/v1/figures/campaign-results", "year=2051", camp + "raised", "2350.00")
                .body(camp + "type", equalTo("CAMPAIGN"))
                .body(camp + "goal", equalTo("1000.00"))
                .body(camp + "gifts", equalTo(4))
                .body(camp + "donors", equalTo(3))
                .body(camp + "goalReached", equalTo("235.00"))
                .body(camp + "costPerEuroRaised", nullValue())
                .body(app + "type", equalTo("APPEAL"))
                .body(app + "raised", equalTo("150.00"))
                .body(app + "gifts", equalTo(2))
                .body(app + "donors", equalTo(2))
                .body(app + "goalReached", equalTo("75.00"));
    }

    @Test
    void budgetVersusRealisationPerCategoryAndEarmarkWithCoverageOfTheWerkorganisatie() {
        // realised: INDIVIDUALS/UNEARMARKED 350.00 of 1200.00 = 29.17 %; OTHER_NONPROFITS/PROGRAMME 500.00 of
        // 2400.00 = 20.83 %; GOVERNMENT_GRANTS/PROJECT 5000.00 of 6000.00 = 83.33 %; GOVERNMENT_GRANTS/UNEARMARKED
        // 3000.00 of 3600.00 = 83.33 %; UNKNOWN/UNEARMARKED 90.00 without budget
        // coverage = unearmarked 8640.00 / werkorganisatie cost 3900.00 = 221.538… → 221.54 %
        // budgeted coverage = 4800.00 / 14400.00 = 33.33 %
        String row = "income.find { it.incomeCategory == '%s' && it.earmarkClass == '%s' }.";
        awaitFigure("/api/v1/figures/budget-realisation", "year=2051", "incomeRealised", "15470.00")
                .body("incomeBudget", equalTo("13200.00"))
                .body(row.formatted("INDIVIDUALS", "UNEARMARKED") + "realised", equalTo("350.00"))
                .body(row.formatted("INDIVIDUALS", "UNEARMARKED") + "realisation", equalTo("29.17"))
                .body(row.formatted("INDIVIDUALS", "PROGRAMME") + "realised", equalTo("30.00"))
                .body(row.formatted("COMPANIES", "UNEARMARKED") + "realised", equalTo("400.00"))
                .body(row.formatted("COMPANIES", "PROJECT") + "realised", equalTo("600.00"))
                .body(row.formatted("OTHER_NONPROFITS", "UNEARMARKED") + "realised", equalTo("2300.00"))
                .body(row.formatted("OTHER_NONPROFITS", "PROGRAMME") + "realisation", equalTo("20.83"))
                .body(row.formatted("GOVERNMENT_GRANTS", "PROJECT") + "difference", equalTo("-1000.00"))
                .body(row.formatted("GOVERNMENT_GRANTS", "UNEARMARKED") + "realisation", equalTo("83.33"))
                .body(row.formatted("LOTTERY_ORGANISATIONS", "UNEARMARKED") + "realised", equalTo("2500.00"))
                .body(row.formatted("AFFILIATED_NONPROFITS", "PROGRAMME") + "realised", equalTo("700.00"))
                .body(row.formatted("UNKNOWN", "UNEARMARKED") + "realised", equalTo("90.00"))
                .body("werkorganisatieBudget", equalTo("14400.00"))
                .body("werkorganisatieActual", equalTo("3900.00"))
                .body("otherCostBudget", equalTo("6000.00"))
                .body("otherCostActual", equalTo("500.00"))
                .body("coverage", equalTo("221.54"))
                .body("budgetedCoverage", equalTo("33.33"));
        // May: the PROGRAMME budget is phased all in May: 2400.00; realised there g5's 500.00 after re-earmarking
        awaitFigure("/api/v1/figures/budget-realisation", "year=2051&month=5",
                row.formatted("OTHER_NONPROFITS", "PROGRAMME") + "budget", "2400.00")
                .body(row.formatted("OTHER_NONPROFITS", "PROGRAMME") + "realised", equalTo("500.00"))
                .body(row.formatted("INDIVIDUALS", "UNEARMARKED") + "budget", equalTo("100.00"));
    }

    @Test
    void everyFigureOpensToTheAllocationsBehindItThatAddUpToIt() {
        // the unearmarked rows of 2051: g1 g2 g13 (+ and −) g4/1 g5 (in) g7 g8 g10 g11 g12 = 11 rows, 8640.00
        awaitFigure("/api/v1/figures/allocations", "year=2051&earmarkClass=UNEARMARKED&size=100", "sum", "8640.00")
                .body("total", equalTo(11))
                .body("items.find { it.movement == 'REVERSED' }.amount", equalTo("-60.00"))
                .body("items.find { it.fundCode == 'ALG' }.fundName", equalTo("ALG fund"));
        // private donors' 380.00 and the institutional 7800.00 open to the same sums
        awaitFigure("/api/v1/figures/allocations", "year=2051&donorKind=INDIVIDUAL", "sum", "380.00");
        awaitFigure("/api/v1/figures/allocations", "year=2051&earmarkClass=UNEARMARKED&institutional=true",
                "sum", "7800.00");
        // the re-earmarking shows as its leaving and arriving rows on the original income date
        awaitFigure("/api/v1/figures/allocations", "year=2051&donorId=" + F1, "sum", "2000.00")
                .body("items.movement", equalTo(List.of("RECORDED", "REALLOCATED_OUT", "REALLOCATED_IN",
                        "REALLOCATED_IN")))
                .body("items.incomeDate", equalTo(List.of("2051-05-01", "2051-05-01", "2051-05-01", "2051-05-01")));
        // the figure links there
        awaitFigure("/api/v1/figures/unearmarked-share", "year=2051", "allocations",
                "/api/v1/figures/allocations?year=2051&earmarkClass=UNEARMARKED");
    }

    @Test
    void aRebuildFromTheTopicsReproducesEveryFigure() {
        awaitFigure("/api/v1/figures/retention", "year=2051", "retained", 2);
        awaitFigure("/api/v1/figures/campaign-results", "year=2051",
                "items.find { it.campaignId == '" + CAMP + "' }.raised", "2350.00");
        Map<String, String> before = everyFigure();

        given().auth().oauth2(TestTokens.forRoles("finance")).when().post("/api/v1/admin/rebuild")
                .then().statusCode(403);
        // 202 at once with the job; the job replays the topics in the background
        JsonPath job = Rebuilds.awaitFinished(Rebuilds.start("ada"));
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        // at least this class's 37 events; the log also holds the other test classes' events
        assertThat(job.getLong("done")).isGreaterThanOrEqualTo(37).isEqualTo(job.getLong("total"));

        assertThat(everyFigure()).isEqualTo(before);
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("subject", "admin/rebuild")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("actor", hasItem("ada"));
    }

    /** Every figure of the data set's years, as the API answers it (drill-down rows without their row ids). */
    private static Map<String, String> everyFigure() {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String path : List.of("unearmarked-share", "continuity-reserve", "private-donors",
                "institutional-income", "retention", "campaign-results", "budget-realisation")) {
            for (String period : List.of("year=2050", "year=2051", "year=2051&quarter=1", "year=2051&month=5",
                    "year=2051&asOf=2051-02-14", "year=2052")) {
                figures.put(path + "?" + period, get("/api/v1/figures/" + path, period).extract().asString());
            }
        }
        figures.put("retention household", get("/api/v1/figures/retention", "year=2051&unit=HOUSEHOLD")
                .extract().asString());
        figures.put("lybunt", get("/api/v1/figures/lybunt", "asOf=2052-03-01&size=100").extract().asString());
        figures.put("allocations", get("/api/v1/figures/allocations", "year=2051&size=100")
                .extract().jsonPath().getList("items.findAll { true }.collect { it.giftId + it.movement + it.amount }")
                .stream().map(Objects::toString).sorted().toList().toString());
        return figures;
    }

    private static ValidatableResponse get(String path, String query) {
        var request = given().auth().oauth2(TestTokens.forRoles("director"));
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            request = request.queryParam(kv[0], kv[1]);
        }
        return request.when().get(path).then().statusCode(200);
    }

    /** Waits (never sleeps) until the figure at {@code jsonPath} shows {@code expected}, then returns it. */
    static ValidatableResponse awaitFigure(String path, String query, String jsonPath, Object expected) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() ->
                Objects.equals(expected, get(path, query).extract().path(jsonPath)));
        return get(path, query);
    }
}
