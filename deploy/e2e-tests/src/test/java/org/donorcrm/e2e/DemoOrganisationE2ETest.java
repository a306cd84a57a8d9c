package org.donorcrm.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.donorcrm.demo.DemoGenerator;
import org.donorcrm.demo.DemoLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The demo organisation, loaded through the public APIs (by deploy/local/up, or here when it is not there yet),
 * lands exactly on the plan's 2024 starting points, and loading it a second time changes nothing.
 */
class DemoOrganisationE2ETest {

    private static final String KEYCLOAK_URL = property("crm.e2e.keycloak-url", "http://127.0.0.1:8180/realms/donor-crm");
    private static final String REPORTING_URL = property("crm.e2e.reporting-url", "http://127.0.0.1:8084");

    private static Map<String, Integer> secondLoad;

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @BeforeAll
    static void demoIsLoadedAndLoadedAgain() {
        if (!"2650000.00".equals(figure("unearmarked-share", "year=2024").extract().path("totalIncome"))) {
            DemoLoader.loadDemo();
        }
        awaitFigure("unearmarked-share", "year=2024", "totalIncome", "2650000.00");
        secondLoad = DemoLoader.loadDemo();
    }

    @Test
    @DisplayName("2024: unearmarked €291,500.00 of €2,650,000.00 is 11.00 %, on the plan's target")
    void the2024UnearmarkedShareIsThePlansStartingPoint() {
        awaitFigure("unearmarked-share", "year=2024", "totalIncome", DemoGenerator.TOTAL_INCOME_2024.toPlainString())
                .body("unearmarkedIncome", equalTo("291500.00"))
                .body("unearmarkedShare", equalTo("11.00"))
                .body("targetUnearmarkedShare", equalTo("11.00"))
                .body("shortBy", equalTo("0.00"));
    }

    @Test
    @DisplayName("2024: private-donor income €40,000.00 from 353 donors in 1,259 gifts, €31.77 on average")
    void the2024PrivateIncomeIsThePlansStartingPoint() {
        // 40000.00 / 1259 = 31.7712… → 31.77 (half-even to the cent)
        awaitFigure("private-donors", "year=2024", "privateIncome", DemoGenerator.PRIVATE_INCOME_2024.toPlainString())
                .body("individualDonors", equalTo(353))
                .body("gifts", equalTo(1259))
                .body("averageGift", equalTo("31.77"))
                .body("status", equalTo("ON_TRACK"));
    }

    @Test
    @DisplayName("2025: unearmarked institutional income €380,000.00, exactly the plan's €380,000")
    void the2025InstitutionalIncomeMeetsThePlan() {
        // lottery 250,000.00 + VWS institutional subsidy 100,000.00 + Stichting Kinderrechtenfonds 30,000.00
        awaitFigure("institutional-income", "year=2025", "institutionalUnearmarkedIncome", "380000.00")
                .body("byIncomeCategory.LOTTERY_ORGANISATIONS", equalTo("250000.00"))
                .body("byIncomeCategory.GOVERNMENT_GRANTS", equalTo("100000.00"))
                .body("byIncomeCategory.OTHER_NONPROFITS", equalTo("30000.00"));
    }

    @Test
    @DisplayName("a second load records nothing new")
    void loadingTwiceChangesNothing() {
        assertThat(secondLoad).doesNotContainKeys("funds", "campaigns", "donors", "households", "gifts", "grants",
                "grant instalments received", "reversals", "thank-yous");
    }

    private static ValidatableResponse figure(String name, String query) {
        return given().auth().oauth2(token()).accept(ContentType.JSON)
                .when().get(REPORTING_URL + "/api/v1/figures/" + name + "?" + query)
                .then().statusCode(200);
    }

    private static ValidatableResponse awaitFigure(String name, String query, String field, String expected) {
        await(name + " " + query).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> expected.equals(figure(name, query).extract().path(field)));
        return figure(name, query);
    }

    private static String token() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "crm-cli")
                .formParam("username", "director").formParam("password", property("crm.e2e.password", "demo"))
                .when().post(KEYCLOAK_URL + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
