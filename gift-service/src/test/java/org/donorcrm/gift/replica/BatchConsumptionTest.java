package org.donorcrm.gift.replica;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.platform.consume.BatchResult;
import org.donorcrm.platform.consume.Envelope;
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

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.gift.sepa.SepaFixtures.dueIn;
import static org.donorcrm.gift.sepa.SepaFixtures.mandate;
import static org.donorcrm.gift.sepa.SepaFixtures.reference;

/**
 * The replica consumers apply a poll of records as one batch in one transaction (ReplicaConsumers), against the real
 * Kafka broker and MariaDB of the test run. To put records into ONE batch, the test pauses the channel's consumer,
 * publishes them (same key: one partition, in order), and resumes it: the next poll returns them together. Every
 * test uses its own donors, funds and campaigns.
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final String DONORS = "crm.donors";
    private static final String CHANNEL = "donor-events";
    private static final String REGISTERED = "crm.donor.registered.v1";
    private static final String UPDATED = "crm.donor.updated.v1";
    private static final String MERGED = "crm.donors.merged.v1";
    private static final String ERASED = "crm.donor.erased.v1";
    private static final String FUND = "crm.fund.defined.v1";
    private static final String CAMPAIGN = "crm.campaign.defined.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    KafkaClientService kafka;

    @Inject
    MeterRegistry meters;

    @Inject
    DataSource dataSource;

    @Inject
    ReplicaService replicas;

    @Inject
    Replicas fixtures;

    private EventPublisher donorService;
    private ConsumerProbe consumer;
    private Sql sql;

    @BeforeEach
    void connect() {
        donorService = new EventPublisher(bootstrapServers, "/donor-crm/donor-service");
        consumer = new ConsumerProbe(kafka, meters, CHANNEL, DONORS, "crm.gift");
        sql = new Sql(dataSource);
    }

    @AfterEach
    void disconnect() {
        donorService.close();
    }

    @Test
    void anEventTwiceInOneBatchCountsOnce() throws Exception {
        consuming();
        String donor = uuid();
        String other = uuid();
        String twice = uuid();
        String registration = registered(donor, "INDIVIDUAL", "INDIVIDUALS");
        double skippedBefore = consumer.events("skipped");
        double appliedBefore = consumer.events("applied");
        double batchesBefore = consumer.batches("batch");
        double fallbacksBefore = consumer.batches("one-by-one");
        List<String> ids = new ArrayList<>();

        consumer.inOneBatch(() -> {
            donorService.publish(DONORS, donor, twice, REGISTERED, donor, registration);
            ids.add(donorService.publish(DONORS, donor, UPDATED, donor, updated(donor, "COMPANY", "COMPANIES")));
            // the repeat: applied again, it would make the donor an individual again
            donorService.publish(DONORS, donor, twice, REGISTERED, donor, registration);
            ids.add(donorService.publish(DONORS, donor, REGISTERED, other,
                    registered(other, "FOUNDATION", "OTHER_NONPROFITS")));
        });

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> sql.number("select count(*) from donor_replica where donor_id = ?", other) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.events("skipped") - skippedBefore >= 1);
        assertThat(donorRow(donor)).isEqualTo("COMPANY COMPANIES ACTIVE -");
        assertThat(donorRow(other)).isEqualTo("FOUNDATION OTHER_NONPROFITS ACTIVE -");
        assertThat(consumer.events("applied") - appliedBefore).isEqualTo(3);
        assertThat(consumer.events("skipped") - skippedBefore).isEqualTo(1);
        // the four records came in one poll and were applied in one transaction, not one by one
        assertThat(consumer.largestBatch()).isGreaterThanOrEqualTo(4);
        assertThat(consumer.batches("batch") - batchesBefore).isEqualTo(1);
        assertThat(consumer.batches("one-by-one") - fallbacksBefore).isZero();
        assertThat(sql.value("select event_type from processed_event where event_id = ?", twice)).isEqualTo(REGISTERED);
        for (String id : ids) {
            assertThat(sql.number("select count(*) from processed_event where event_id = ?", id)).isEqualTo(1);
        }
    }

    @Test
    void poisonInABatchGoesToTheDeadLetterTopicAndTheGoodEventsAroundItAreApplied() throws Exception {
        consuming();
        String key = uuid();
        String first = uuid();
        String second = uuid();
        String poisonId = uuid();
        // a registration without a kind cannot be applied
        String poisonData = """
                {"donorId":"%s","kind":null,"incomeCategory":"INDIVIDUALS","householdId":null,"postcodeArea":"10",
                 "registeredAt":"2026-01-01T09:00:00Z"}""".formatted(uuid());
        String rawValue = "{\"not\":\"a cloud event " + uuid() + "\"}";
        double deadBefore = consumer.events("dead-lettered");
        double fallbacksBefore = consumer.batches("one-by-one");
        List<String> good = new ArrayList<>();

        consumer.inOneBatch(() -> {
            good.add(donorService.publish(DONORS, key, REGISTERED, first,
                    registered(first, "INDIVIDUAL", "INDIVIDUALS")));
            donorService.publish(DONORS, key, poisonId, REGISTERED, key, poisonData);
            good.add(donorService.publish(DONORS, key, REGISTERED, second, registered(second, "LOTTERY",
                    "LOTTERY_ORGANISATIONS")));
            donorService.publishRaw(DONORS, key, rawValue);
            good.add(donorService.publish(DONORS, key, UPDATED, first, updated(first, "COMPANY", "COMPANIES")));
        });

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> consumer.events("dead-lettered") - deadBefore >= 2);
        assertThat(consumer.batches("one-by-one") - fallbacksBefore).isEqualTo(1);
        assertThat(donorRow(first)).isEqualTo("COMPANY COMPANIES ACTIVE -");
        assertThat(donorRow(second)).isEqualTo("LOTTERY LOTTERY_ORGANISATIONS ACTIVE -");
        for (String id : good) {
            assertThat(sql.number("select count(*) from processed_event where event_id = ?", id)).isEqualTo(1);
        }
        assertThat(sql.number("select count(*) from processed_event where event_id = ?", poisonId)).isZero();

        // exactly the two bad records are in the dead-letter topic, with SmallRye's headers pointing at the original
        TopicReader.Read original = TopicReader.find(bootstrapServers, DONORS, r -> poisonId.equals(r.header("ce_id")))
                .get(0);
        List<TopicReader.Read> dead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dead.clear();
            dead.addAll(TopicReader.find(bootstrapServers, "crm.donors.dlq.gift",
                    r -> poisonId.equals(r.header("ce_id")) || rawValue.equals(r.value())
                            || good.contains(r.header("ce_id"))));
            return dead.size() >= 2;
        });
        assertThat(dead).hasSize(2);
        TopicReader.Read poison = dead.stream().filter(r -> poisonId.equals(r.header("ce_id"))).findFirst()
                .orElseThrow();
        assertThat(poison.header("dead-letter-reason")).contains("event misses kind");
        assertThat(poison.header("dead-letter-topic")).isEqualTo(DONORS);
        assertThat(poison.header("dead-letter-partition")).isEqualTo(String.valueOf(original.partition()));
        assertThat(poison.header("dead-letter-offset")).isEqualTo(String.valueOf(original.offset()));
        assertThat(poison.header("ce_type")).isEqualTo(REGISTERED);
        assertThat(poison.key()).isEqualTo(key);
        assertThat(poison.value()).isEqualTo(poisonData);
        TopicReader.Read raw = dead.stream().filter(r -> rawValue.equals(r.value())).findFirst().orElseThrow();
        assertThat(raw.header("dead-letter-reason")).contains("not a CloudEvent");
        assertThat(raw.header("dead-letter-topic")).isEqualTo(DONORS);
        assertThat(raw.key()).isEqualTo(key);

        // the consumer goes on with what follows, in batches again
        double batchesBefore = consumer.batches("batch");
        String third = uuid();
        donorService.publish(DONORS, key, REGISTERED, third, registered(third, "INDIVIDUAL", "INDIVIDUALS"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> sql.number("select count(*) from donor_replica where donor_id = ?", third) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.batches("batch") - batchesBefore >= 1);
    }

    @Test
    void aBatchRedeliveredAfterItWasAppliedChangesNothing() throws Exception {
        consuming();
        String key = uuid();
        List<String> donors = List.of(uuid(), uuid(), uuid(), uuid());
        List<String> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> data = new ArrayList<>();
        for (String donor : donors) {
            ids.add(uuid());
            types.add(REGISTERED);
            data.add(registered(donor, "INDIVIDUAL", "INDIVIDUALS"));
        }
        ids.add(uuid());
        types.add(UPDATED);
        data.add(updated(donors.get(0), "COMPANY", "COMPANIES"));
        ids.add(uuid());
        types.add(MERGED);
        data.add(merged(donors.get(2), donors.get(1)));
        double skippedBefore = consumer.events("skipped");

        consumer.inOneBatch(() -> {
            for (int i = 0; i < ids.size(); i++) {
                donorService.publish(DONORS, key, ids.get(i), types.get(i), key, data.get(i));
            }
            // A crash mid-batch: a consumer had committed the first half of this batch to the database (one event
            // per transaction, as in the fallback) and died before the offsets were committed. Its successor is
            // handed the whole batch again.
            for (int i = 0; i < 3; i++) {
                replicas.apply(ids.get(i), types.get(i), data.get(i));
            }
        });

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> sql.number("select count(*) from processed_event where event_id in ("
                        + Sql.placeholders(ids) + ")", ids.toArray(String[]::new)) == ids.size());
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.events("skipped") - skippedBefore >= 3);
        assertThat(donorRow(donors.get(0))).isEqualTo("COMPANY COMPANIES ACTIVE -");
        assertThat(donorRow(donors.get(1))).isEqualTo("INDIVIDUAL INDIVIDUALS MERGED " + donors.get(2));
        assertThat(donorRow(donors.get(2))).isEqualTo("INDIVIDUAL INDIVIDUALS ACTIVE -");
        assertThat(donorRow(donors.get(3))).isEqualTo("INDIVIDUAL INDIVIDUALS ACTIVE -");
        List<String> applied = replicaRows(donors);
        List<String> processed = processedRows(ids);
        assertThat(applied).hasSize(4);
        assertThat(processed).hasSize(6);

        // The batch's offsets are committed only after its transaction: wait for that commit, then do what a
        // restarted consumer does when the commit was lost: go back to the batch's first offset, and Kafka delivers
        // the whole batch again.
        TopicReader.Read first = TopicReader.find(bootstrapServers, DONORS, r -> ids.get(0).equals(r.header("ce_id")))
                .get(0);
        TopicReader.Read last = TopicReader.find(bootstrapServers, DONORS,
                r -> ids.get(ids.size() - 1).equals(r.header("ce_id"))).get(0);
        TopicPartition partition = new TopicPartition(DONORS, first.partition());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.getConsumer(CHANNEL).committed(partition).await()
                    .atMost(Duration.ofSeconds(10));
            OffsetAndMetadata offset = committed.get(partition);
            return offset != null && offset.offset() > last.offset();
        });
        kafka.getConsumer(CHANNEL).seek(partition, first.offset()).await().atMost(Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> consumer.events("skipped") - skippedBefore >= 3 + ids.size());
        // the same rows, to the microsecond of their updated_at and processed_at: nothing was written again
        assertThat(replicaRows(donors)).isEqualTo(applied);
        assertThat(processedRows(ids)).isEqualTo(processed);
    }

    /**
     * The batch door of the replicas against the per-event door, with the same events (ids aside): registrations,
     * updates (one of a donor merged earlier in the batch), a repeat, an event applied before the batch, merges in a
     * chain (the survivor of one merged in turn, a donor merged before the batch re-pointed, a survivor not yet
     * registered, a merged donor never registered), erasures (of a known donor, of a donor that then receives a
     * merge, of an unknown donor), funds (a code passed from one fund to another), campaigns and an appeal, a type
     * that changes nothing. Both leave exactly the same replica rows, processed ids, and gifts and mandates (moved
     * by the merges, blanked by the erasures) behind.
     */
    @Test
    void aBatchLeavesExactlyTheRowsThatOneTransactionPerEventLeaves() throws Exception {
        fixtures.standardFunds();
        Roles single = new Roles();
        List<Envelope> singleEvents = scenario(single);
        int appliedOneByOne = 0;
        for (Envelope event : singleEvents) {
            appliedOneByOne += replicas.apply(event.id(), event.type(), event.data()) ? 1 : 0;
        }

        Roles batched = new Roles();
        BatchResult result = replicas.applyBatch(scenario(batched));

        // 21 events: the repeat of e1 and e19 (applied before) are skipped
        assertThat(appliedOneByOne).isEqualTo(19);
        assertThat(result.applied()).isEqualTo(19);
        assertThat(result.skipped()).isEqualTo(2);
        List<String> donors = donors(single);
        assertThat(donors(batched)).isEqualTo(donors);
        assertThat(funds(batched)).isEqualTo(funds(single));
        assertThat(campaigns(batched)).isEqualTo(campaigns(single));
        assertThat(processed(batched)).isEqualTo(processed(single));
        assertThat(mandates(batched)).isEqualTo(mandates(single));
        assertThat(gifts(batched)).isEqualTo(gifts(single));

        // d1, d7 (merged into d1 before the batch), d10 and d2 end at d4; d2 was erased before it received d10 and
        // was merged itself; d5 was never registered; d6, erased unknown, has no row
        assertThat(donors).containsExactly(
                "d1 COMPANY COMPANIES MERGED d4",
                "d10 INDIVIDUAL INDIVIDUALS MERGED d4",
                "d2 COMPANY COMPANIES MERGED d4",
                "d3 LOTTERY LOTTERY_ORGANISATIONS ACTIVE -",
                "d4 COMPANY COMPANIES ACTIVE -",
                "d5 UNKNOWN UNKNOWN MERGED d3",
                "d7 COMPANY COMPANIES MERGED d4",
                "d8 INDIVIDUAL INDIVIDUALS ERASED -",
                "d9 FOUNDATION OTHER_NONPROFITS ACTIVE -");
        assertThat(funds(single)).containsExactly(
                "f1 B UNEARMARKED 2020-01-01 2026-12-31 CLOSED",
                "f2 A PROGRAMME 2026-01-01 - ACTIVE");
        assertThat(campaigns(single)).containsExactly("c1 C1 - CLOSED", "c2 C2 c1 PLANNED");
        // the erasure of d2 blanked the mandates d2 held then (m1 came from d1), not m4, which came with d10 after it
        assertThat(mandates(single)).containsExactly(
                "m1 d4 - - - CANCELLED donor erased",
                "m2 d8 - - - CANCELLED donor erased",
                "m3 d4 - - - CANCELLED donor erased",
                "m4 d4 A. de Vries NL02ABNA0123456789 - ACTIVE -");
        assertThat(gifts(single)).containsExactly("g1 d4", "g2 d4", "g3 d4", "g4 d8");
        assertThat(processed(single)).hasSize(26).contains("e17 crm.donor.consent-changed.v1", "e19 " + REGISTERED);
    }

    // ------------------------------------------------------------------ the scenario of the two doors

    /** Random ids and codes behind names (d1 a donor, f1 a fund, c1 a campaign, A a code, e1 an event, ...). */
    private static final class Roles {
        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();

        String id(String name) {
            return ids.computeIfAbsent(name, n -> {
                String id = uuid();
                names.put(id, n);
                return id;
            });
        }

        String code(String name) {
            return ids.computeIfAbsent("code " + name, n -> {
                String code = "EQ-" + uuid().substring(0, 8).toUpperCase(Locale.ROOT);
                names.put(code, name);
                return code;
            });
        }

        void named(String name, String id) {
            ids.put(name, id);
            names.put(id, name);
        }

        String name(String value) {
            return value == null ? "-" : names.getOrDefault(value, value);
        }

        List<String> all(String prefix) {
            return ids.entrySet().stream().filter(e -> e.getKey().matches(prefix + "[0-9]+"))
                    .map(Map.Entry::getValue).toList();
        }
    }

    /**
     * Applies what comes before the batch (one transaction each): the donors, the merge of d7 into d1, e19; signs
     * mandates and records gifts of the donors. Returns the events of the batch.
     */
    private List<Envelope> scenario(Roles r) {
        replicas.apply(r.id("p1"), REGISTERED, registered(r.id("d1"), "INDIVIDUAL", "INDIVIDUALS"));
        replicas.apply(r.id("p2"), REGISTERED, registered(r.id("d2"), "INDIVIDUAL", "INDIVIDUALS"));
        replicas.apply(r.id("p3"), REGISTERED, registered(r.id("d7"), "COMPANY", "COMPANIES"));
        replicas.apply(r.id("p4"), REGISTERED, registered(r.id("d8"), "INDIVIDUAL", "INDIVIDUALS"));
        replicas.apply(r.id("p5"), REGISTERED, registered(r.id("d10"), "INDIVIDUAL", "INDIVIDUALS"));
        replicas.apply(r.id("p6"), MERGED, merged(r.id("d1"), r.id("d7")));
        Envelope e19 = new Envelope(r.id("e19"), REGISTERED,
                registered(r.id("d9"), "FOUNDATION", "OTHER_NONPROFITS"));
        replicas.apply(e19.id(), e19.type(), e19.data());
        r.named("m1", signMandate(r.id("d1")));
        r.named("m2", signMandate(r.id("d8")));
        r.named("m3", signMandate(r.id("d2")));
        r.named("m4", signMandate(r.id("d10")));
        r.named("g1", recordGift(r.id("d1")));
        r.named("g2", recordGift(r.id("d2")));
        r.named("g3", recordGift(r.id("d10")));
        r.named("g4", recordGift(r.id("d8")));

        Envelope e1 = new Envelope(r.id("e1"), REGISTERED,
                registered(r.id("d3"), "FOUNDATION", "OTHER_NONPROFITS"));
        return List.of(
                e1,
                event(r, "e2", UPDATED, updated(r.id("d2"), "COMPANY", "COMPANIES")),
                event(r, "e3", FUND, fund(r.id("f1"), r.code("A"), "UNEARMARKED", "2020-01-01", null, "ACTIVE")),
                event(r, "e4", CAMPAIGN, campaign(r.id("c1"), r.code("C1"), null, "ACTIVE")),
                event(r, "e5", CAMPAIGN, campaign(r.id("c2"), r.code("C2"), r.id("c1"), "PLANNED")),
                e1,
                event(r, "e6", ERASED, erased(r.id("d8"))),
                event(r, "e7", MERGED, merged(r.id("d2"), r.id("d1"))),
                event(r, "e8", UPDATED, updated(r.id("d1"), "COMPANY", "COMPANIES")),
                event(r, "e9", ERASED, erased(r.id("d2"))),
                event(r, "e10", MERGED, merged(r.id("d2"), r.id("d10"))),
                event(r, "e11", MERGED, merged(r.id("d4"), r.id("d2"))),
                event(r, "e12", REGISTERED, registered(r.id("d4"), "COMPANY", "COMPANIES")),
                event(r, "e13", FUND, fund(r.id("f1"), r.code("B"), "UNEARMARKED", "2020-01-01", "2026-12-31",
                        "CLOSED")),
                event(r, "e14", FUND, fund(r.id("f2"), r.code("A"), "PROGRAMME", "2026-01-01", null, "ACTIVE")),
                event(r, "e15", MERGED, merged(r.id("d3"), r.id("d5"))),
                event(r, "e16", ERASED, erased(r.id("d6"))),
                event(r, "e17", "crm.donor.consent-changed.v1", "{\"donorId\":\"" + r.id("d3") + "\"}"),
                event(r, "e18", CAMPAIGN, campaign(r.id("c1"), r.code("C1"), null, "CLOSED")),
                e19,
                event(r, "e20", UPDATED, updated(r.id("d3"), "LOTTERY", "LOTTERY_ORGANISATIONS")));
    }

    private static Envelope event(Roles r, String name, String type, String data) {
        return new Envelope(r.id(name), type, data);
    }

    private static String signMandate(String donorId) {
        return mandate(donorId, reference("BATCH"), "5.00", "MONTHLY", dueIn(27));
    }

    private static String recordGift(String donorId) {
        return given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"12.50","currency":"EUR","incomeDate":"2026-03-14",
                         "earmarkClass":"UNEARMARKED"}""".formatted(donorId))
                .when().post("/api/v1/gifts")
                .then().statusCode(201).extract().path("id");
    }

    private List<String> donors(Roles r) throws SQLException {
        List<String> ids = r.all("d");
        return sql.rows("select donor_id, kind, income_category, status, survivor_id from donor_replica "
                        + "where donor_id in (" + Sql.placeholders(ids) + ")", ids,
                row -> r.name(row.get(0)) + " " + row.get(1) + " " + row.get(2) + " " + row.get(3) + " "
                        + r.name(row.get(4)));
    }

    private List<String> funds(Roles r) throws SQLException {
        List<String> ids = r.all("f");
        return sql.rows("select fund_id, code, earmark_class, cast(active_from as char), cast(active_to as char), "
                        + "status from fund_replica where fund_id in (" + Sql.placeholders(ids) + ")", ids,
                row -> r.name(row.get(0)) + " " + r.name(row.get(1)) + " " + row.get(2) + " " + r.name(row.get(3))
                        + " " + r.name(row.get(4)) + " " + row.get(5));
    }

    private List<String> campaigns(Roles r) throws SQLException {
        List<String> ids = r.all("c");
        return sql.rows("select campaign_id, code, parent_campaign_id, status from campaign_replica "
                        + "where campaign_id in (" + Sql.placeholders(ids) + ")", ids,
                row -> r.name(row.get(0)) + " " + r.name(row.get(1)) + " " + r.name(row.get(2)) + " " + row.get(3));
    }

    private List<String> processed(Roles r) throws SQLException {
        List<String> ids = new ArrayList<>(r.all("e"));
        ids.addAll(r.all("p"));
        return sql.rows("select event_id, event_type from processed_event where event_id in ("
                + Sql.placeholders(ids) + ")", ids, row -> r.name(row.get(0)) + " " + row.get(1));
    }

    private List<String> mandates(Roles r) throws SQLException {
        List<String> ids = r.all("m");
        return sql.rows("select id, donor_id, debtor_name, debtor_iban, debtor_bic, status, status_reason "
                        + "from sepa_mandate where id in (" + Sql.placeholders(ids) + ")", ids,
                row -> r.name(row.get(0)) + " " + r.name(row.get(1)) + " " + r.name(row.get(2)) + " "
                        + r.name(row.get(3)) + " " + r.name(row.get(4)) + " " + row.get(5) + " " + r.name(row.get(6)));
    }

    private List<String> gifts(Roles r) throws SQLException {
        List<String> ids = r.all("g");
        return sql.rows("select id, donor_id from gift where id in (" + Sql.placeholders(ids) + ")", ids,
                row -> r.name(row.get(0)) + " " + r.name(row.get(1)));
    }

    // ------------------------------------------------------------------ events as the producers write them

    private static String registered(String donorId, String kind, String incomeCategory) {
        String data = """
                {"donorId":"%s","kind":"%s","incomeCategory":"%s","householdId":null,"postcodeArea":"10",
                 "registeredAt":"2026-01-01T09:00:00Z"}""".formatted(donorId, kind, incomeCategory);
        assertThat(EventSchemas.errors(REGISTERED, data)).isEmpty();
        return data;
    }

    private static String updated(String donorId, String kind, String incomeCategory) {
        String data = """
                {"donorId":"%s","kind":"%s","incomeCategory":"%s","householdId":null,"postcodeArea":"10",
                 "updatedAt":"2026-02-01T09:00:00Z"}""".formatted(donorId, kind, incomeCategory);
        assertThat(EventSchemas.errors(UPDATED, data)).isEmpty();
        return data;
    }

    private static String merged(String survivorId, String mergedId) {
        String data = """
                {"survivorId":"%s","mergedId":"%s","mergedAt":"2026-02-01T09:00:00Z"}"""
                .formatted(survivorId, mergedId);
        assertThat(EventSchemas.errors(MERGED, data)).isEmpty();
        return data;
    }

    private static String erased(String donorId) {
        String data = """
                {"donorId":"%s","erasedAt":"2026-06-01T10:00:00Z"}""".formatted(donorId);
        assertThat(EventSchemas.errors(ERASED, data)).isEmpty();
        return data;
    }

    private static String fund(String fundId, String code, String earmarkClass, String activeFrom, String activeTo,
                               String status) {
        String data = """
                {"fundId":"%s","code":"%s","name":"Fund %s","earmarkClass":"%s","activeFrom":"%s",
                 "activeTo":%s,"funderDonorId":null,"status":"%s","definedAt":"2026-01-01T09:00:00Z"}"""
                .formatted(fundId, code, code, earmarkClass, activeFrom, quoted(activeTo), status);
        assertThat(EventSchemas.errors(FUND, data)).isEmpty();
        return data;
    }

    private static String campaign(String campaignId, String code, String parentCampaignId, String status) {
        String data = """
                {"campaignId":"%s","code":"%s","name":"Campaign %s","goal":"10000.00","currency":"EUR",
                 "startDate":"2026-01-01","endDate":"2026-12-31","status":"%s","parentCampaignId":%s,
                 "channel":%s,"definedAt":"2026-01-01T09:00:00Z"}"""
                .formatted(campaignId, code, code, status, quoted(parentCampaignId),
                        parentCampaignId == null ? "null" : "\"LETTER\"");
        assertThat(EventSchemas.errors(CAMPAIGN, data)).isEmpty();
        return data;
    }

    // ------------------------------------------------------------------ the consumer, the replicas

    /** Makes sure the channel consumes (its partitions are assigned), so that a pause holds every partition. */
    private void consuming() {
        fixtures.individual();
        await().atMost(Duration.ofSeconds(30)).until(consumer::assigned);
    }

    private String donorRow(String donorId) throws SQLException {
        return sql.value("select concat_ws(' ', kind, income_category, status, coalesce(survivor_id, '-')) "
                + "from donor_replica where donor_id = ?", donorId);
    }

    /** The donors' replica rows with their updated_at, to the microsecond. */
    private List<String> replicaRows(List<String> donorIds) throws SQLException {
        return sql.rows("select donor_id, kind, income_category, status, coalesce(survivor_id, '-'), "
                        + "cast(updated_at as char) from donor_replica where donor_id in (" + Sql.placeholders(donorIds)
                        + ")", donorIds, row -> String.join(" ", row));
    }

    private List<String> processedRows(List<String> ids) throws SQLException {
        return sql.rows("select event_id, event_type, cast(processed_at as char) from processed_event "
                + "where event_id in (" + Sql.placeholders(ids) + ")", ids, row -> String.join(" ", row));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
