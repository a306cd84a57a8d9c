package org.donorcrm.campaign.results;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.campaign.Fixtures.createAppeal;
import static org.donorcrm.campaign.Fixtures.createCampaign;
import static org.donorcrm.campaign.Fixtures.idOf;
import static org.donorcrm.campaign.Fixtures.uniqueCode;

/**
 * A measurement, not a check: how fast the consumer applies gift events and how long a campaign's results
 * take to compute. Off by default; run with {@code -Dcrm.measure=true -Dtest=ResultsThroughputMeasurement}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "crm.measure", matches = "true")
class ResultsThroughputMeasurement {

    private static final int DONORS = 500;
    private static final int GIFTS_PER_DONOR = 10;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void measureConsumerThroughputAndResultsLatency() {
        String campaign = createCampaign(uniqueCode("EJ"), "100000.00");
        String c = idOf(campaign);
        List<String> appeals = List.of(idOf(createAppeal(campaign, uniqueCode("AP"), "50000.00", "LETTER")),
                idOf(createAppeal(campaign, uniqueCode("AP"), "50000.00", "EMAIL")));
        List<String> lines = new ArrayList<>();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // sent asynchronously (unlike EventPublisher, which waits for each ack), so the consumer is what is measured
        try (KafkaProducer<String, String> gifts = new KafkaProducer<>(props)) {
            long start = System.nanoTime();
            for (int d = 0; d < DONORS; d++) {
                String donor = UUID.randomUUID().toString();
                for (int g = 0; g < GIFTS_PER_DONOR; g++) {
                    String gift = UUID.randomUUID().toString();
                    String appeal = appeals.get(g % 2);
                    ProducerRecord<String, String> record = new ProducerRecord<>("crm.gifts", donor, """
                            {"giftId":"%s","donorId":"%s","amount":"10.00","currency":"EUR","incomeDate":"2026-11-%02d",
                             "receivedDate":"2026-11-%02d","channel":"ONLINE","campaignId":"%s","appealId":"%s",
                             "allocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":null,"amount":"10.00"}],
                             "recordedAt":"2026-11-%02dT10:00:00Z"}
                            """.formatted(gift, donor, g + 1, g + 1, c, appeal, g + 1));
                    header(record, "ce_specversion", "1.0");
                    header(record, "ce_id", UUID.randomUUID().toString());
                    header(record, "ce_type", "crm.gift.recorded.v1");
                    header(record, "ce_source", "/donor-crm/gift-service");
                    header(record, "ce_subject", gift);
                    header(record, "content-type", "application/json");
                    gifts.send(record);
                }
            }
            gifts.flush();
            long published = System.nanoTime();
            String expected = "%d.00".formatted(DONORS * GIFTS_PER_DONOR * 10);
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() ->
                    expected.equals(results(c)));
            long applied = System.nanoTime();
            int events = DONORS * GIFTS_PER_DONOR;
            lines.add("published %d events in %d ms".formatted(events, (published - start) / 1_000_000));
            lines.add("all applied %d ms after the first was published: %.0f events/s".formatted(
                    (applied - start) / 1_000_000, events / ((applied - start) / 1e9)));
        }
        long t0 = System.nanoTime();
        int calls = 20;
        for (int i = 0; i < calls; i++) {
            results(c);
        }
        lines.add("results of a campaign with 2 appeals, %d gifts, %d donors: %.1f ms per request".formatted(
                DONORS * GIFTS_PER_DONOR, DONORS, (System.nanoTime() - t0) / 1e6 / calls));
        lines.forEach(line -> System.out.println("MEASURE " + line));
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String results(String campaignId) {
        return given().auth().oauth2(TestTokens.forRoles("director"))
                .when().get("/api/v1/campaigns/" + campaignId + "/results")
                .then().statusCode(200).extract().path("raised");
    }
}
