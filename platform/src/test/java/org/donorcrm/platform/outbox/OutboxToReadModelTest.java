package org.donorcrm.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.donorcrm.platform.testapp.Counted;
import org.donorcrm.platform.testapp.Db;
import org.donorcrm.platform.testapp.LedgerConsumer;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.TestData;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The way of an event through the platform, against the real broker and database: written in a transaction through
 * the Outbox, published by the OutboxRelay as a CloudEvent on the outbox channel's topic, consumed by the
 * BatchConsumer into a read model (testapp.Ledger), exactly once. Every test uses accounts (keys) of its own.
 */
@QuarkusTest
class OutboxToReadModelTest {

    private static final String TOPIC = "crm.platformtest";
    private static final String DEAD_LETTERS = "crm.platformtest.dlq.platformtest";
    private static final String SOURCE = "/donor-crm/platform-test";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    KafkaClientService kafka;

    @Inject
    MeterRegistry meters;

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    private Db db;
    private EventPublisher producer;

    @BeforeEach
    void connect() {
        db = new Db(dataSource);
        producer = new EventPublisher(bootstrapServers, SOURCE);
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void eventsWrittenInATransactionArriveOnceInOrderPerKeyAsCloudEvents() {
        String a = TestData.id();
        String b = TestData.id();

        List<String> ids = count(List.of(a, b), 5, false).then().statusCode(200).extract().jsonPath()
                .getList("$", String.class);

        assertThat(ids).hasSize(10).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(30)).until(() -> ledgerRows(a, b) == 10);
        // the read model applied each account's events in the order they were written, each once
        assertThat(db.column("select n from test_ledger_entry where account = ? order by seq", a))
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(db.column("select n from test_ledger_entry where account = ? order by seq", b))
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(db.column("select event_id from test_ledger_entry where account in (?, ?)", a, b))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(db.count("select count(*) from processed_event where event_type = ? and event_id in ("
                + marks(ids) + ")", concat(Counted.TYPE, ids))).isEqualTo(10);
        // marked sent once Kafka acknowledged them
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("select count(*) from outbox_event "
                + "where sent_at is not null and partition_key in (?, ?)", a, b) == 10);

        // on the topic: once each, keyed by account, one partition per key in the written order, as CloudEvents
        List<TopicReader.Read> published = TopicReader.find(bootstrapServers, TOPIC,
                r -> a.equals(r.key()) || b.equals(r.key()));
        assertThat(published).hasSize(10);
        assertThat(published.stream().map(r -> r.header("ce_id")).toList()).containsExactlyInAnyOrderElementsOf(ids);
        for (String account : List.of(a, b)) {
            List<TopicReader.Read> ofAccount = published.stream().filter(r -> account.equals(r.key()))
                    .sorted(Comparator.comparingLong(TopicReader.Read::offset)).toList();
            assertThat(ofAccount.stream().map(TopicReader.Read::partition).distinct()).hasSize(1);
            assertThat(ofAccount.stream().map(TopicReader.Read::value).toList()).containsExactly(
                    data(account, 1), data(account, 2), data(account, 3), data(account, 4), data(account, 5));
        }
        TopicReader.Read first = published.stream().filter(r -> ids.get(0).equals(r.header("ce_id"))).findFirst()
                .orElseThrow();
        assertThat(first.key()).isEqualTo(a);
        assertThat(first.value()).isEqualTo(data(a, 1));
        assertThat(first.header("ce_specversion")).isEqualTo("1.0");
        assertThat(first.header("ce_type")).isEqualTo(Counted.TYPE);
        assertThat(first.header("ce_source")).isEqualTo(SOURCE);
        assertThat(first.header("ce_subject")).isEqualTo(a);
        assertThat(first.header("ce_time")).isNotBlank();
        assertThat(first.header("content-type")).isEqualTo("application/json");
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String rolledBack = TestData.id();
        String after = TestData.id();

