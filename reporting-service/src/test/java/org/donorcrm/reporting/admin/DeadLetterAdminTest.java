package org.donorcrm.reporting.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.donorcrm.reporting.ledger.GiftRecorded;
import org.donorcrm.reporting.TestYears;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The dead-letter admin API against the real Kafka and MariaDB: a poison event lands in reporting's dead-letter
 * topic with its reason, an admin lists and replays it, the replay is recorded; a good event that was parked in the
 * dead-letter topic is applied once, however often it is replayed, in a year of its own ({@link TestYears}).
 */
@QuarkusTest
class DeadLetterAdminTest {

    private static final String GIFTS = "crm.gifts";
    private static final String DLQ = "crm.gifts.dlq.reporting";
    private static final String LIST = "/api/v1/admin/dead-letters";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager em;

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
    void aPoisonEventIsListedWithItsReasonReplayedByAnAdminAndTheReplayIsRecorded() {
        String donorId = UUID.randomUUID().toString();
        String poisonId = giftService.publish(GIFTS, donorId, "crm.gift.recorded.v1", UUID.randomUUID().toString(),
                "{\"giftId\": \"unreadable");

        Map<String, Object> letter = awaitLetter(poisonId, 1).get(0);
        assertThat(letter).containsEntry("topic", DLQ)
                .containsEntry("sourceTopic", GIFTS)
                .containsEntry("eventType", "crm.gift.recorded.v1")
                .containsEntry("reason", "event data is not a GiftRecorded")
                .containsEntry("replayed", false)
                .containsEntry("replays", List.of());
        assertThat(letter.get("sourceOffset")).isNotNull();
        assertThat(letter.get("deadLetteredAt")).isNotNull();
        assertThat(letter).doesNotContainKey("value");
        String path = LIST + "/" + DLQ + "/" + letter.get("partition") + "/" + letter.get("offset") + "/replay";

        given().auth().oauth2(TestTokens.forUser("ada", "admin"))
                .when().post(path)
                .then().statusCode(200)
                .body("eventId", equalTo(poisonId))
                .body("replayed", equalTo(true))
                .body("replays.size()", equalTo(1))
                .body("replays[0].replayedBy", equalTo("ada"));
        // still unreadable: the consumer sends the replayed event back, as a new record with its reason
        List<Map<String, Object>> both = awaitLetter(poisonId, 2);
        assertThat(both.get(0).get("offset")).isNotEqualTo(letter.get("offset"));
        assertThat(both.get(0)).containsEntry("reason", "event data is not a GiftRecorded");

        // once replayed, a second replay must be asked for explicitly
        given().auth().oauth2(TestTokens.forUser("ada", "admin"))
                .when().post(path)
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(409));
        given().auth().oauth2(TestTokens.forUser("bram", "admin"))
                .queryParam("again", true)
                .when().post(path)
                .then().statusCode(200)
                .body("replays.size()", equalTo(2))
                .body("replays[1].replayedBy", equalTo("bram"));

        List<Object[]> recorded = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                        select r.replayedBy, r.sourceTopic, r.eventId, r.eventType, r.replayedAt from DeadLetterReplay r
                        where r.dlqTopic = :topic and r.dlqPartition = :partition and r.dlqOffset = :offset
                        order by r.id""", Object[].class)
                .setParameter("topic", DLQ)
                .setParameter("partition", ((Number) letter.get("partition")).intValue())
                .setParameter("offset", ((Number) letter.get("offset")).longValue())
                .getResultList());
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(0)).containsExactly("ada", GIFTS, poisonId, "crm.gift.recorded.v1",
                recorded.get(0)[4]);
        assertThat(recorded.get(1)[0]).isEqualTo("bram");
        assertThat((Instant) recorded.get(1)[4]).isAfterOrEqualTo((Instant) recorded.get(0)[4]);
    }

    @Test
    void aGoodEventParkedInTheDeadLetterTopicIsAppliedOnceHoweverOftenItIsReplayed() {
        int year = TestYears.year();
        // a gift of 43.21 that the consumer once could not apply (the database was down): parked with the
        // dead-letter headers SmallRye writes
        String donorId = UUID.randomUUID().toString();
        String giftId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"43.21","currency":"EUR","incomeDate":"%3$d-03-05",
                 "receivedDate":"%3$d-03-05","channel":"BANK_TRANSFER","allocations":[{"line":1,
                 "earmarkClass":"UNEARMARKED","fundCode":"ALG","amount":"43.21"}],"recordedAt":"%3$d-03-05T10:00:00Z",
                 "campaignId":null,"appealId":null}""".formatted(giftId, donorId, year);
        assertThat(EventSchemas.errors("crm.gift.recorded.v1", data)).isEmpty();
        park(donorId, eventId, giftId, data, year);

