package org.donorcrm.reporting.ledger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.donorcrm.reporting.dashboard.LiveFigures;
import org.donorcrm.reporting.TestYears;
import org.donorcrm.testing.ConsumerProbe;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.Sql;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live consumer applies a poll of records as one batch in one transaction (ReadModelConsumers), against the
 * real Kafka broker and MariaDB of the test run. To put records into ONE batch, the test pauses the channel's
 * consumer, publishes them (same key: one partition, in order), and resumes it: the next poll returns them together.
 * Each test gives in a year of its own ({@link TestYears}).
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final String GIFTS = "crm.gifts";
    private static final String CHANNEL = "gift-events";
    private static final String TYPE = "crm.gift.recorded.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    KafkaClientService kafka;

    @Inject
    MeterRegistry meters;

    @Inject
    DataSource dataSource;

    @Inject
    ReadModel readModel;

    @Inject
    LiveFigures liveFigures;

    private EventPublisher giftService;
    private ConsumerProbe consumer;
    private Sql sql;

    @BeforeEach
    void connect() {
        giftService = new EventPublisher(bootstrapServers, "/donor-crm/gift-service");
        consumer = new ConsumerProbe(kafka, meters, CHANNEL, GIFTS, "crm.reporting");
        sql = new Sql(dataSource);
    }

    @AfterEach
    void disconnect() {
        giftService.close();
    }

    private static String gift(String giftId, String donorId, int year, String amount) {
        return """
                {"giftId":"%s","donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%d-04-01",
                 "receivedDate":"%d-04-01","channel":"ONLINE",
                 "allocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":"ALG","amount":"%s"}],
                 "recordedAt":"%d-04-01T10:00:00Z"}""".formatted(giftId, donorId, amount, year, year, amount, year);
    }

    /** A gift event whose allocations do not add up: schema-valid JSON that can never be applied. */
    private static String poison(String giftId, String donorId, int year) {
        return """
                {"giftId":"%s","donorId":"%s","amount":"50.00","currency":"EUR","incomeDate":"%d-04-01",
                 "receivedDate":"%d-04-01","channel":"ONLINE",
                 "allocations":[{"line":1,"earmarkClass":"UNEARMARKED","fundCode":"ALG","amount":"49.99"}],
                 "recordedAt":"%d-04-01T10:00:00Z"}""".formatted(giftId, donorId, year, year, year);
    }

    private String publishGift(String donorId, int year, String amount) {
        String id = UUID.randomUUID().toString();
        String giftId = UUID.randomUUID().toString();
        giftService.publish(GIFTS, donorId, id, TYPE, giftId, gift(giftId, donorId, year, amount));
        return id;
    }

    private static String totalIncome(int year) {
        return given().auth().oauth2(TestTokens.forRoles("director")).queryParam("year", year)
                .when().get("/api/v1/figures/unearmarked-share").then().statusCode(200).extract().path("totalIncome");
    }

    private void awaitTotal(int year, String expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> expected.equals(totalIncome(year)));
    }

    /** Makes sure the channel consumes (its partitions are assigned), so that a pause holds every partition. */
    private void consuming(int year) {
        publishGift(UUID.randomUUID().toString(), year, "0.01");
        awaitTotal(year, "0.01");
        await().atMost(Duration.ofSeconds(30)).until(consumer::assigned);
    }

    @Test
    void anEventTwiceInOneBatchCountsOnceAndTheDashboardIsToldOnce() throws Exception {
        int year = TestYears.year();
        consuming(year);
        String donor = UUID.randomUUID().toString();
        String giftId = UUID.randomUUID().toString();
        String data = gift(giftId, donor, year, "10.00");
        assertThat(EventSchemas.errors(TYPE, data)).isEmpty();
        String twice = UUID.randomUUID().toString();
        double skippedBefore = consumer.events("skipped");
        double appliedBefore = consumer.events("applied");
        double batchesBefore = consumer.batches("batch");
        double fallbacksBefore = consumer.batches("one-by-one");
        AtomicInteger refreshes = new AtomicInteger();
        liveFigures.stream().subscribe().with(change -> refreshes.incrementAndGet());

        consumer.inOneBatch(() -> {
            giftService.publish(GIFTS, donor, twice, TYPE, giftId, data);
            publishGift(donor, year, "20.00");
            giftService.publish(GIFTS, donor, twice, TYPE, giftId, data);
            publishGift(donor, year, "30.00");
        });

        awaitTotal(year, "60.01");
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.events("skipped") - skippedBefore >= 1);
        assertThat(consumer.events("applied") - appliedBefore).isEqualTo(3);
        assertThat(consumer.events("skipped") - skippedBefore).isEqualTo(1);
        // the four records came in one poll and were applied in one transaction, not one by one
        assertThat(consumer.largestBatch()).isGreaterThanOrEqualTo(4);
        assertThat(consumer.batches("batch") - batchesBefore).isEqualTo(1);
        assertThat(consumer.batches("one-by-one") - fallbacksBefore).isZero();
        assertThat(sql.number("select count(*) from processed_event where event_id = ?", twice)).isEqualTo(1);
        assertThat(sql.number("select count(*) from income_movement where gift_id = ?", giftId)).isEqualTo(1);
        // the dashboard's live refresh (at most once a second) follows the committed batch
        await().atMost(Duration.ofSeconds(5)).until(() -> refreshes.get() >= 1);
    }

    @Test
    void poisonInABatchGoesToTheDeadLetterTopicAndTheGoodEventsAroundItAreApplied() throws Exception {
        int year = TestYears.year();
        consuming(year);
        String donor = UUID.randomUUID().toString();
        String poisonId = UUID.randomUUID().toString();
        String rawValue = "{\"not\":\"a cloud event " + UUID.randomUUID() + "\"}";
        double deadBefore = consumer.events("dead-lettered");
        double fallbacksBefore = consumer.batches("one-by-one");
        List<String> good = new ArrayList<>();

        consumer.inOneBatch(() -> {
            good.add(publishGift(donor, year, "10.00"));
            giftService.publish(GIFTS, donor, poisonId, TYPE, UUID.randomUUID().toString(),
                    poison(UUID.randomUUID().toString(), donor, year));
            good.add(publishGift(donor, year, "20.00"));
            giftService.publishRaw(GIFTS, donor, rawValue);
            good.add(publishGift(donor, year, "30.00"));
        });

        awaitTotal(year, "60.01");
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
            dead.addAll(TopicReader.find(bootstrapServers, "crm.gifts.dlq.reporting",
                    r -> poisonId.equals(r.header("ce_id")) || rawValue.equals(r.value())));
            return dead.size() == 2;
        });
        TopicReader.Read poison = dead.stream().filter(r -> poisonId.equals(r.header("ce_id"))).findFirst().orElseThrow();
        assertThat(poison.header("dead-letter-reason")).contains("do not add up");
        assertThat(poison.header("dead-letter-topic")).isEqualTo(GIFTS);
        assertThat(poison.header("dead-letter-partition")).isEqualTo(String.valueOf(original.partition()));
        assertThat(poison.header("dead-letter-offset")).isEqualTo(String.valueOf(original.offset()));
        assertThat(poison.header("ce_type")).isEqualTo(TYPE);
        assertThat(poison.key()).isEqualTo(donor);
        TopicReader.Read raw = dead.stream().filter(r -> rawValue.equals(r.value())).findFirst().orElseThrow();
        assertThat(raw.header("dead-letter-reason")).contains("not a CloudEvent");
        assertThat(raw.header("dead-letter-topic")).isEqualTo(GIFTS);
        for (TopicReader.Read r : dead) {
            assertThat(good).doesNotContain(r.header("ce_id"));
        }

        // the consumer goes on with what follows, in batches again
        double batchesBefore = consumer.batches("batch");
        publishGift(donor, year, "5.00");
        awaitTotal(year, "65.01");
        assertThat(consumer.batches("batch") - batchesBefore).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aBatchRedeliveredAfterACrashMidBatchCountsOnce() throws Exception {
        int year = TestYears.year();
        consuming(year);
        String donor = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        List<String> data = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            ids.add(UUID.randomUUID().toString());
            data.add(gift(UUID.randomUUID().toString(), donor, year, i + ".00"));
        }
        double skippedBefore = consumer.events("skipped");

        consumer.inOneBatch(() -> {
            for (int i = 0; i < ids.size(); i++) {
                giftService.publish(GIFTS, donor, ids.get(i), TYPE, ids.get(i), data.get(i));
            }
            // The crash: a consumer had committed the first half of this batch to the database (one event per
            // transaction, as in the fallback) and died before the offsets were committed. Its successor is
            // handed the whole batch again.
            for (int i = 0; i < 3; i++) {
                readModel.apply(ids.get(i), TYPE, data.get(i));
            }
        });

        // 0.01 + 1 + 2 + ... + 6
        awaitTotal(year, "21.01");
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.events("skipped") - skippedBefore >= 3);

        // The batch's offsets are committed only after its transaction: wait for that commit, then do what a
        // restarted consumer does when the commit was lost — go back to the batch's first offset: the whole batch
        // is delivered again by Kafka.
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
        assertThat(totalIncome(year)).isEqualTo("21.01");
        for (String id : ids) {
            assertThat(sql.number("select count(*) from processed_event where event_id = ?", id)).isEqualTo(1);
            assertThat(sql.number("select count(*) from income_movement where event_id = ?", id)).isEqualTo(1);
        }
    }
}
