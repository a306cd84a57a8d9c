package org.donorcrm.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.platform.testapp.Db;
import org.donorcrm.testing.TestData;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay with several replicas, against the real database and broker: the service's own relay (its
 * worker thread) and a second relay over the same outbox, as a second replica would run it. Lanes keep one key's
 * events in order and with one owner; a lane held by one relay does not hold up the others.
 */
@QuarkusTest
class RelayLanesTest {

    private static final String TOPIC = "crm.platformtest";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    @Channel(OutboxRelay.CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    Emitter<String> emitter;

    @Inject
    OutboxRelay ownRelay;

    private Db db;

    @BeforeEach
    void connect() {
        db = new Db(dataSource);
    }

    /** A second replica's relay: same outbox, same topic, its own round of lanes, no thread of its own. */
    private OutboxRelay secondReplica() {
        return new OutboxRelay(emitter, entityManager, "/donor-crm/platform-test", 50, Duration.ofSeconds(1), 4);
    }

    @Test
    void twoRelaysPublishEveryEventOnceAndEachKeyInOrder() throws Exception {
        List<String> accounts = IntStream.range(0, 24).mapToObj(i -> TestData.id()).toList();
        OutboxRelay second = secondReplica();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger bySecond = new AtomicInteger();
        Thread replica = new Thread(() -> {
            while (writing.get() || pending(accounts) > 0) {
                bySecond.addAndGet(second.publishRound());
            }
        });
        replica.start();
        List<String> ids = new ArrayList<>();
        try {
            // four requests, each writing 5 events per account: both relays publish while events keep arriving
            for (int round = 0; round < 4; round++) {
                ids.addAll(count(accounts, 5));
            }
        } finally {
            writing.set(false);
            replica.join(60_000);
        }
        assertThat(ids).hasSize(480).doesNotHaveDuplicates();
        assertThat(pending(accounts)).isZero();

        List<TopicReader.Read> published = TopicReader.find(bootstrapServers, TOPIC,
                r -> accounts.contains(r.key()));
        // normal case: no row sent twice, none missing
        assertThat(published).hasSize(480);
        assertThat(published.stream().map(r -> r.header("ce_id")).toList()).containsExactlyInAnyOrderElementsOf(ids);
        // each key's events in the order they were written: 1..5 of each request, request after request
        for (String account : accounts) {
            List<String> values = published.stream().filter(r -> account.equals(r.key()))
                    .sorted(Comparator.comparingLong(TopicReader.Read::offset)).map(TopicReader.Read::value).toList();
            List<String> written = IntStream.range(0, 4).boxed()
                    .flatMap(round -> IntStream.rangeClosed(1, 5).mapToObj(n -> data(account, n))).toList();
            assertThat(values).as("events of %s in written order", account).containsExactlyElementsOf(written);
        }
        assertThat(bySecond.get()).as("the second replica published its share").isPositive();
    }

    @Test
    void aLaneHeldByOneRelayHoldsUpNeitherTheOtherLanesNorNewEvents() throws Exception {
        // keys in lane 3 and keys in other lanes
        List<String> held = keysIn(3, 3);
        List<String> free = keysNotIn(3, 3);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger lockedLanes = new AtomicInteger();
        // a relay of another replica holds lanes 0-3 (as while it waits for Kafka's acknowledgements)
        Thread holder = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            lockedLanes.set(entityManager.createNativeQuery(
                    "select lane from platform_outbox_lane where lane in (0, 1, 2, 3) for update")
                    .getResultList().size());
            locked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(lockedLanes.get()).isEqualTo(4);
            List<String> all = new ArrayList<>(held);
            all.addAll(free);
            count(all, 2);
            // the service's own relay publishes every lane it can get; the held lane's events wait
            await().atMost(Duration.ofSeconds(30)).until(() -> pending(free) == 0);
            assertThat(pending(held)).isEqualTo(6);
            // a second relay asking for the held lanes gets nothing instead of waiting
            List<OutboxEvent> got = QuarkusTransaction.requiringNew().call(
                    () -> secondReplica().lockPending(List.of(0, 1, 2, 3), 50));
            assertThat(got).isEmpty();
        } finally {
            release.countDown();
            holder.join(30_000);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(held) == 0);
        List<TopicReader.Read> published = TopicReader.find(bootstrapServers, TOPIC, r -> held.contains(r.key()));
        assertThat(published).hasSize(6);
    }

    @Test
    void theRelayComputesTheSameLaneAsTheDatabase() {
        for (String key : IntStream.range(0, 50).mapToObj(i -> TestData.id()).toList()) {
            assertThat(Long.parseLong(db.one("select crc32(?) % 16", key))).isEqualTo(OutboxRelay.laneOf(key));
        }
    }

    private static List<String> keysIn(int lane, int n) {
        return IntStream.iterate(0, i -> i + 1).mapToObj(i -> TestData.id())
                .filter(key -> OutboxRelay.laneOf(key) == lane).limit(n).toList();
    }

    private static List<String> keysNotIn(int lane, int n) {
        // lanes 4-15: none of the held lanes 0-3
        return IntStream.iterate(0, i -> i + 1).mapToObj(i -> TestData.id())
                .filter(key -> OutboxRelay.laneOf(key) > lane).limit(n).toList();
    }

    private long pending(List<String> keys) {
        return db.count("select count(*) from outbox_event where sent_at is null and partition_key in ("
                + String.join(", ", keys.stream().map(k -> "?").toList()) + ")", keys.toArray());
    }

    private static List<String> count(List<String> accounts, int perAccount) {
        return given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body(Map.of("accounts", accounts, "perAccount", perAccount, "fail", false))
                .post("/api/v1/test/counts")
                .then().statusCode(200).extract().jsonPath().getList("$", String.class);
    }

    private static String data(String account, int n) {
        return "{\"account\":\"" + account + "\",\"n\":" + n + "}";
    }
}