        Response refused = count(List.of(rolledBack), 3, true);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.jsonPath().getString("title")).isEqualTo("Rule broken");
        assertThat(db.count("select count(*) from outbox_event where partition_key = ?", rolledBack)).isZero();

        // an event committed after it arrives; nothing of the rolled-back transaction went before it
        count(List.of(after), 1, false).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledgerRows(after) == 1);
        assertThat(TopicReader.find(bootstrapServers, TOPIC, r -> after.equals(r.key()))).hasSize(1);
        assertThat(TopicReader.find(bootstrapServers, TOPIC, r -> rolledBack.equals(r.key()))).isEmpty();
        assertThat(ledgerRows(rolledBack)).isZero();
    }

    @Test
    void anEventCannotBeWrittenOutsideATransaction() {
        assertThatThrownBy(() -> outbox.write(Counted.TYPE, TestData.id(), TestData.id(), new Counted("x", 1)))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void theOutboxTopicIsDeclaredWithTheConfiguredPartitionsAndKeptForever() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            TopicDescription topic = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(TOPIC);
            assertThat(topic.partitions()).hasSize(2); // crm.topics.partitions; the broker's default is 3
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            assertThat(config.get("retention.bytes").value()).isEqualTo("-1");
        }
    }

    @Test
    void theSameEventPublishedTwiceIsAppliedOnce() throws Exception {
        consuming();
        String account = TestData.id();
        String twice = TestData.id();
        String inOnePoll = TestData.id();
        double skippedBefore = events("skipped");

        // in two polls: the second finds the id in processed_event
        producer.publish(TOPIC, account, twice, Counted.TYPE, account, data(account, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> ledgerRows(account) == 1);
        producer.publish(TOPIC, account, twice, Counted.TYPE, account, data(account, 1));
        // in one poll: the batch sees its own repeat
        inOnePoll(() -> {
            producer.publish(TOPIC, account, inOnePoll, Counted.TYPE, account, data(account, 2));
            producer.publish(TOPIC, account, inOnePoll, Counted.TYPE, account, data(account, 2));
        });
        String after = producer.publish(TOPIC, account, Counted.TYPE, account, data(account, 3));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(after));
        assertThat(db.column("select n from test_ledger_entry where account = ? order by seq", account))
                .containsExactly("1", "2", "3");
        for (String id : List.of(twice, inOnePoll, after)) {
            assertThat(db.count("select count(*) from processed_event where event_id = ?", id)).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> events("skipped") - skippedBefore >= 2);
        assertThat(events("skipped") - skippedBefore).isEqualTo(2);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheGoodOnesOfItsPollAreApplied() throws Exception {
        consuming();
        String account = TestData.id();
        String poisonId = TestData.id();
        String raw = "{\"account\":\"" + account + "\",\"n\":99}";
        List<String> good = new ArrayList<>();
        double deadBefore = events("dead-lettered");
        double fallbacksBefore = batches("one-by-one");

        inOnePoll(() -> {
            good.add(producer.publish(TOPIC, account, Counted.TYPE, account, data(account, 1)));
            producer.publish(TOPIC, account, poisonId, Counted.TYPE, account, "this is not JSON {");
            good.add(producer.publish(TOPIC, account, Counted.TYPE, account, data(account, 2)));
            producer.publishRaw(TOPIC, account, raw); // no CloudEvents headers at all
            good.add(producer.publish(TOPIC, account, Counted.TYPE, account, data(account, 3)));
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> ledgerRows(account) == 3);
        assertThat(db.column("select event_id from test_ledger_entry where account = ? order by seq", account))
                .containsExactlyElementsOf(good);
        assertThat(db.count("select count(*) from processed_event where event_id = ?", poisonId)).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> events("dead-lettered") - deadBefore >= 2);
        assertThat(events("dead-lettered") - deadBefore).isEqualTo(2);
        assertThat(batches("one-by-one") - fallbacksBefore).isEqualTo(1);

        // exactly the two bad records are on the dead-letter topic, pointing at where they came from
        TopicReader.Read original = TopicReader.find(bootstrapServers, TOPIC, r -> poisonId.equals(r.header("ce_id")))
                .get(0);
        List<TopicReader.Read> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            dead.clear();
            dead.addAll(TopicReader.find(bootstrapServers, DEAD_LETTERS, r -> account.equals(r.key())));
            return dead.size() >= 2;
        });
        assertThat(dead).hasSize(2);
        TopicReader.Read poison = dead.stream().filter(r -> poisonId.equals(r.header("ce_id"))).findFirst()
                .orElseThrow();
        assertThat(poison.value()).isEqualTo("this is not JSON {");
        assertThat(poison.header("dead-letter-reason")).isEqualTo("event " + poisonId + " has no JSON data");
        assertThat(poison.header("dead-letter-topic")).isEqualTo(TOPIC);
        assertThat(poison.header("dead-letter-partition")).isEqualTo(String.valueOf(original.partition()));
        assertThat(poison.header("dead-letter-offset")).isEqualTo(String.valueOf(original.offset()));
        assertThat(poison.header("ce_type")).isEqualTo(Counted.TYPE);
        TopicReader.Read unreadable = dead.stream().filter(r -> raw.equals(r.value())).findFirst().orElseThrow();
        assertThat(unreadable.header("dead-letter-reason")).isEqualTo("not a CloudEvent");
        assertThat(unreadable.header("dead-letter-topic")).isEqualTo(TOPIC);

        // the consumer goes on, in batches again
        double batchesBefore = batches("batch");
        String next = producer.publish(TOPIC, account, Counted.TYPE, account, data(account, 4));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(next));
        // the batch is counted right after its transaction committed: a moment after its rows are visible
        await().atMost(Duration.ofSeconds(10)).until(() -> batches("batch") - batchesBefore >= 1);
    }

    @Test
    void aBatchNamingAnIdThatIsNotALowerCaseUuidIsAppliedOneByOneNotDeadLettered() throws Exception {
        consuming();
        String account = TestData.id();
        String upper = TestData.id().toUpperCase();
        double deadBefore = events("dead-lettered");
        double fallbacksBefore = batches("one-by-one");

        inOnePoll(() -> {
            producer.publish(TOPIC, account, upper, Counted.TYPE, account, data(account, 1));
            producer.publish(TOPIC, account, Counted.TYPE, account, data(account, 2));
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> ledgerRows(account) == 2);
        assertThat(db.column("select n from test_ledger_entry where account = ? order by seq", account))
                .containsExactly("1", "2");
        assertThat(db.count("select count(*) from processed_event where event_id = ?", upper)).isEqualTo(1);
        // counted after the last event's transaction: a moment after its rows are visible
        await().atMost(Duration.ofSeconds(10)).until(() -> batches("one-by-one") - fallbacksBefore >= 1);
        assertThat(batches("one-by-one") - fallbacksBefore).isEqualTo(1);
        assertThat(events("dead-lettered") - deadBefore).isZero();
    }

    // ------------------------------------------------------------------ helpers

    private static Response count(List<String> accounts, int perAccount, boolean fail) {
        return given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body(Map.of("accounts", accounts, "perAccount", perAccount, "fail", fail))
                .post("/api/v1/test/counts");
    }

    private static String data(String account, int n) {
        return "{\"account\":\"" + account + "\",\"n\":" + n + "}";
    }

    private long ledgerRows(String... accounts) {
        return db.count("select count(*) from test_ledger_entry where account in (" + marks(List.of(accounts)) + ")",
                (Object[]) accounts);
    }

    private boolean applied(String eventId) {
        return db.count("select count(*) from test_ledger_entry where event_id = ?", eventId) == 1;
    }

    private static String marks(List<?> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    private static Object[] concat(String first, List<String> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    private double events(String outcome) {
        Counter counter = meters.find("crm.platformtest.consumer.events")
                .tags("topic", TOPIC, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private double batches(String path) {
        Counter counter = meters.find("crm.platformtest.consumer.batches").tags("topic", TOPIC, "path", path)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private KafkaConsumer<Object, Object> consumer() {
        return kafka.getConsumer(LedgerConsumer.CHANNEL);
    }

    /** Makes sure the channel consumes (its partitions are assigned), so that a pause holds every partition. */
    private void consuming() {
        String account = TestData.id();
        String id = producer.publish(TOPIC, account, Counted.TYPE, account, data(account, 1));
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(id));
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer().getAssignments().await()
                .atMost(Duration.ofSeconds(10)).size() == 2);
    }

    /** Publishes while the consumer is paused, so that everything published comes in its next poll: one batch. */
    private void inOnePoll(ThrowingRunnable publish) throws Exception {
        consumer().pause().await().atMost(Duration.ofSeconds(10));
        try {
            // a fetch in flight when the pause came (fetch.max.wait.ms 500) returns before the records go out
            Thread.sleep(1000);
            publish.run();
        } finally {
            consumer().resume().await().atMost(Duration.ofSeconds(10));
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