        Map<String, Object> letter = awaitLetter(eventId, 1).get(0);
        assertThat(letter).containsEntry("sourceTopic", GIFTS)
                .containsEntry("sourcePartition", 0)
                .containsEntry("sourceOffset", 7)
                .containsEntry("reason", "JDBCConnectionException: Communications link failure")
                .containsEntry("eventTime", year + "-03-05T10:00:00Z");
        assertShare(year, "0.00");
        String path = LIST + "/" + DLQ + "/" + letter.get("partition") + "/" + letter.get("offset") + "/replay";

        given().auth().oauth2(TestTokens.forRoles("admin")).when().post(path).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertShare(year, "43.21"));

        given().auth().oauth2(TestTokens.forRoles("admin")).queryParam("again", "true")
                .when().post(path).then().statusCode(200);
        // a later gift of the same donor (same key, same partition) proves the second replay was consumed first
        String nextGift = UUID.randomUUID().toString();
        giftService.publish(GIFTS, donorId, "crm.gift.recorded.v1", nextGift, data.replace(giftId, nextGift)
                .replace("43.21", "1.00"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertShare(year, "44.21"));
    }

    @Test
    void onlyAnAdminSeesAndReplaysDeadLetters() {
        for (String role : new String[] {"finance", "director", "fundraiser"}) {
            given().auth().oauth2(TestTokens.forRoles(role)).when().get(LIST).then().statusCode(403);
            given().auth().oauth2(TestTokens.forRoles(role))
                    .when().post(LIST + "/" + DLQ + "/0/0/replay").then().statusCode(403);
        }
        given().when().get(LIST).then().statusCode(401);
        given().when().post(LIST + "/" + DLQ + "/0/0/replay").then().statusCode(401);
        given().auth().oauth2(TestTokens.forRoles("admin")).when().get(LIST).then().statusCode(200);
    }

    @Test
    void anUnknownRecordIs404() {
        given().auth().oauth2(TestTokens.forRoles("admin"))
                .when().post(LIST + "/" + DLQ + "/0/999999999/replay")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
        given().auth().oauth2(TestTokens.forRoles("admin"))
                .when().post(LIST + "/crm.gifts/0/0/replay")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.forRoles("admin"))
                .when().post(LIST + "/crm.nothing.dlq.nobody/0/0/replay")
                .then().statusCode(404);
    }

    /** The dead-letter records of an event, newest first, once there are {@code count} of them. */
    private List<Map<String, Object>> awaitLetter(String eventId, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonPath list = given().auth().oauth2(TestTokens.forRoles("admin"))
                    .when().get(LIST)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = list.getList("items");
            assertThat(list.getInt("total")).isEqualTo(items.size());
            return items.stream().filter(i -> eventId.equals(i.get("eventId"))).toList();
        }, found -> found.size() == count);
    }

    private void assertShare(int year, String totalIncome) {
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .queryParam("year", year)
                .when().get("/api/v1/figures/unearmarked-share")
                .then().statusCode(200)
                .body("totalIncome", equalTo(totalIncome))
                .body("unearmarkedIncome", equalTo(totalIncome));
    }

    private void park(String key, String eventId, String giftId, String data, int year) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(DLQ, key, data);
            Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", "crm.gift.recorded.v1",
                            "ce_source", "/donor-crm/gift-service", "ce_subject", giftId,
                            "ce_time", year + "-03-05T10:00:00Z", "content-type", "application/json",
                            "dead-letter-reason", "JDBCConnectionException: Communications link failure",
                            "dead-letter-topic", GIFTS, "dead-letter-partition", "0")
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            record.headers().add("dead-letter-offset", "7".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
