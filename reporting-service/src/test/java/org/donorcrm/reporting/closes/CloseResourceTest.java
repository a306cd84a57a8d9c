package org.donorcrm.reporting.closes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.donorcrm.reporting.ledger.TestEvents;
import org.donorcrm.reporting.TestYears;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.reporting.ledger.TestEvents.alloc;
import static org.donorcrm.reporting.ledger.TestEvents.id;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/**
 * Month-end closes, each test in a year of its own that has ended ({@link TestYears#ended()}): a closed month's
 * snapshot stays as it was when a correction dated in that month arrives later; the correction shows as an
 * adjustment after close.
 */
@QuarkusTest
class CloseResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String unearmarked(String kpiJsonPath) {
        return "values.find { it.kpi == 'unearmarked-share' && it.field == 'unearmarkedIncome' }." + kpiJsonPath;
    }

    @Test
    void aClosedMonthsSnapshotDoesNotChangeAfterALaterCorrectionWhichShowsAsAnAdjustment() {
        int year = TestYears.ended();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            String donor = id();
            events.donorRegistered(donor, "INDIVIDUAL", "INDIVIDUALS", null);
            events.giftRecorded(id(), donor, year + "-01-15", "100.00", null, null,
                    alloc(1, "UNEARMARKED", "ALG", "100.00"));
            events.giftRecorded(id(), donor, year + "-02-10", "30.00", null, null,
                    alloc(1, "UNEARMARKED", "ALG", "30.00"));
            awaitIncome(year, 2, "30.00");
            awaitIncome(year, 1, "100.00");
            // the donor's kind (another topic) known too, so the private-donor figures count the gifts
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().auth().oauth2(TestTokens.forRoles("director"))
                            .when().get("/api/v1/figures/private-donors?year=" + year + "&month=1")
                            .then().body("gifts", equalTo(1)));

            given().auth().oauth2(TestTokens.forUser("fiona", "finance")).contentType(ContentType.JSON)
                    .body("{\"year\":" + year + ",\"month\":1}")
                    .when().post("/api/v1/closes")
                    .then().statusCode(201)
                    .header("Location", endsWith("/api/v1/closes/" + year + "/1"))
                    .body("closedBy", equalTo("fiona"))
                    .body(unearmarked("frozen"), equalTo("100.00"))
                    .body("adjusted", equalTo(false));
            given().auth().oauth2(TestTokens.forUser("fiona", "finance")).contentType(ContentType.JSON)
                    .body("{\"year\":" + year + ",\"month\":2}")
                    .when().post("/api/v1/closes").then().statusCode(201)
                    // February against January: 30.00 − 100.00 = −70.00; no close three months earlier
                    .body(unearmarked("frozen"), equalTo("30.00"))
                    .body(unearmarked("changeOnPreviousMonth"), equalTo("-70.00"))
                    .body(unearmarked("changeOnPreviousQuarter"), nullValue());

            // a late gift of 50.00 dated in the closed January
            events.giftRecorded(id(), donor, year + "-01-28", "50.00", null, null,
                    alloc(1, "UNEARMARKED", "ALG", "50.00"));
            awaitIncome(year, 1, "150.00");

            given().auth().oauth2(TestTokens.forRoles("director")).when().get("/api/v1/closes/" + year + "/1")
                    .then().statusCode(200)
                    // frozen stays 100.00; live 100.00 + 50.00 = 150.00; adjustment 150.00 − 100.00 = 50.00
                    .body(unearmarked("frozen"), equalTo("100.00"))
                    .body(unearmarked("live"), equalTo("150.00"))
                    .body(unearmarked("adjustment"), equalTo("50.00"))
                    // private income likewise; gifts 1 → 2
                    .body("values.find { it.kpi == 'private-donors' && it.field == 'gifts' }.frozen", equalTo("1"))
                    .body("values.find { it.kpi == 'private-donors' && it.field == 'gifts' }.adjustment",
                            equalTo("1"))
                    .body("adjusted", equalTo(true));

            // the quarterly evaluation compares the quarter's closes, last month first
            given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/closes/quarters/" + year + "/1")
                    .then().statusCode(200)
                    .body("months.month", contains(2, 1))
                    .body("months[1].adjusted", equalTo(true));
            given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/closes?year=" + year)
                    .then().statusCode(200).body("month", hasItems(1, 2));
            // audited: who closed
            given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("subject", "closes/" + year + "-01")
                    .when().get("/api/v1/audit").then().statusCode(200)
                    .body("actor", hasItem("fiona"))
                    .body("action", hasItem("MONTH_CLOSED"));
        }
    }

    @Test
    void aMonthIsClosedOnceAndOnlyByFinanceAfterItEnded() {
        int year = TestYears.ended();
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"year\":" + year + ",\"month\":6}").when().post("/api/v1/closes").then().statusCode(201);
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"year\":" + year + ",\"month\":6}").when().post("/api/v1/closes")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("director")).contentType(ContentType.JSON)
                .body("{\"year\":" + year + ",\"month\":7}").when().post("/api/v1/closes").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).when().get("/api/v1/closes/" + year + "/6")
                .then().statusCode(403);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"year\":" + today.getYear() + ",\"month\":" + today.getMonthValue() + "}")
                .when().post("/api/v1/closes")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/month"));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"year\":" + year + ",\"month\":13}").when().post("/api/v1/closes")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/closes/" + year + "/8")
                .then().statusCode(404);
    }

    @Test
    void withPreferRespondAsyncAMonthIsClosedInTheBackground() {
        int year = TestYears.ended();
        String token = TestTokens.forUser("fiona", "finance");
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> started = given()
                .auth().oauth2(token).contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body("{\"year\":" + year + ",\"month\":9}").when().post("/api/v1/closes")
                .then().statusCode(202)
                .header("Preference-Applied", equalTo("respond-async"))
                .body("kind", equalTo("month-close"))
                .body("subject", equalTo(year + "-09"))
                .body("startedBy", equalTo("fiona"))
                .extract();
        String id = started.path("id");
        org.assertj.core.api.Assertions.assertThat(started.header("Location")).endsWith("/jobs/" + id);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(token)
                .when().get("/api/v1/jobs/" + id).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED"))
                .body("result", equalTo(year + "-9 is afgesloten door fiona."))
                .body("resultLink", equalTo("/closes/" + year + "/9")));
        given().auth().oauth2(token).when().get("/api/v1/closes/" + year + "/9").then().statusCode(200)
                .body("closedBy", equalTo("fiona"));
        // what cannot be closed is said at once, not on the job's page
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body("{\"year\":" + year + ",\"month\":9}").when().post("/api/v1/closes")
                .then().statusCode(409).contentType("application/problem+json");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body("{\"year\":" + today.getYear() + ",\"month\":" + today.getMonthValue() + "}")
                .when().post("/api/v1/closes")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/month"))
                .body("errors[0].detail", equalTo(java.time.YearMonth.from(today)
                        + " has not ended yet: a month can be closed from its next month on"));
    }

    private static void awaitIncome(int year, int month, String unearmarked) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRoles("director"))
                        .when().get("/api/v1/figures/unearmarked-share?year=" + year + "&month=" + month)
                        .then().body("unearmarkedIncome", equalTo(unearmarked)));
    }
}
