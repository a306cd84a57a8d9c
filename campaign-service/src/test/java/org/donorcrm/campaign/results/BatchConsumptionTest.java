package org.donorcrm.campaign.results;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.donorcrm.platform.consume.BatchResult;
import org.donorcrm.platform.consume.Envelope;
import org.donorcrm.testing.ConsumerProbe;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.Sql;
import org.donorcrm.testing.TestData;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.campaign.Fixtures.createCampaign;
import static org.donorcrm.campaign.Fixtures.idOf;
import static org.donorcrm.campaign.Fixtures.uniqueCode;

/**
 * The live consumer applies a poll of records as one batch in one transaction (GiftEventsConsumer), against the
 * real Kafka broker and MariaDB of the test run. To put records into ONE batch, the test pauses the channel's
 * consumer, publishes them (same key: one partition, in order), and resumes it: the next poll returns them together.
 * Every test uses its own campaigns and donors.
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final String GIFTS = "crm.gifts";
    private static final String CHANNEL = "gift-events";
    private static final String RECORDED = "crm.gift.recorded.v1";
    private static final String REVERSED = "crm.gift.reversed.v1";
    private static final String REALLOCATED = "crm.gift.reallocated.v1";
    private static final String MERGED = "crm.donors.merged.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    KafkaClientService kafka;

    @Inject
    MeterRegistry meters;

    @Inject
    DataSource dataSource;

    @Inject
    GiftLedger ledger;

    private EventPublisher giftService;
    private ConsumerProbe consumer;
    private Sql sql;

    @BeforeEach
    void connect() {
        giftService = new EventPublisher(bootstrapServers, "/donor-crm/gift-service");
        consumer = new ConsumerProbe(kafka, meters, CHANNEL, GIFTS, "crm.campaign");
        sql = new Sql(dataSource);
    }

    @AfterEach
    void disconnect() {
        giftService.close();
    }

    @Test
    void anEventTwiceInOneBatchCountsOnce() throws Exception {
        String campaign = idOf(createCampaign(uniqueCode("EJ"), "300.00"));
        consuming();
        String donor = TestData.id();
        String giftId = TestData.id();
        String twice = TestData.id();
        String data = recorded(giftId, donor, "10.00", "2026-11-05", campaign, null);
        double skippedBefore = consumer.events("skipped");
        double appliedBefore = consumer.events("applied");
        double batchesBefore = consumer.batches("batch");
        double fallbacksBefore = consumer.batches("one-by-one");

        consumer.inOneBatch(() -> {
            giftService.publish(GIFTS, donor, twice, RECORDED, giftId, data);
            publishGift(donor, "20.00", "2026-11-06", campaign);
            giftService.publish(GIFTS, donor, twice, RECORDED, giftId, data);
            publishGift(donor, "30.00", "2026-11-07", campaign);
        });

        JsonPath results = awaitResults(campaign, r -> r.getInt("gifts") == 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.events("skipped") - skippedBefore >= 1);
        assertThat(results.getString("raised")).isEqualTo("60.00");           // 10 + 20 + 30, not 70
        assertThat(results.getInt("donors")).isEqualTo(1);
        assertThat(results.getInt("newDonors")).isEqualTo(1);                 // the 10.00 of 2026-11-05
        assertThat(results.getString("averageGift")).isEqualTo("20.00");      // 60 / 3
        assertThat(results.getString("progressPercent")).isEqualTo("20.00");  // 60 / 300
        assertThat(consumer.events("applied") - appliedBefore).isEqualTo(3);
        assertThat(consumer.events("skipped") - skippedBefore).isEqualTo(1);
        // the four records came in one poll and were applied in one transaction, not one by one
        assertThat(consumer.largestBatch()).isGreaterThanOrEqualTo(4);
        assertThat(consumer.batches("batch") - batchesBefore).isEqualTo(1);
        assertThat(consumer.batches("one-by-one") - fallbacksBefore).isZero();
        assertThat(sql.number("select count(*) from processed_event where event_id = ?", twice)).isEqualTo(1);
        assertThat(sql.number("select count(*) from gift_movement where gift_id = ?", giftId)).isEqualTo(1);
        // the row the batch wrote carries the gift's time exactly, in UTC as the column holds it
        assertThat(sql.value("select cast(gift_recorded_at as char) from gift_movement where event_id = ?", twice))
                .isEqualTo("2026-11-05 10:15:30.000000");
    }

    @Test
    void poisonInABatchGoesToTheDeadLetterTopicAndTheGoodEventsAroundItAreApplied() throws Exception {
        String campaign = idOf(createCampaign(uniqueCode("EJ"), "100.00"));
        consuming();
        String donor = TestData.id();
        String poisonId = TestData.id();
        // schema-valid, but a gift cannot move a negative amount into a campaign
        String poisonData = recorded(TestData.id(), donor, "-5.00", "2026-11-05", campaign, null);
        String rawValue = "{\"not\":\"a cloud event " + TestData.id() + "\"}";
        double deadBefore = consumer.events("dead-lettered");
        double fallbacksBefore = consumer.batches("one-by-one");
        List<String> good = new ArrayList<>();

        consumer.inOneBatch(() -> {
            good.add(publishGift(donor, "10.00", "2026-11-05", campaign));
            giftService.publish(GIFTS, donor, poisonId, RECORDED, TestData.id(), poisonData);
            good.add(publishGift(donor, "20.00", "2026-11-06", campaign));
            giftService.publishRaw(GIFTS, donor, rawValue);
            good.add(publishGift(donor, "30.00", "2026-11-07", campaign));
        });

        JsonPath results = awaitResults(campaign, r -> "60.00".equals(r.getString("raised")));
        assertThat(results.getInt("gifts")).isEqualTo(3);
        assertThat(results.getString("progressPercent")).isEqualTo("60.00");   // 60 / 100
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.events("dead-lettered") - deadBefore >= 2);
        assertThat(consumer.batches("one-by-one") - fallbacksBefore).isEqualTo(1);
        for (String id : good) {
            assertThat(sql.number("select count(*) from processed_event where event_id = ?", id)).isEqualTo(1);
        }
        assertThat(sql.number("select count(*) from processed_event where event_id = ?", poisonId)).isZero();

        // exactly the two bad records are in the dead-letter topic, with SmallRye's headers pointing at the original
        TopicReader.Read original = TopicReader.find(bootstrapServers, GIFTS, r -> poisonId.equals(r.header("ce_id")))
                .get(0);
        List<TopicReader.Read> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dead.clear();
            dead.addAll(TopicReader.find(bootstrapServers, "crm.gifts.dlq.campaign",
                    r -> poisonId.equals(r.header("ce_id")) || rawValue.equals(r.value())
                            || good.contains(r.header("ce_id"))));
            return dead.size() >= 2;
        });
        assertThat(dead).hasSize(2);
        TopicReader.Read poison = dead.stream().filter(r -> poisonId.equals(r.header("ce_id"))).findFirst()
                .orElseThrow();
        assertThat(poison.header("dead-letter-reason")).contains("has no positive amount in cents");
        assertThat(poison.header("dead-letter-topic")).isEqualTo(GIFTS);
        assertThat(poison.header("dead-letter-partition")).isEqualTo(String.valueOf(original.partition()));
        assertThat(poison.header("dead-letter-offset")).isEqualTo(String.valueOf(original.offset()));
        assertThat(poison.header("ce_type")).isEqualTo(RECORDED);
        assertThat(poison.key()).isEqualTo(donor);
        TopicReader.Read raw = dead.stream().filter(r -> rawValue.equals(r.value())).findFirst().orElseThrow();
        assertThat(raw.header("dead-letter-reason")).contains("not a CloudEvent");
        assertThat(raw.header("dead-letter-topic")).isEqualTo(GIFTS);

        // the consumer goes on with what follows, in batches again
        double batchesBefore = consumer.batches("batch");
        publishGift(donor, "5.00", "2026-11-08", campaign);
        awaitResults(campaign, r -> "65.00".equals(r.getString("raised")));
        assertThat(consumer.batches("batch") - batchesBefore).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aBatchRedeliveredAfterItWasAppliedChangesNothing() throws Exception {
        String campaign = idOf(createCampaign(uniqueCode("EJ"), "1000.00"));
        consuming();
        String donor = TestData.id();
        List<String> ids = new ArrayList<>();
        List<String> data = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String giftId = TestData.id();
            ids.add(TestData.id());
            data.add(recorded(giftId, donor, i + ".00", "2026-11-0" + i, campaign, null));
        }
        double skippedBefore = consumer.events("skipped");

        consumer.inOneBatch(() -> {
            for (int i = 0; i < ids.size(); i++) {
                giftService.publish(GIFTS, donor, ids.get(i), RECORDED, ids.get(i), data.get(i));
            }
            // A crash mid-batch: a consumer had committed the first half of this batch to the database (one event
            // per transaction, as in the fallback) and died before the offsets were committed. Its successor is
            // handed the whole batch again.
            for (int i = 0; i < 3; i++) {
                ledger.apply(ids.get(i), RECORDED, data.get(i));
            }
        });

        // 1 + 2 + ... + 6
        JsonPath applied = awaitResults(campaign, r -> "21.00".equals(r.getString("raised")));
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.events("skipped") - skippedBefore >= 3);
        assertThat(applied.getInt("gifts")).isEqualTo(6);
        assertThat(applied.getInt("donors")).isEqualTo(1);
        assertThat(applied.getString("averageGift")).isEqualTo("3.50");        // 21 / 6
        assertThat(applied.getString("progressPercent")).isEqualTo("2.10");    // 21 / 1000

        // The batch's offsets are committed only after its transaction: wait for that commit, then do what a
        // restarted consumer does when the commit was lost: go back to the batch's first offset, and Kafka delivers
        // the whole batch again.
        TopicReader.Read first = TopicReader.find(bootstrapServers, GIFTS, r -> ids.get(0).equals(r.header("ce_id")))
                .get(0);
        TopicReader.Read last = TopicReader.find(bootstrapServers, GIFTS, r -> ids.get(5).equals(r.header("ce_id")))
                .get(0);
        TopicPartition partition = new TopicPartition(GIFTS, first.partition());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.getConsumer(CHANNEL).committed(partition).await()
                    .atMost(Duration.ofSeconds(10));
            OffsetAndMetadata offset = committed.get(partition);
            return offset != null && offset.offset() > last.offset();
        });
        kafka.getConsumer(CHANNEL).seek(partition, first.offset()).await().atMost(Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.events("skipped") - skippedBefore >= 9);
        JsonPath again = results(campaign);
        for (String figure : List.of("raised", "gifts", "donors", "newDonors", "averageGift", "progressPercent")) {
            assertThat(again.getString(figure)).as(figure).isEqualTo(applied.getString(figure));
        }
        for (String id : ids) {
            assertThat(sql.number("select count(*) from processed_event where event_id = ?", id)).isEqualTo(1);
            assertThat(sql.number("select count(*) from gift_movement where event_id = ?", id)).isEqualTo(1);
        }
    }

    /**
     * The batch door of the ledger against the per-event door, with the same events (ids aside): gifts, a repeat,
     * an event applied before the batch, a reversal, reallocations (one that moves, one that only re-earmarks),
     * merges in a chain with gifts of the merged donor before, between and after them, gifts of a donor merged
     * before the batch (before and after the batch's merges), a type that changes nothing. Both leave exactly the
     * same rows behind.
     */
    @Test
    void aBatchLeavesExactlyTheRowsThatOneTransactionPerEventLeaves() throws Exception {
        Roles single = new Roles();
        List<Envelope> singleEvents = scenario(single);
        int appliedOneByOne = 0;
        for (Envelope event : singleEvents) {
            appliedOneByOne += ledger.apply(event.id(), event.type(), event.data()) ? 1 : 0;
        }

        Roles batched = new Roles();
        BatchResult result = ledger.applyBatch(scenario(batched));

        // 15 events: the repeat of e1 and e14 (applied before) are skipped
        assertThat(appliedOneByOne).isEqualTo(13);
        assertThat(result.applied()).isEqualTo(13);
        assertThat(result.skipped()).isEqualTo(2);
        List<String> movements = movements(single);
        assertThat(movements(batched)).isEqualTo(movements);
        assertThat(aliases(batched)).isEqualTo(aliases(single));
        assertThat(processed(batched)).isEqualTo(processed(single));
        // d1 and d2 were merged into d4, d2 before d1: every gift of theirs counts for d4, also g5, which still named
        // d2 after both merges; d5 was merged into d6 before the batch
        assertThat(movements).containsExactly(
                "e1/1 RECORDED g1 d4 c1 a1 a1 2026-11-05 2026-11-05 10:15:30.000000 100.00",
                "e10/1 RECORDED g5 d4 c2 - c2 2026-11-21 2026-11-21 10:15:30.000000 5.00",
                "e12/1 RECORDED g6 d6 c1 - c1 2026-11-22 2026-11-22 10:15:30.000000 7.00",
                "e13/1 REVERSED g6 d6 c1 - c1 2026-11-22 - -7.00",
                "e14/1 RECORDED g7 d3 - - - 2026-11-23 2026-11-23 10:15:30.000000 3.00",
                "e2/1 RECORDED g2 d4 c1 - c1 2026-11-06 2026-11-06 10:15:30.000000 50.00",
                "e3/1 RECORDED g3 d3 - - - 2026-11-07 2026-11-07 10:15:30.000000 10.00",
                "e4/1 REVERSED g2 d4 c1 - c1 2026-11-06 - -50.00",
                "e5/1 REALLOCATED g1 d4 c1 a1 a1 2026-11-05 - -100.00",
                "e5/2 REALLOCATED g1 d4 c2 - c2 2026-11-05 - 100.00",
                "e8/1 RECORDED g4 d4 c1 a1 a1 2026-11-20 2026-11-20 10:15:30.000000 25.00");
        assertThat(aliases(single)).containsExactly("d1>d4 2026-12-09 08:00:00.000000",
                "d2>d4 2026-12-07 08:00:00.000000", "d5>d6 2026-12-01 08:00:00.000000");
        // processed_at is the UTC time of applying, as Hibernate writes it for the single event
        for (Roles run : List.of(single, batched)) {
            assertThat(sql.number("select count(*) from processed_event where event_id in ("
                    + Sql.placeholders(run.events())
                    + ") and abs(timestampdiff(second, processed_at, utc_timestamp())) < 600",
                    run.events().toArray(String[]::new))).isEqualTo(15);
        }
    }

    // ------------------------------------------------------------------ the scenario of the two doors

    /** Random ids behind names (d1 a donor, g1 a gift, c1 a campaign, a1 an appeal, e1 an event). */
    private static final class Roles {
        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();

        String id(String name) {
            return ids.computeIfAbsent(name, n -> {
                String id = TestData.id();
                names.put(id, n);
                return id;
            });
        }

        String name(String id) {
            return id == null ? "-" : names.getOrDefault(id, id);
        }

        List<String> events() {
            return ids.entrySet().stream().filter(e -> e.getKey().startsWith("e")).map(Map.Entry::getValue).toList();
        }

        List<String> donors() {
            return ids.entrySet().stream().filter(e -> e.getKey().startsWith("d")).map(Map.Entry::getValue).toList();
        }
    }

    /** Applies the merge of d5 into d6 and e14 (one transaction each), then returns the events of the batch. */
    private List<Envelope> scenario(Roles r) {
        ledger.apply(r.id("e0"), MERGED, merged(r.id("d6"), r.id("d5"), "2026-12-01"));
        Envelope e14 = new Envelope(r.id("e14"), RECORDED,
                recorded(r.id("g7"), r.id("d3"), "3.00", "2026-11-23", null, null));
        ledger.apply(e14.id(), e14.type(), e14.data());
        Envelope e1 = new Envelope(r.id("e1"), RECORDED,
                recorded(r.id("g1"), r.id("d1"), "100.00", "2026-11-05", r.id("c1"), r.id("a1")));
        return List.of(
                e1,
                new Envelope(r.id("e2"), RECORDED,
                        recorded(r.id("g2"), r.id("d2"), "50.00", "2026-11-06", r.id("c1"), null)),
                new Envelope(r.id("e3"), RECORDED,
                        recorded(r.id("g3"), r.id("d3"), "10.00", "2026-11-07", null, null)),
                new Envelope(r.id("e12"), RECORDED,
                        recorded(r.id("g6"), r.id("d5"), "7.00", "2026-11-22", r.id("c1"), null)),
                e1,
                new Envelope(r.id("e4"), REVERSED,
                        reversed(r.id("g2"), r.id("d2"), "50.00", "2026-11-06", r.id("c1"), null)),
                new Envelope(r.id("e5"), REALLOCATED, reallocated(r.id("g1"), r.id("d1"), "100.00",
                        "2026-11-05", r.id("c1"), r.id("a1"), r.id("c2"), null)),
                new Envelope(r.id("e6"), REALLOCATED, reallocated(r.id("g3"), r.id("d3"), "10.00",
                        "2026-11-07", null, null, null, null)),
                new Envelope(r.id("e7"), MERGED, merged(r.id("d1"), r.id("d2"), "2026-12-07")),
                new Envelope(r.id("e8"), RECORDED,
                        recorded(r.id("g4"), r.id("d2"), "25.00", "2026-11-20", r.id("c1"), r.id("a1"))),
                new Envelope(r.id("e9"), MERGED, merged(r.id("d4"), r.id("d1"), "2026-12-09")),
                new Envelope(r.id("e10"), RECORDED,
                        recorded(r.id("g5"), r.id("d2"), "5.00", "2026-11-21", r.id("c2"), null)),
                new Envelope(r.id("e11"), "crm.donor.registered.v1", """
                        {"donorId":"%s","kind":"PERSON","incomeCategory":"PRIVATE","householdId":null,
                         "postcodeArea":"1012","registeredAt":"2026-11-01T09:00:00Z"}""".formatted(r.id("d7"))),
                new Envelope(r.id("e13"), REVERSED,
                        reversed(r.id("g6"), r.id("d5"), "7.00", "2026-11-22", r.id("c1"), null)),
                e14);
    }

    /** The run's gift_movement rows with names for ids, sorted. */
    private List<String> movements(Roles r) throws SQLException {
        List<String> events = r.events();
        return sql.rows("select event_id, line_no, movement, gift_id, donor_id, campaign_id, appeal_id, attributed_to, "
                        + "cast(income_date as char), cast(gift_recorded_at as char), cast(amount as char) "
                        + "from gift_movement where event_id in (" + Sql.placeholders(events) + ")", events,
                row -> r.name(row.get(0)) + "/" + row.get(1) + " " + row.get(2) + " " + r.name(row.get(3)) + " "
                        + r.name(row.get(4)) + " " + r.name(row.get(5)) + " " + r.name(row.get(6)) + " "
                        + r.name(row.get(7)) + " " + row.get(8) + " " + (row.get(9) == null ? "-" : row.get(9)) + " "
                        + row.get(10));
    }

    private List<String> aliases(Roles r) throws SQLException {
        List<String> donors = r.donors();
        return sql.rows("select merged_id, survivor_id, cast(merged_at as char) from donor_alias where merged_id in ("
                        + Sql.placeholders(donors) + ")", donors,
                row -> r.name(row.get(0)) + ">" + r.name(row.get(1)) + " " + row.get(2));
    }

    private List<String> processed(Roles r) throws SQLException {
        List<String> events = r.events();
        return sql.rows("select event_id, event_type from processed_event where event_id in ("
                + Sql.placeholders(events) + ")", events, row -> r.name(row.get(0)) + " " + row.get(1));
    }

    // ------------------------------------------------------------------ events as the producers write them

    private static String recorded(String giftId, String donorId, String amount, String incomeDate,
                                   String campaignId, String appealId) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s",
                 "receivedDate":"%s","channel":"BANK_TRANSFER","campaignId":%s,"appealId":%s,
                 "allocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":"ALG","amount":"%s"}],
                 "recordedAt":"%sT10:15:30Z"}""".formatted(giftId, donorId, amount, incomeDate, incomeDate,
                quoted(campaignId), quoted(appealId), amount, incomeDate);
        assertThat(EventSchemas.errors(RECORDED, data)).isEmpty();
        return data;
    }

    private static String reversed(String giftId, String donorId, String amount, String incomeDate,
                                   String campaignId, String appealId) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s",
                 "reversalDate":"2026-12-01","reason":"SEPA_RETURN","campaignId":%s,"appealId":%s,
                 "allocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":"ALG","amount":"%s"}],
                 "reversedAt":"2026-12-01T09:00:00Z"}""".formatted(giftId, donorId, amount, incomeDate,
                quoted(campaignId), quoted(appealId), amount);
        assertThat(EventSchemas.errors(REVERSED, data)).isEmpty();
        return data;
    }

    private static String reallocated(String giftId, String donorId, String amount, String incomeDate,
                                      String previousCampaignId, String previousAppealId, String campaignId,
                                      String appealId) {
        String data = """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s",
                 "previousCampaignId":%s,"previousAppealId":%s,"campaignId":%s,"appealId":%s,
                 "previousAllocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":"ALG","amount":"%s"}],
                 "allocations":[{"line":1,"earmarkClass":"PROGRAMME","fundCode":"PRG-MIG","amount":"%s"}],
                 "reason":"donor asked for the migration programme","reallocatedAt":"2026-12-03T11:00:00Z"}"""
                .formatted(giftId, donorId, amount, incomeDate, quoted(previousCampaignId), quoted(previousAppealId),
                        quoted(campaignId), quoted(appealId), amount, amount);
        assertThat(EventSchemas.errors(REALLOCATED, data)).isEmpty();
        return data;
    }

    private static String merged(String survivorId, String mergedId, String date) {
        String data = """
                {"survivorId":"%s","mergedId":"%s","mergedAt":"%sT08:00:00Z"}""".formatted(survivorId, mergedId, date);
        assertThat(EventSchemas.errors(MERGED, data)).isEmpty();
        return data;
    }

    private String publishGift(String donorId, String amount, String incomeDate, String campaignId) {
        String id = TestData.id();
        String giftId = TestData.id();
        giftService.publish(GIFTS, donorId, id, RECORDED, giftId,
                recorded(giftId, donorId, amount, incomeDate, campaignId, null));
        return id;
    }

    // ------------------------------------------------------------------ the consumer, the results

    /** Makes sure the channel consumes (its partitions are assigned), so that a pause holds every partition. */
    private void consuming() {
        String campaign = idOf(createCampaign(uniqueCode("WU"), "1.00"));
        publishGift(TestData.id(), "0.01", "2026-11-01", campaign);
        awaitResults(campaign, r -> "0.01".equals(r.getString("raised")));
        await().atMost(Duration.ofSeconds(30)).until(consumer::assigned);
    }

    private static JsonPath results(String campaignId) {
        return given().auth().oauth2(TestTokens.forRoles("director"))
                .when().get("/api/v1/campaigns/" + campaignId + "/results")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitResults(String campaignId, Predicate<JsonPath> ready) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> results(campaignId), ready);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
