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
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A recorded gift reaches crm.gifts through the outbox: once, as a CloudEvent of gift-service keyed by donor. */
@QuarkusTest
class GiftEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Replicas replicas;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRecordedGiftIsPublishedOnceAsACloudEventKeyedByDonor() throws Exception {
        replicas.standardFunds();
        String donorId = replicas.individual();
        String giftId = given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"300.00","incomeDate":"2026-05-01",
                         "allocations":[{"fundCode":"ALG","amount":"100.10"},
                                        {"fundCode":"PRJ-DTZ","amount":"199.90"}]}
                        """.formatted(donorId))
                .when().post("/api/v1/gifts")
                .then().statusCode(201).extract().path("id");

        List<TopicReader.Read> published = await().atMost(Duration.ofSeconds(10))
                .until(() -> TopicReader.find(bootstrapServers, "crm.gifts", r -> giftId.equals(r.header("ce_subject"))),
                        list -> !list.isEmpty());

        assertThat(published).hasSize(1);
        TopicReader.Read event = published.get(0);
        assertThat(event.key()).isEqualTo(donorId);
        assertThat(event.header("ce_type")).isEqualTo("crm.gift.recorded.v1");
        assertThat(event.header("ce_source")).isEqualTo("/donor-crm/gift-service");
        assertThat(event.header("ce_specversion")).isEqualTo("1.0");
        assertThat(event.header("ce_id")).matches("[0-9a-f-]{36}");
        assertThat(EventSchemas.errors("crm.gift.recorded.v1", event.value())).isEmpty();

        JsonNode data = json.readTree(event.value());
        assertThat(data.get("giftId").asText()).isEqualTo(giftId);
        assertThat(data.get("amount").asText()).isEqualTo("300.00");
        assertThat(data.get("allocations").get(0).get("amount").asText()).isEqualTo("100.10");
        assertThat(data.get("allocations").get(1).get("fundCode").asText()).isEqualTo("PRJ-DTZ");
    }
}
