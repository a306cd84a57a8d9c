package org.donorcrm.campaign.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.campaign.Fixtures.createAppeal;
import static org.donorcrm.campaign.Fixtures.createCampaign;
import static org.donorcrm.campaign.Fixtures.idOf;
import static org.donorcrm.campaign.Fixtures.projectFund;
import static org.donorcrm.campaign.Fixtures.uniqueCode;

/**
 * What campaign-service publishes on crm.campaigns: CloudEvents keyed and subjected by the fund or campaign id,
 * full state on every change, valid against the schemas in docs/events/, and without personal data.
 */
@QuarkusTest
class CampaignEventsTest {

    private static final String TOPIC = "crm.campaigns";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theStandardFundsArePublishedOnceEach() throws Exception {
        Map<String, List<TopicReader.Read>> byCode = await().atMost(Duration.ofSeconds(15))
                .until(() -> TopicReader.find(bootstrapServers, TOPIC,
                                        r -> "crm.fund.defined.v1".equals(r.header("ce_type"))
                                                && r.header("ce_subject").startsWith("a1000000-"))
                                .stream().collect(Collectors.groupingBy(this::code)),
                        map -> map.size() == 5);

        assertThat(byCode.keySet()).containsExactlyInAnyOrder("ALG", "PRG-SEX", "PRG-MIG", "PRG-FAM", "PRG-HELP");
        for (List<TopicReader.Read> events : byCode.values()) {
            assertThat(events).hasSize(1);
            TopicReader.Read event = events.get(0);
            assertThat(EventSchemas.errors("crm.fund.defined.v1", event.value())).isEmpty();
            assertThat(event.key()).isEqualTo(event.header("ce_subject"));
            assertThat(event.header("ce_source")).isEqualTo("/donor-crm/campaign-service");
        }
        JsonNode alg = json.readTree(byCode.get("ALG").get(0).value());
        assertThat(alg.get("fundId").asText()).isEqualTo("a1000000-0000-4000-8000-000000000001");
        assertThat(alg.get("name").asText()).isEqualTo("Algemeen fonds");
        assertThat(alg.get("earmarkClass").asText()).isEqualTo("UNEARMARKED");
        assertThat(alg.get("activeFrom").asText()).isEqualTo("2020-01-01");
        assertThat(alg.get("status").asText()).isEqualTo("ACTIVE");
        JsonNode help = json.readTree(byCode.get("PRG-HELP").get(0).value());
        assertThat(help.get("earmarkClass").asText()).isEqualTo("PROGRAMME");
        assertThat(help.get("name").asText()).isEqualTo("Kinderrechtenhelpdesk");
    }

    @Test
    void aFundIsPublishedWithItsFullStateOnCreateAndOnClose() throws Exception {
        String code = uniqueCode("PRJ");
        String location = given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body(projectFund(code, "2025-01-01", "2027-12-31"))
                .when().post("/api/v1/funds")
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .when().post(location + "/close")
                .then().statusCode(200);
        String fundId = idOf(location);

        List<TopicReader.Read> events = published(fundId, 2);
        assertThat(events).extracting(r -> r.header("ce_type"))
                .containsExactly("crm.fund.defined.v1", "crm.fund.defined.v1");
        assertThat(events).extracting(TopicReader.Read::key).containsOnly(fundId);
        events.forEach(e -> assertThat(EventSchemas.errors("crm.fund.defined.v1", e.value())).isEmpty());
        JsonNode created = json.readTree(events.get(0).value());
        JsonNode closed = json.readTree(events.get(1).value());
        assertThat(created.get("code").asText()).isEqualTo(code);
        assertThat(created.get("earmarkClass").asText()).isEqualTo("PROJECT");
        assertThat(created.get("activeTo").asText()).isEqualTo("2027-12-31");
        assertThat(created.get("funderDonorId").asText()).isEqualTo("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
        assertThat(created.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("code").asText()).isEqualTo(code);
    }

    @Test
    void aCampaignItsAppealAndItsCostsArePublishedWithoutPersonalData() throws Exception {
        String location = createCampaign(uniqueCode("EJ"), "25000.00");
        String appeal = createAppeal(location, uniqueCode("AP"), "5000.00", "TELEMARKETING");
        String costId = given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body("""
                        {"category":"ADVERTISING","amount":"250.00","costDate":"2026-11-02",
                         "description":"Advertentie, contact: j.jansen@example.nl"}
                        """)
                .when().post(appeal + "/costs")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .when().delete(appeal + "/costs/" + costId)
                .then().statusCode(204);

        TopicReader.Read campaign = published(idOf(location), 1).get(0);
        assertThat(campaign.header("ce_type")).isEqualTo("crm.campaign.defined.v1");
        assertThat(EventSchemas.errors("crm.campaign.defined.v1", campaign.value())).isEmpty();
        JsonNode data = json.readTree(campaign.value());
        assertThat(data.get("goal").asText()).isEqualTo("25000.00");
        assertThat(data.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(data.get("parentCampaignId").isNull()).isTrue();
        assertThat(data.get("channel").isNull()).isTrue();

        List<TopicReader.Read> appealEvents = published(idOf(appeal), 3);
        assertThat(appealEvents).extracting(r -> r.header("ce_type")).containsExactly(
                "crm.campaign.defined.v1", "crm.campaign.cost.recorded.v1", "crm.campaign.cost.removed.v1");
        assertThat(appealEvents).extracting(TopicReader.Read::key).containsOnly(idOf(appeal));
        for (TopicReader.Read event : appealEvents) {
            assertThat(EventSchemas.errors(event.header("ce_type"), event.value())).isEmpty();
            // owner (a user name), target group and cost description stay in this service
            assertThat(event.value()).doesNotContain("fenna", "private donors", "jansen", "Advertentie");
        }
        JsonNode appealData = json.readTree(appealEvents.get(0).value());
        assertThat(appealData.get("parentCampaignId").asText()).isEqualTo(idOf(location));
        assertThat(appealData.get("channel").asText()).isEqualTo("TELEMARKETING");
        JsonNode cost = json.readTree(appealEvents.get(1).value());
        assertThat(cost.get("costId").asText()).isEqualTo(costId);
        assertThat(cost.get("amount").asText()).isEqualTo("250.00");
        assertThat(cost.get("category").asText()).isEqualTo("ADVERTISING");
    }

    /** The events about one aggregate, in the order published, once {@code expected} of them are there. */
    private List<TopicReader.Read> published(String subject, int expected) {
        return await().atMost(Duration.ofSeconds(15))
                .until(() -> TopicReader.find(bootstrapServers, TOPIC, r -> subject.equals(r.header("ce_subject"))),
                        list -> list.size() >= expected);
    }

    private String code(TopicReader.Read read) {
        try {
            return json.readTree(read.value()).get("code").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
