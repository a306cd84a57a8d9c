package org.donorcrm.reporting.figures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.donorcrm.reporting.TestYears;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The unearmarked share of a year, fed by gift events exactly as gift-service publishes them. Each test uses a
 * year of its own ({@link TestYears}) so that the tests do not see each other's gifts.
 */
@QuarkusTest
class UnearmarkedShareResourceTest {

    private static final String TOPIC = "crm.gifts";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private EventPublisher giftService;

    @BeforeEach
    void connect() {
        giftService = new EventPublisher(bootstrapServers, "/donor-crm/gift-service");
    }

    @AfterEach
    void disconnect() {
        giftService.close();
    }

    @Test
    void threeGiftsGiveTwentyPercentUnearmarked() {
        int year = TestYears.year();
        // €100 unearmarked + €300 project + €100 programme = €500; 100 / 500 = 20.00 %, 100 / 500 = 20.00 %
        // semi-earmarked, 300 / 500 = 60.00 % earmarked.
        recordGift(year, "100.00", "UNEARMARKED");
        recordGift(year, "300.00", "PROJECT");
        recordGift(year, "100.00", "PROGRAMME");

        awaitShare(year, "500.00")
                .body("year", equalTo(year))
                .body("from", equalTo(year + "-01-01"))
                .body("to", equalTo(year + "-12-31"))
                .body("currency", equalTo("EUR"))
                .body("unearmarkedIncome", equalTo("100.00"))
                .body("programmeEarmarkedIncome", equalTo("100.00"))
                .body("projectEarmarkedIncome", equalTo("300.00"))
                .body("unearmarkedShare", equalTo("20.00"))
                .body("semiEarmarkedShare", equalTo("20.00"))
                .body("earmarkedShare", equalTo("60.00"));
    }

    @Test
    void sharesAreRoundedHalfEvenFromExactSums() {
        int year = TestYears.year();
        // €1.00 of €3.00 = 33.333… % → 33.33; €2.00 of €3.00 = 66.666… % → 66.67
        recordGift(year, "1.00", "UNEARMARKED");
        recordGift(year, "2.00", "PROJECT");
        awaitShare(year, "3.00")
                .body("unearmarkedShare", equalTo("33.33"))
                .body("earmarkedShare", equalTo("66.67"));
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        int year = TestYears.year();
        String donorId = UUID.randomUUID().toString();
        String giftId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String data = giftRecorded(giftId, donorId, year, "70.00", "UNEARMARKED");
        giftService.publish(TOPIC, donorId, eventId, "crm.gift.recorded.v1", giftId, data);
        giftService.publish(TOPIC, donorId, eventId, "crm.gift.recorded.v1", giftId, data);
        // a later, different gift proves both deliveries of the first were consumed before we look
        recordGift(year, "30.00", "PROJECT");

        awaitShare(year, "100.00")
                .body("unearmarkedIncome", equalTo("70.00"))
                .body("unearmarkedShare", equalTo("70.00"));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextOneStillCounts() {
        int year = TestYears.year();
        String donorId = UUID.randomUUID().toString();
        String poisonId = giftService.publish(TOPIC, donorId, "crm.gift.recorded.v1", UUID.randomUUID().toString(),
                "{\"giftId\": 42, \"amount\": \"lots\"}");
        recordGift(year, "12.34", "UNEARMARKED");

        awaitShare(year, "12.34").body("unearmarkedShare", equalTo("100.00"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.find(bootstrapServers,
                "crm.gifts.dlq.reporting", r -> poisonId.equals(r.header("ce_id"))).isEmpty());
    }

    @Test
    void aYearWithoutIncomeHasNoShare() {
        int year = TestYears.year();
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .queryParam("year", year)
                .when().get("/api/v1/figures/unearmarked-share")
                .then().statusCode(200)
                .body("totalIncome", equalTo("0.00"))
                .body("unearmarkedShare", nullValue());
    }

    @Test
    void directorsFinanceAndFundraisersMayReadTheFigure() {
        int year = TestYears.year();
        for (String role : new String[] {"director", "finance", "fundraiser"}) {
            given().auth().oauth2(TestTokens.forRoles(role))
                    .queryParam("year", year)
                    .when().get("/api/v1/figures/unearmarked-share")
                    .then().statusCode(200);
        }
    }

    @Test
    void withoutATokenTheFigureIs401AndForAnAdminOnlyToken403() {
        int year = TestYears.year();
        given().queryParam("year", year)
                .when().get("/api/v1/figures/unearmarked-share")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.forRoles("admin"))
                .queryParam("year", year)
                .when().get("/api/v1/figures/unearmarked-share")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aMissingOrImpossibleYearIsAProblem() {
        given().auth().oauth2(TestTokens.forRoles("director"))
                .when().get("/api/v1/figures/unearmarked-share")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("#/year"));
        given().auth().oauth2(TestTokens.forRoles("director"))
                .queryParam("year", 99999)
                .when().get("/api/v1/figures/unearmarked-share")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("#/year"));
        given().auth().oauth2(TestTokens.forRoles("director"))
                .queryParam("year", "twenty")
                .when().get("/api/v1/figures/unearmarked-share")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    private void recordGift(int year, String amount, String earmarkClass) {
        String donorId = UUID.randomUUID().toString();
        String giftId = UUID.randomUUID().toString();
        giftService.publish(TOPIC, donorId, "crm.gift.recorded.v1", giftId,
                giftRecorded(giftId, donorId, year, amount, earmarkClass));
    }

    /** Event data as gift-service writes it; checked against the producer's published schema. */
    private static String giftRecorded(String giftId, String donorId, int year, String amount, String earmarkClass) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%d-06-30",
                 "receivedDate":"%d-06-30","channel":"BANK_TRANSFER",
                 "allocations":[{"line":1,"earmarkClass":"%s","fundCode":null,"amount":"%s"}],
                 "recordedAt":"%d-06-30T10:15:30Z"}
                """.formatted(giftId, donorId, amount, year, year, earmarkClass, amount, year);
        assertThat(EventSchemas.errors("crm.gift.recorded.v1", data)).isEmpty();
        return data;
    }

    private static ValidatableResponse awaitShare(int year, String expectedTotal) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                expectedTotal.equals(given().auth().oauth2(TestTokens.forRoles("director"))
                        .queryParam("year", year)
                        .when().get("/api/v1/figures/unearmarked-share")
                        .then().statusCode(200).extract().path("totalIncome")));
        return given().auth().oauth2(TestTokens.forRoles("director"))
                .queryParam("year", year)
                .when().get("/api/v1/figures/unearmarked-share")
                .then().statusCode(200);
    }
}
