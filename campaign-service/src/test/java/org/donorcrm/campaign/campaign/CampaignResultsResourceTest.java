package org.donorcrm.campaign.campaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TestData;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.campaign.Fixtures.createAppeal;
import static org.donorcrm.campaign.Fixtures.createCampaign;
import static org.donorcrm.campaign.Fixtures.idOf;
import static org.donorcrm.campaign.Fixtures.uniqueCode;

/**
 * Live campaign results, fed by gift and donor events exactly as gift-service and donor-service publish them
 * (each test event is checked against the producer's schema). Every test uses its own campaigns and donors.
 */
@QuarkusTest
class CampaignResultsResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private EventPublisher giftService;
    private EventPublisher donorService;

    @BeforeEach
    void connect() {
        giftService = new EventPublisher(bootstrapServers, "/donor-crm/gift-service");
        donorService = new EventPublisher(bootstrapServers, "/donor-crm/donor-service");
    }

    @AfterEach
    void disconnect() {
        giftService.close();
        donorService.close();
    }

    @Test
    void resultsAfterGiftsAReversalAReallocationToAnotherCampaignAndADonorMerge() {
        String campaign = createCampaign(uniqueCode("EJ"), "2000.00");
        String c = idOf(campaign);
        String letter = idOf(createAppeal(campaign, uniqueCode("AP"), "1000.00", "LETTER"));
        String email = idOf(createAppeal(campaign, uniqueCode("AP"), "500.00", "EMAIL"));
        String other = idOf(createCampaign(uniqueCode("VJ"), "100.00"));
        cost(letter, "PRINTING", "80.00");
        cost(letter, "POSTAGE", "40.00");
        cost(c, "ADVERTISING", "30.00");

        String d1 = TestData.id();
        String d2 = TestData.id();
        String d3 = TestData.id();
        recorded(TestData.id(), d1, "10.00", "2025-03-01", null, null);         // g0: d1's first gift, no campaign
        recorded(TestData.id(), d1, "100.00", "2026-11-05", c, letter);         // g1
        recorded(TestData.id(), d2, "50.00", "2026-11-06", c, email);           // g2: d2's first gift
        recorded(TestData.id(), d3, "25.00", "2026-11-07", c, null);            // g3: d3's first gift, on the campaign
        recorded(TestData.id(), d1, "40.00", "2026-11-20", c, letter);          // g4
        String g5 = TestData.id();
        recorded(g5, d2, "30.00", "2026-11-21", c, email);               // g5, reversed below
        String g6 = TestData.id();
        recorded(g6, d3, "60.00", "2026-11-22", c, letter);              // g6, moved to the other campaign below
        reversed(g5, d2, "30.00", "2026-11-21", "2026-12-01", c, email);
        reallocated(g6, d3, "60.00", "2026-11-22", c, letter, other, null);

        // The other campaign: g6 €60.00, 1 gift, 1 donor (d3), who is not new there (first gift g3 is in EJ).
        JsonPath otherResults = awaitResults(other, r -> "60.00".equals(r.getString("raised")));
        assertThat(otherResults.getInt("gifts")).isEqualTo(1);
        assertThat(otherResults.getInt("donors")).isEqualTo(1);
        assertThat(otherResults.getInt("newDonors")).isZero();
        assertThat(otherResults.getString("progressPercent")).isEqualTo("60.00");   // 60 / 100

        // EJ with its appeals: 100 + 50 + 25 + 40 + 30 − 30 (reversed) + 60 − 60 (moved away) = 215.00
        JsonPath results = awaitResults(c, r -> "215.00".equals(r.getString("raised"))
                && "140.00".equals(r.getString("appeals.find { it.campaignId == '" + letter + "' }.raised"))
                && "50.00".equals(r.getString("appeals.find { it.campaignId == '" + email + "' }.raised")));
        assertThat(results.getString("goal")).isEqualTo("2000.00");
        assertThat(results.getString("currency")).isEqualTo("EUR");
        assertThat(results.getInt("gifts")).isEqualTo(4);                  // g1, g2, g3, g4
        assertThat(results.getInt("donors")).isEqualTo(3);                 // d1 140, d2 50, d3 25
        assertThat(results.getInt("newDonors")).isEqualTo(2);              // d2 (g2), d3 (g3); d1 began with g0
        assertThat(results.getString("averageGift")).isEqualTo("53.75");   // 215 / 4
        assertThat(results.getString("progressPercent")).isEqualTo("10.75"); // 215 / 2000 = 10.75 %
        assertThat(results.getString("costs")).isEqualTo("150.00");       // 80 + 40 + 30
        assertThat(results.getString("costPerEuroRaised")).isEqualTo("0.70"); // 150 / 215 = 0.6977
        assertThat(results.getString("returnOnInvestmentPercent")).isEqualTo("43.33"); // 65 / 150 = 43.333 %

        JsonPath letterResults = appeal(results, letter);
        assertThat(letterResults.getString("raised")).isEqualTo("140.00");   // 100 + 40 + 60 − 60
        assertThat(letterResults.getInt("gifts")).isEqualTo(2);              // g1, g4; g6 moved away
        assertThat(letterResults.getInt("donors")).isEqualTo(1);             // d1; d3 nets 0 here
        assertThat(letterResults.getInt("newDonors")).isZero();
        assertThat(letterResults.getString("averageGift")).isEqualTo("70.00");     // 140 / 2
        assertThat(letterResults.getString("progressPercent")).isEqualTo("14.00"); // 140 / 1000
        assertThat(letterResults.getString("costs")).isEqualTo("120.00");
        assertThat(letterResults.getString("costPerEuroRaised")).isEqualTo("0.86"); // 120 / 140 = 0.857
        assertThat(letterResults.getString("returnOnInvestmentPercent")).isEqualTo("16.67"); // 20 / 120

        JsonPath emailResults = appeal(results, email);
        assertThat(emailResults.getString("raised")).isEqualTo("50.00");     // 50 + 30 − 30
        assertThat(emailResults.getInt("gifts")).isEqualTo(1);               // g5 fully reversed
        assertThat(emailResults.getInt("donors")).isEqualTo(1);
        assertThat(emailResults.getInt("newDonors")).isEqualTo(1);           // d2's first gift that stands: g2
        assertThat(emailResults.getString("averageGift")).isEqualTo("50.00");
        assertThat(emailResults.getString("progressPercent")).isEqualTo("10.00");   // 50 / 500
        assertThat(emailResults.getString("costs")).isEqualTo("0.00");
        assertThat(emailResults.getString("costPerEuroRaised")).isEqualTo("0.00");
        assertThat(emailResults.getString("returnOnInvestmentPercent")).isNull();   // no costs

        // d2 is merged into d1: one donor now, whose first gift g0 had no campaign.
        merged(d1, d2);
        JsonPath afterMerge = awaitResults(c, r -> r.getInt("donors") == 2);
        assertThat(afterMerge.getString("raised")).isEqualTo("215.00");
        assertThat(afterMerge.getInt("gifts")).isEqualTo(4);
        assertThat(afterMerge.getInt("newDonors")).isEqualTo(1);            // only d3
        assertThat(appeal(afterMerge, email).getInt("newDonors")).isZero();
        assertThat(appeal(afterMerge, email).getInt("donors")).isEqualTo(1);

        // a gift event that still names the merged donor counts for the survivor
        recorded(TestData.id(), d2, "10.00", "2026-12-02", c, email);
        JsonPath afterLateGift = awaitResults(c, r -> "225.00".equals(r.getString("raised")));
        assertThat(afterLateGift.getInt("gifts")).isEqualTo(5);
        assertThat(afterLateGift.getInt("donors")).isEqualTo(2);            // d1 (with d2's history) and d3
        assertThat(appeal(afterLateGift, email).getInt("donors")).isEqualTo(1);
        assertThat(appeal(afterLateGift, email).getString("averageGift")).isEqualTo("30.00"); // 60 / 2
    }

    @Test
    void aCampaignWithoutGiftsHasZeroResultsAndNoFiguresThatWouldDivideByZero() {
        String campaign = createCampaign(uniqueCode("EJ"), "0.00");
        JsonPath results = results(idOf(campaign));
        assertThat(results.getString("raised")).isEqualTo("0.00");
        assertThat(results.getInt("gifts")).isZero();
        assertThat(results.getInt("donors")).isZero();
        assertThat(results.getString("averageGift")).isNull();
        assertThat(results.getString("progressPercent")).isNull();
        assertThat(results.getString("costPerEuroRaised")).isNull();
        assertThat(results.getString("returnOnInvestmentPercent")).isNull();
        assertThat(results.getList("appeals")).isEmpty();
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        String c = idOf(createCampaign(uniqueCode("EJ"), "300.00"));
        String donor = TestData.id();
        String giftId = TestData.id();
        String eventId = TestData.id();
        String data = recordedData(giftId, donor, "70.00", "2026-11-05", c, null);
        giftService.publish("crm.gifts", donor, eventId, "crm.gift.recorded.v1", giftId, data);
        giftService.publish("crm.gifts", donor, eventId, "crm.gift.recorded.v1", giftId, data);
        // a later gift of the same donor (same partition) proves both deliveries were consumed before we look
        recorded(TestData.id(), donor, "30.00", "2026-11-06", c, null);

        JsonPath results = awaitResults(c, r -> r.getInt("gifts") == 2);
        assertThat(results.getString("raised")).isEqualTo("100.00");       // 70 + 30, not 170
        assertThat(results.getString("progressPercent")).isEqualTo("33.33"); // 100 / 300 = 33.333 %
        assertThat(results.getInt("newDonors")).isEqualTo(1);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextOneStillCounts() {
        String c = idOf(createCampaign(uniqueCode("EJ"), "100.00"));
        String donor = TestData.id();
        String poisonId = giftService.publish("crm.gifts", donor, "crm.gift.recorded.v1", TestData.id(),
                "{\"giftId\": 42, \"amount\": \"lots\"}");
        recorded(TestData.id(), donor, "12.34", "2026-11-05", c, null);

        JsonPath results = awaitResults(c, r -> "12.34".equals(r.getString("raised")));
        assertThat(results.getString("progressPercent")).isEqualTo("12.34");
        await().atMost(Duration.ofSeconds(15)).until(() -> !TopicReader.find(bootstrapServers,
                "crm.gifts.dlq.campaign", r -> poisonId.equals(r.header("ce_id"))).isEmpty());
    }

    @Test
    void resultsOfAnUnknownCampaignAre404AndNeedASignedInUser() {
        given().auth().oauth2(TestTokens.forRoles("director"))
                .when().get("/api/v1/campaigns/" + TestData.id() + "/results")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/campaigns/" + TestData.id() + "/results")
                .then().statusCode(401);
    }

    // ------------------------------------------------------------------ events as the producers write them

    private void recorded(String giftId, String donorId, String amount, String incomeDate, String campaignId,
                          String appealId) {
        giftService.publish("crm.gifts", donorId, "crm.gift.recorded.v1", giftId,
                recordedData(giftId, donorId, amount, incomeDate, campaignId, appealId));
    }

    private static String recordedData(String giftId, String donorId, String amount, String incomeDate,
                                       String campaignId, String appealId) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s",
                 "receivedDate":"%s","channel":"BANK_TRANSFER","campaignId":%s,"appealId":%s,
                 "allocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":"ALG","amount":"%s"}],
                 "recordedAt":"%sT10:15:30Z"}
                """.formatted(giftId, donorId, amount, incomeDate, incomeDate, quoted(campaignId),
                quoted(appealId), amount, incomeDate);
        assertThat(EventSchemas.errors("crm.gift.recorded.v1", data)).isEmpty();
        return data;
    }

    private void reversed(String giftId, String donorId, String amount, String incomeDate, String reversalDate,
                          String campaignId, String appealId) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s",
                 "reversalDate":"%s","reason":"SEPA_RETURN","campaignId":%s,"appealId":%s,
                 "allocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":"ALG","amount":"%s"}],
                 "reversedAt":"%sT09:00:00Z"}
                """.formatted(giftId, donorId, amount, incomeDate, reversalDate, quoted(campaignId),
                quoted(appealId), amount, reversalDate);
        assertThat(EventSchemas.errors("crm.gift.reversed.v1", data)).isEmpty();
        giftService.publish("crm.gifts", donorId, "crm.gift.reversed.v1", giftId, data);
    }

    private void reallocated(String giftId, String donorId, String amount, String incomeDate,
                             String previousCampaignId, String previousAppealId, String campaignId, String appealId) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s",
                 "previousCampaignId":%s,"previousAppealId":%s,"campaignId":%s,"appealId":%s,
                 "previousAllocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":"ALG","amount":"%s"}],
                 "allocations":[{"line":1,"earmarkClass":"PROGRAMME","fundCode":"PRG-MIG","amount":"%s"}],
                 "reason":"donor asked for the migration programme","reallocatedAt":"2026-12-03T11:00:00Z"}
                """.formatted(giftId, donorId, amount, incomeDate, quoted(previousCampaignId),
                quoted(previousAppealId), quoted(campaignId), quoted(appealId), amount, amount);
        assertThat(EventSchemas.errors("crm.gift.reallocated.v1", data)).isEmpty();
        giftService.publish("crm.gifts", donorId, "crm.gift.reallocated.v1", giftId, data);
    }

    private void merged(String survivorId, String mergedId) {
        String data = """
                {"survivorId":"%s","mergedId":"%s","mergedAt":"2026-12-05T08:00:00Z"}
                """.formatted(survivorId, mergedId);
        assertThat(EventSchemas.errors("crm.donors.merged.v1", data)).isEmpty();
        donorService.publish("crm.donors", survivorId, "crm.donors.merged.v1", survivorId, data);
    }

    // ------------------------------------------------------------------ helpers

    private static void cost(String campaignId, String category, String amount) {
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body("""
                        {"category":"%s","amount":"%s","costDate":"2026-10-15"}
                        """.formatted(category, amount))
                .when().post("/api/v1/campaigns/" + campaignId + "/costs")
                .then().statusCode(201);
    }

    private static JsonPath results(String campaignId) {
        return given().auth().oauth2(TestTokens.forRoles("director"))
                .when().get("/api/v1/campaigns/" + campaignId + "/results")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitResults(String campaignId, Predicate<JsonPath> ready) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> results(campaignId), ready);
    }

    private static JsonPath appeal(JsonPath results, String appealId) {
        return new JsonPath(results.prettify()).setRootPath("appeals.find { it.campaignId == '" + appealId + "' }");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
