package org.donorcrm.gift.gift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Finance's corrections: a reversal and a re-earmarking, each with its event and its line in the history. */
@QuarkusTest
class CorrectionResourceTest {

    @Inject
    Replicas replicas;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();
    private String donorId;
    private String giftId;

    @BeforeEach
    void aSplitGift() {
        replicas.standardFunds();
        donorId = replicas.individual();
        giftId = given().auth().oauth2(TestTokens.forUser("fenna", "fundraiser")).contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"300.00","incomeDate":"2025-12-20",
                         "allocations":[{"fundCode":"ALG","amount":"100.00"},{"fundCode":"PRJ-DTZ","amount":"200.00"}]}
                        """.formatted(donorId))
                .when().post("/api/v1/gifts").then().statusCode(201).extract().path("id");
    }

    @Test
    void financeReversesAGiftOnceAndTheReversalIsPublishedWithItsAllocations() throws Exception {
        given().auth().oauth2(TestTokens.forUser("femke", "finance")).contentType(ContentType.JSON)
                .body("{\"reversalDate\":\"2026-01-05\",\"reason\":\"SEPA_RETURN\",\"note\":\"MD06\"}")
                .when().post("/api/v1/gifts/" + giftId + "/reversal")
                .then().statusCode(201)
                .body("reason", equalTo("SEPA_RETURN"))
                .body("reversalDate", equalTo("2026-01-05"))
                .body("reversedBy", equalTo("femke"));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/gifts/" + giftId)
                .then().body("status", equalTo("REVERSED"));

        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"reversalDate\":\"2026-01-06\",\"reason\":\"REFUND\"}")
                .when().post("/api/v1/gifts/" + giftId + "/reversal")
                .then().statusCode(409).contentType("application/problem+json");

        TopicReader.Read event = published("crm.gift.reversed.v1");
        assertThat(event.key()).isEqualTo(donorId);
        assertThat(EventSchemas.errors("crm.gift.reversed.v1", event.value())).isEmpty();
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("amount").asText()).isEqualTo("300.00");
        assertThat(data.get("incomeDate").asText()).isEqualTo("2025-12-20");
        assertThat(data.get("reversalDate").asText()).isEqualTo("2026-01-05");
        assertThat(data.get("allocations").get(1).get("fundCode").asText()).isEqualTo("PRJ-DTZ");
        assertThat(data.get("allocations").get(1).get("amount").asText()).isEqualTo("200.00");
    }

    @Test
    void aFundraiserMayNotReverseOrReallocate() {
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body("{\"reversalDate\":\"2026-01-05\",\"reason\":\"REFUND\"}")
                .when().post("/api/v1/gifts/" + giftId + "/reversal")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body("{\"reason\":\"wrong fund\",\"allocations\":[{\"fundCode\":\"ALG\",\"amount\":\"300.00\"}]}")
                .when().post("/api/v1/gifts/" + giftId + "/reallocation")
                .then().statusCode(403);
    }

    @Test
    void aReversalBeforeTheIncomeDateIsAProblem() {
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"reversalDate\":\"2025-12-19\",\"reason\":\"REFUND\"}")
                .when().post("/api/v1/gifts/" + giftId + "/reversal")
                .then().statusCode(422)
                .body("errors[0].pointer", equalTo("#/reversalDate"));
    }

    @Test
    void financeReEarmarksAGiftKeepingItsIncomeDateAndTheHistoryShowsWhoDidWhat() throws Exception {
        given().auth().oauth2(TestTokens.forUser("femke", "finance")).contentType(ContentType.JSON)
                .body("""
                        {"reason":"donor asked for migration work",
                         "allocations":[{"fundCode":"ALG","amount":"50.00"},{"fundCode":"PRG-MIG","amount":"250.00"}]}
                        """)
                .when().post("/api/v1/gifts/" + giftId + "/reallocation")
                .then().statusCode(200)
                .body("incomeDate", equalTo("2025-12-20"))
                .body("allocations", hasSize(2))
                .body("allocations[1].fundCode", equalTo("PRG-MIG"))
                .body("allocations[1].earmarkClass", equalTo("PROGRAMME"))
                .body("allocations[1].amount", equalTo("250.00"));

        TopicReader.Read event = published("crm.gift.reallocated.v1");
        assertThat(EventSchemas.errors("crm.gift.reallocated.v1", event.value())).isEmpty();
        JsonNode data = json.readTree(event.value());
        assertThat(data.get("incomeDate").asText()).isEqualTo("2025-12-20");
        assertThat(data.get("previousAllocations").get(1).get("fundCode").asText()).isEqualTo("PRJ-DTZ");
        assertThat(data.get("allocations").get(0).get("amount").asText()).isEqualTo("50.00");

        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/gifts/" + giftId + "/history")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("RECORDED"))
                .body("[0].actor", equalTo("fenna"))
                .body("[1].action", equalTo("REALLOCATED"))
                .body("[1].actor", equalTo("femke"))
                .body("[1].details.reason", equalTo("donor asked for migration work"))
                .body("[1].details.previousAllocations[1].amount", equalTo("200.00"));
    }

    @Test
    void aReallocationThatMissesTheAmountChangesNothing() {
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"reason\":\"typo\",\"allocations\":[{\"fundCode\":\"ALG\",\"amount\":\"299.99\"}]}")
                .when().post("/api/v1/gifts/" + giftId + "/reallocation")
                .then().statusCode(422)
                .body("errors[0].pointer", equalTo("#/allocations"));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/gifts/" + giftId)
                .then().body("allocations[1].fundCode", equalTo("PRJ-DTZ"))
                .body("allocations[1].amount", equalTo("200.00"));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/gifts/" + giftId + "/history")
                .then().body("", hasSize(1));
    }

    @Test
    void aGiftCanMoveToAnotherCampaign() {
        String campaign = replicas.campaign("DLA-2026", null);
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"reason\":\"answered the Don't Look Away mailing\",\"campaignId\":\"" + campaign + "\"}")
                .when().post("/api/v1/gifts/" + giftId + "/reallocation")
                .then().statusCode(200)
                .body("campaignId", equalTo(campaign))
                .body("allocations[1].fundCode", equalTo("PRJ-DTZ"));
    }

    @Test
    void anUnknownGiftIs404() {
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"reversalDate\":\"2026-01-05\",\"reason\":\"REFUND\"}")
                .when().post("/api/v1/gifts/00000000-0000-4000-8000-00000000dead/reversal")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private TopicReader.Read published(String type) {
        List<TopicReader.Read> events = await().atMost(Duration.ofSeconds(10)).until(
                () -> TopicReader.find(bootstrapServers, "crm.gifts",
                        r -> giftId.equals(r.header("ce_subject")) && type.equals(r.header("ce_type"))),
                list -> !list.isEmpty());
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
