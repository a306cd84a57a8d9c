package org.donorcrm.donor.giving;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.donorcrm.testing.ConsumerProbe;
import org.donorcrm.testing.Sql;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.awaitGifts;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.equalTo;

/**
 * The live consumer applies a poll of crm.gifts records as one batch in one transaction (GiftEventsConsumer), against
 * the real Kafka broker and MariaDB of the test run. To put records into ONE batch, the test pauses the channel's
 * consumer, publishes them (same key: one partition, in order), and resumes it: the next poll returns them together.
 * Every test has donors of its own, so the giving summaries asserted are exactly the test's events.
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final String GIFTS = GiftEvents.TOPIC;
    private static final String CHANNEL = "gift-events";
    private static final String RECORDED = "crm.gift.recorded.v1";
    private static final String REVERSED = "crm.gift.reversed.v1";
    private static final String REALLOCATED = "crm.gift.reallocated.v1";
    private static final String SIGNED = "crm.mandate.signed.v1";
    private static final String STATUS_CHANGED = "crm.mandate.status-changed.v1";
    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
    private static final int LAST_YEAR = THIS_YEAR - 1;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    KafkaClientService kafka;

    @Inject
    MeterRegistry meters;

    @Inject
    DataSource dataSource;

    @Inject
    GivingLedger ledger;

    private GiftEvents gifts;
    private ConsumerProbe consumer;
    private Sql sql;

    @BeforeEach
    void connect() {
        gifts = new GiftEvents(bootstrapServers);
        consumer = new ConsumerProbe(kafka, meters, CHANNEL, GIFTS, "crm.donor");
        sql = new Sql(dataSource);
    }

    @AfterEach
    void disconnect() {
        gifts.close();
    }

    /** One event to publish (or to apply directly): its id, type, key and data. */
    private record Event(String id, String type, String key, String subject, String data) {

        static Event of(String type, String key, String subject, String data) {
            return new Event(UUID.randomUUID().toString(), type, key, subject, data);
        }
    }

    private void publish(Event event) {
        gifts.publisher().publish(GIFTS, event.key(), event.id(), event.type(), event.subject(), event.data());
    }

    private static Event gift(String giftId, String donorId, String amount, String incomeDate, String channel) {
        return Event.of(RECORDED, donorId, giftId, GiftEvents.recordedData(giftId, donorId, amount, incomeDate,
                channel));
    }

    private static Event gift(String donorId, String amount, String incomeDate) {
        return gift(UUID.randomUUID().toString(), donorId, amount, incomeDate, "ONLINE");
    }

    private static ValidatableResponse summary(String donor) {
        return as("fundraiser").when().get("/api/v1/donors/" + donor + "/giving-summary").then().statusCode(200);
    }

    /** Makes sure the channel consumes (its partitions are assigned), so that a pause holds every partition. */
    private void consuming() {
        String donor = register(individual("Warm", unique("Up"), null, null, null));
        publish(gift(donor, "0.01", THIS_YEAR + "-01-01"));
        awaitGifts(donor, 1);
        await().atMost(Duration.ofSeconds(30)).until(consumer::assigned);
    }

    @Test
    void anEventTwiceInOneBatchCountsOnce() throws Exception {
        consuming();
        String donor = register(individual("Saar", unique("Twice"), null, null, null));
        Event twice = gift(UUID.randomUUID().toString(), donor, "10.00", THIS_YEAR + "-01-03", "CASH");
        String giftId = twice.subject();
        double skippedBefore = consumer.events("skipped");
        double appliedBefore = consumer.events("applied");
        double batchesBefore = consumer.batches("batch");
        double fallbacksBefore = consumer.batches("one-by-one");

        consumer.inOneBatch(() -> {
            publish(twice);
            publish(gift(donor, "20.00", LAST_YEAR + "-05-06"));
            publish(twice);
            publish(gift(donor, "30.00", THIS_YEAR + "-01-02"));
        });

        // 10.00 once, not twice: this year 10.00 + 30.00, last year 20.00, three gifts
        awaitGifts(donor, 3);
        summary(donor)
                .body("totalThisYear", equalTo("40.00"))
                .body("totalLastYear", equalTo("20.00"))
                .body("numberOfGifts", equalTo(3))
                .body("firstGift.date", equalTo(LAST_YEAR + "-05-06"))
                .body("firstGift.amount", equalTo("20.00"))
                .body("lastGift.date", equalTo(THIS_YEAR + "-01-03"))
                .body("lastGift.amount", equalTo("10.00"))
                .body("largestGift.amount", equalTo("30.00"))
                .body("activeRecurringGift", equalTo(false));
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.events("skipped") - skippedBefore >= 1);
        assertThat(consumer.events("applied") - appliedBefore).isEqualTo(3);
        assertThat(consumer.events("skipped") - skippedBefore).isEqualTo(1);
        // the four records came in one poll and were applied in one transaction, not one by one
        assertThat(consumer.largestBatch()).isGreaterThanOrEqualTo(4);
        assertThat(consumer.batches("batch") - batchesBefore).isEqualTo(1);
        assertThat(consumer.batches("one-by-one") - fallbacksBefore).isZero();
        assertThat(sql.number("select count(*) from processed_event where event_id = ?", twice.id())).isEqualTo(1);
        assertThat(sql.number("select count(*) from gift_fact where gift_id = ?", giftId)).isEqualTo(1);
    }

    @Test
    void poisonInABatchGoesToTheDeadLetterTopicAndTheGoodEventsAroundItAreApplied() throws Exception {
        consuming();
        String donor = register(individual("Bas", unique("Poison"), null, null, null));
        // unreadable data (an amount that is no number) and a gift without its required fields: CloudEvents, so the
        // batch is tried in one transaction, rolled back and applied again one by one
        Event unreadable = Event.of(RECORDED, donor, UUID.randomUUID().toString(),
                "{\"giftId\": \"" + UUID.randomUUID() + "\", \"donorId\": \"" + donor + "\", \"amount\": \"lots\"}");
        Event incomplete = Event.of(RECORDED, donor, UUID.randomUUID().toString(),
                "{\"giftId\": \"" + UUID.randomUUID() + "\", \"donorId\": \"" + donor + "\"}");
        // and, in the next batch, a record that is not a CloudEvent at all (that batch goes one by one at once)
        String rawValue = "{\"not\":\"a cloud event " + UUID.randomUUID() + "\"}";
        double deadBefore = consumer.events("dead-lettered");
        double fallbacksBefore = consumer.batches("one-by-one");
        List<Event> good = List.of(gift(donor, "10.00", THIS_YEAR + "-01-01"),
                gift(donor, "20.00", THIS_YEAR + "-01-02"),
                gift(donor, "30.00", LAST_YEAR + "-12-31"),
                gift(donor, "1.00", THIS_YEAR + "-01-03"),
                gift(donor, "2.00", THIS_YEAR + "-01-04"));

        consumer.inOneBatch(() -> {
            publish(good.get(0));
            publish(unreadable);
            publish(good.get(1));
            publish(incomplete);
            publish(good.get(2));
        });
        awaitGifts(donor, 3);
        consumer.inOneBatch(() -> {
            publish(good.get(3));
            gifts.publisher().publishRaw(GIFTS, donor, rawValue);
            publish(good.get(4));
        });

        // every good gift once: this year 10.00 + 20.00 + 1.00 + 2.00, last year 30.00
        awaitGifts(donor, 5);
        summary(donor)
                .body("totalThisYear", equalTo("33.00"))
                .body("totalLastYear", equalTo("30.00"))
                .body("numberOfGifts", equalTo(5))
                .body("firstGift.amount", equalTo("30.00"))
                .body("largestGift.amount", equalTo("30.00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.events("dead-lettered") - deadBefore >= 3);
        assertThat(consumer.events("dead-lettered") - deadBefore).isEqualTo(3);
        assertThat(consumer.batches("one-by-one") - fallbacksBefore).isEqualTo(2);
        for (Event e : good) {
            assertThat(sql.number("select count(*) from processed_event where event_id = ?", e.id())).isEqualTo(1);
            assertThat(sql.number("select count(*) from gift_fact where gift_id = ?", e.subject())).isEqualTo(1);
        }
        for (Event e : List.of(unreadable, incomplete)) {
            assertThat(sql.number("select count(*) from processed_event where event_id = ?", e.id())).isZero();
        }

        // exactly the three bad records are in the dead-letter topic, with SmallRye's headers pointing at the originals
        List<TopicReader.Read> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dead.clear();
            dead.addAll(TopicReader.find(bootstrapServers, "crm.gifts.dlq.donor", r -> donor.equals(r.key())));
            return dead.size() >= 3;
        });
        assertThat(dead).hasSize(3);
        TopicReader.Read original = TopicReader.find(bootstrapServers, GIFTS,
                r -> unreadable.id().equals(r.header("ce_id"))).get(0);
        TopicReader.Read first = dead.stream().filter(r -> unreadable.id().equals(r.header("ce_id"))).findFirst()
                .orElseThrow();
        assertThat(first.header("dead-letter-reason")).contains("not a GiftRecorded");
        assertThat(first.header("dead-letter-topic")).isEqualTo(GIFTS);
        assertThat(first.header("dead-letter-partition")).isEqualTo(String.valueOf(original.partition()));
        assertThat(first.header("dead-letter-offset")).isEqualTo(String.valueOf(original.offset()));
        assertThat(first.header("ce_type")).isEqualTo(RECORDED);
        TopicReader.Read second = dead.stream().filter(r -> incomplete.id().equals(r.header("ce_id"))).findFirst()
                .orElseThrow();
        assertThat(second.header("dead-letter-reason")).contains("misses required fields");
        TopicReader.Read raw = dead.stream().filter(r -> rawValue.equals(r.value())).findFirst().orElseThrow();
        assertThat(raw.header("dead-letter-reason")).contains("not a CloudEvent");
        assertThat(raw.header("dead-letter-topic")).isEqualTo(GIFTS);

        // the consumer goes on with what follows, in batches again
        double batchesBefore = consumer.batches("batch");
        publish(gift(donor, "5.00", THIS_YEAR + "-01-04"));
        awaitGifts(donor, 6);
        summary(donor).body("totalThisYear", equalTo("38.00"));
        assertThat(consumer.batches("batch") - batchesBefore).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aBatchRedeliveredAfterACrashMidBatchChangesNothing() throws Exception {
        consuming();
        String donor = register(individual("Noor", unique("Again"), null, null, null));
        List<Event> batch = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            batch.add(gift(donor, i + ".00", THIS_YEAR + "-01-0" + i));
        }
        double skippedBefore = consumer.events("skipped");

        consumer.inOneBatch(() -> {
            batch.forEach(this::publish);
            // The crash: a consumer had committed the first half of this batch to the database (one event per
            // transaction, as in the fallback) and died before the offsets were committed. Its successor is
            // handed the whole batch again.
            for (Event e : batch.subList(0, 3)) {
                ledger.apply(e.id(), e.type(), e.data());
            }
        });

        // 1 + 2 + ... + 6, each once
        awaitGifts(donor, 6);
        summary(donor).body("totalThisYear", equalTo("21.00")).body("largestGift.amount", equalTo("6.00"));
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.events("skipped") - skippedBefore >= 3);

        // The batch's offsets are committed only after its transaction: wait for that commit, then do what a
        // restarted consumer does when the commit was lost — go back to the batch's first offset: the whole batch
        // is delivered again by Kafka.
        TopicReader.Read first = TopicReader.find(bootstrapServers, GIFTS,
                r -> batch.get(0).id().equals(r.header("ce_id"))).get(0);
        TopicReader.Read last = TopicReader.find(bootstrapServers, GIFTS,
                r -> batch.get(5).id().equals(r.header("ce_id"))).get(0);
        TopicPartition partition = new TopicPartition(GIFTS, first.partition());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.getConsumer(CHANNEL).committed(partition).await()
                    .atMost(Duration.ofSeconds(10));
            OffsetAndMetadata offset = committed.get(partition);
            return offset != null && offset.offset() > last.offset();
        });
        String summaryBefore = summary(donor).extract().asString();
        double appliedBefore = consumer.events("applied");
        kafka.getConsumer(CHANNEL).seek(partition, first.offset()).await().atMost(Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.events("skipped") - skippedBefore >= 9);
        assertThat(consumer.events("applied") - appliedBefore).isZero();
        assertThat(summary(donor).extract().asString()).isEqualTo(summaryBefore);
        summary(donor).body("totalThisYear", equalTo("21.00")).body("numberOfGifts", equalTo(6));
        for (Event e : batch) {
            assertThat(sql.number("select count(*) from processed_event where event_id = ?", e.id())).isEqualTo(1);
            assertThat(sql.number("select count(*) from gift_fact where gift_id = ?", e.subject())).isEqualTo(1);
        }
    }

    /**
     * Events that build on each other inside one batch (a reallocation and a reversal of a gift recorded earlier in
     * the batch, a reversal before its recording, a mandate signed and cancelled, gifts on a merged donor's id, a
     * type this service does not use) leave exactly what the same events leave one per transaction.
     */
    @Test
    void eventsThatBuildOnEachOtherInOneBatchEndAsOneByOne() throws Exception {
        consuming();
        String[] batched = mergedPair("Batch");
        String[] single = mergedPair("Single");
        List<Event> batch = story(batched[0], batched[1]);
        List<Event> oneByOne = story(single[0], single[1]);
        double batchesBefore = consumer.batches("batch");
        double fallbacksBefore = consumer.batches("one-by-one");

        consumer.inOneBatch(() -> batch.forEach(this::publish));
        for (Event e : oneByOne) {
            ledger.apply(e.id(), e.type(), e.data());
        }

        awaitGifts(batched[0], 2);
        // this year 100.00 (G1) + 40.00 − 40.00 (G2, reversed) − 25.00 (G3 reversed, given last year) + 15.00 (G4);
        // last year 25.00; counted: G1 and G4; both mandates cancelled
        for (String survivor : List.of(batched[0], single[0])) {
            summary(survivor)
                    .body("totalThisYear", equalTo("90.00"))
                    .body("totalLastYear", equalTo("25.00"))
                    .body("numberOfGifts", equalTo(2))
                    .body("firstGift.date", equalTo(THIS_YEAR + "-01-05"))
                    .body("lastGift.date", equalTo(THIS_YEAR + "-01-09"))
                    .body("largestGift.amount", equalTo("100.00"))
                    .body("activeRecurringGift", equalTo(false));
        }
        assertThat(consumer.batches("batch") - batchesBefore).isEqualTo(1);
        assertThat(consumer.batches("one-by-one") - fallbacksBefore).isZero();
        assertThat(facts(batched[0], batched[1])).isEqualTo(facts(single[0], single[1])).containsExactly(
                "survivor survivor 25.00 " + LAST_YEAR + "-12-01 UNKNOWN true " + THIS_YEAR + "-01-08 null",
                "survivor merged 100.00 " + THIS_YEAR + "-01-05 ONLINE false null PRJ-DTZ",
                "survivor survivor 40.00 " + THIS_YEAR + "-01-06 BANK_TRANSFER true " + THIS_YEAR
                        + "-01-07 UNEARMARKED",
                "survivor survivor 15.00 " + THIS_YEAR + "-01-09 CASH false null UNEARMARKED");
        assertThat(mandates(batched[0], batched[1])).isEqualTo(mandates(single[0], single[1]))
                .containsExactly("M1 survivor merged CANCELLED", "M2 survivor survivor CANCELLED");
        for (Event e : batch) {
            assertThat(sql.number("select count(*) from processed_event where event_id = ?", e.id())).isEqualTo(1);
        }
    }

    /**
     * The tables compare ids case-insensitively; a batch compares Java strings. A batch naming an id that is not a
     * lower-case UUID is therefore applied one event per transaction, where the database decides: here the repeat of
     * an applied event under its id in capitals is still a repeat.
     */
    @Test
    void aBatchWithAnIdThatIsNoLowerCaseUuidIsAppliedOneByOneWithTheSameEffect() throws Exception {
        consuming();
        String donor = register(individual("Ruud", unique("Case"), null, null, null));
        Event applied = gift(donor, "70.00", THIS_YEAR + "-01-01");
        ledger.apply(applied.id(), applied.type(), applied.data());
        Event shouted = new Event(applied.id().toUpperCase(), applied.type(), applied.key(), applied.subject(),
                applied.data());
        double batchesBefore = consumer.batches("batch");
        double fallbacksBefore = consumer.batches("one-by-one");
        double skippedBefore = consumer.events("skipped");

        consumer.inOneBatch(() -> {
            publish(gift(donor, "5.00", THIS_YEAR + "-01-02"));
            publish(shouted);
            publish(gift(donor, "6.00", THIS_YEAR + "-01-03"));
        });

        awaitGifts(donor, 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.events("skipped") - skippedBefore >= 1);
        summary(donor).body("totalThisYear", equalTo("81.00"));
        assertThat(consumer.batches("one-by-one") - fallbacksBefore).isEqualTo(1);
        assertThat(consumer.batches("batch") - batchesBefore).isZero();
        assertThat(sql.number("select count(*) from processed_event where event_id = ?", applied.id())).isEqualTo(1);
    }

    /** A survivor and a donor merged into it: {survivor, merged}. */
    private static String[] mergedPair(String name) {
        String survivor = register(individual("Fem", unique(name), null, null, null));
        String merged = register(individual("Femke", unique(name), null, null, null));
        as("fundraiser").body("""
                        {"survivorId":"%s","mergedId":"%s","choices":{}}
                        """.formatted(survivor, merged))
                .when().post("/api/v1/donor-merges").then().statusCode(200);
        return new String[] {survivor, merged};
    }

    /** The same story of gifts and mandates for any survivor and merged donor, in partition order. */
    private static List<Event> story(String survivor, String merged) {
        String g1 = UUID.randomUUID().toString();
        String g2 = UUID.randomUUID().toString();
        String g3 = UUID.randomUUID().toString();
        String g4 = UUID.randomUUID().toString();
        String m1 = UUID.randomUUID().toString();
        String m2 = UUID.randomUUID().toString();
        return List.of(
                // a gift still booked on the merged id counts for the survivor, then is re-earmarked
                gift(g1, merged, "100.00", THIS_YEAR + "-01-05", "ONLINE"),
                Event.of(REALLOCATED, merged, g1,
                        GiftEvents.reallocatedData(g1, merged, "100.00", THIS_YEAR + "-01-05")),
                // recorded and reversed in the same batch
                gift(g2, survivor, "40.00", THIS_YEAR + "-01-06", "BANK_TRANSFER"),
                Event.of(REVERSED, survivor, g2, GiftEvents.reversedData(g2, survivor, "40.00", THIS_YEAR + "-01-06",
                        THIS_YEAR + "-01-07")),
                // the reversal comes first and stands for the gift; the late recording is then skipped
                Event.of(REVERSED, survivor, g3, GiftEvents.reversedData(g3, survivor, "25.00", LAST_YEAR + "-12-01",
                        THIS_YEAR + "-01-08")),
                gift(g3, survivor, "25.00", LAST_YEAR + "-12-01", "CASH"),
                // a mandate signed on the merged id and cancelled; another signed and cancelled on the survivor
                Event.of(SIGNED, merged, m1, GiftEvents.mandateSignedData(m1, merged, THIS_YEAR + "-01-01")),
                Event.of(SIGNED, survivor, m2, GiftEvents.mandateSignedData(m2, survivor, THIS_YEAR + "-01-01")),
                Event.of(STATUS_CHANGED, merged, m1, GiftEvents.mandateCancelledData(m1, merged)),
                Event.of(STATUS_CHANGED, survivor, m2, GiftEvents.mandateCancelledData(m2, survivor)),
                // a type this service does not use is marked processed and changes nothing
                Event.of("crm.grant.committed.v1", survivor, UUID.randomUUID().toString(), "{}"),
                // the same gift announced again under another event id counts once
                gift(g4, survivor, "15.00", THIS_YEAR + "-01-09", "CASH"),
                gift(g4, survivor, "15.00", THIS_YEAR + "-01-09", "CASH"));
    }

    /** The gift facts of a survivor and the donor merged into it, by income date, the donor ids as roles. */
    private List<String> facts(String survivor, String merged) throws SQLException {
        List<String> facts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select donor_id, original_donor_id, amount, income_date, channel, reversed, reversal_date, funds
                from gift_fact where donor_id in (?, ?) or original_donor_id in (?, ?)
                order by income_date, amount""")) {
            s.setString(1, survivor);
            s.setString(2, merged);
            s.setString(3, survivor);
            s.setString(4, merged);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    facts.add(String.join(" ", role(r.getString(1), survivor, merged),
                            role(r.getString(2), survivor, merged), r.getString(3), r.getString(4),
                            r.getString(5), String.valueOf(r.getBoolean(6)),
                            String.valueOf(r.getString(7)), String.valueOf(r.getString(8))));
                }
            }
        }
        return facts;
    }

    private List<String> mandates(String survivor, String merged) throws SQLException {
        List<String> mandates = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select donor_id, original_donor_id, status from recurring_mandate
                where donor_id in (?, ?) or original_donor_id in (?, ?)
                order by case when original_donor_id = ? then 1 else 2 end""")) {
            s.setString(1, survivor);
            s.setString(2, merged);
            s.setString(3, survivor);
            s.setString(4, merged);
            s.setString(5, merged);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    mandates.add(String.join(" ", "M" + (mandates.size() + 1), role(r.getString(1), survivor, merged),
                            role(r.getString(2), survivor, merged), r.getString(3)));
                }
            }
        }
        return mandates;
    }

    private static String role(String donorId, String survivor, String merged) {
        return survivor.equals(donorId) ? "survivor" : merged.equals(donorId) ? "merged" : donorId;
    }
}
