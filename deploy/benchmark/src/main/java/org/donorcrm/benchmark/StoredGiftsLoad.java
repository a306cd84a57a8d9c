package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Format.fmt;
import static org.donorcrm.benchmark.Log.log;
import static org.donorcrm.benchmark.Settings.STORED_GIFTS;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * The many gifts (d) times the figures over, loaded as events: N/10 synthetic donors published to crm.donors,
 * then N gift events published straight to crm.gifts (loading through the API would take hours here), until
 * reporting's ledger holds them. Every read model fed by those topics replays them meanwhile: the time until each
 * consumer group's committed offsets reach the topics' end is that service's live replay, a row of (c).
 */
final class StoredGiftsLoad {

    /** The consumer groups of crm.gifts, one per service whose read model it feeds. */
    static final String[] GIFT_CONSUMERS = {"donor-service", "campaign-service", "reporting-service"};
    /** The consumer groups of crm.donors (the services keeping a replica of donors' kind, category, household). */
    static final String[] DONOR_CONSUMERS = {"gift-service", "campaign-service", "reporting-service"};
    static final Map<String, String> GROUP_NOTES = Map.of(
            "donor-service", "giving summaries per donor (first/last/largest gift, totals per year)",
            "campaign-service", "campaign and appeal results",
            "reporting-service", "income ledger and its aggregates; committed offsets trail the ledger by the throttled commit");

    private final Results results;

    StoredGiftsLoad(Results results) {
        this.results = results;
    }

    /** Publishes and waits; adds the rows of the live replays (c) and of the load (d); the ledger rows now. */
    long load() throws Exception {
        long before = Database.ledgerRows();
        log("(d) publishing %,d crm.gift.recorded.v1 events to crm.gifts (ledger holds %,d rows)", STORED_GIFTS, before);
        Random random = new Random(42);
        int donorCount = Math.max(1000, STORED_GIFTS / 10);
        String[] synthetic = new String[donorCount];
        for (int i = 0; i < donorCount; i++) {
            synthetic[i] = new UUID(0x5eed_0000_0000_4000L | i, 0x8000_0000_0000_0000L | i).toString();
        }
        long known = Database.donorReplicas();
        long td0 = System.nanoTime();
        registerSyntheticDonors(synthetic);
        CatchUp donorsCaughtUp = new CatchUp(DONOR_CONSUMERS, KafkaClients.endOffsets("crm.donors"), td0, " on crm.donors");
        long donorDeadline = System.nanoTime() + 600_000_000_000L;
        while (Database.donorReplicas() < known + donorCount && System.nanoTime() < donorDeadline) {
            Thread.sleep(500);
        }
        log("  reporting knows the %,d donors (%,d in its donor replica)", donorCount, Database.donorReplicas());
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = KafkaClients.producer()) {
            LocalDate first = LocalDate.of(2024, 1, 1);
            for (int i = 0; i < STORED_GIFTS; i++) {
                String donor = synthetic[random.nextInt(donorCount)];
                String gift = UUID.randomUUID().toString();
                LocalDate date = first.plusDays(random.nextInt(730));
                String amount = (5 + random.nextInt(96)) + ".00";
                String data = "{\"giftId\":\"" + gift + "\",\"donorId\":\"" + donor + "\",\"amount\":\"" + amount
                        + "\",\"currency\":\"EUR\",\"incomeDate\":\"" + date + "\",\"receivedDate\":\"" + date
                        + "\",\"channel\":\"BANK_TRANSFER\",\"allocations\":[{\"line\":1,\"earmarkClass\":\"UNEARMARKED\","
                        + "\"fundCode\":\"ALG\",\"amount\":\"" + amount + "\"}],\"recordedAt\":\"" + date
                        + "T10:00:00Z\",\"campaignId\":null,\"appealId\":null}";
                producer.send(KafkaClients.cloudEvent("crm.gifts", donor, "crm.gift.recorded.v1", gift,
                        date + "T10:00:00Z", data));
            }
            producer.flush();
        }
        long published = System.nanoTime();
        log("  published in %.1f s; waiting for reporting's ledger and every consumer group of crm.gifts", (published - t0) / 1e9);
        long target = before + STORED_GIFTS;
        long deadline = System.nanoTime() + Math.max(600, STORED_GIFTS / 100) * 1_000_000_000L;
        long rowsNow = before;
        long loaded = 0;
        long lastLog = System.nanoTime();
        CatchUp giftsCaughtUp;
        try (Admin admin = KafkaClients.admin()) {
            giftsCaughtUp = new CatchUp(GIFT_CONSUMERS, KafkaClients.endOffsets("crm.gifts"), t0, "");
            while (System.nanoTime() < deadline && (loaded == 0 || !giftsCaughtUp.all() || !donorsCaughtUp.all())) {
                if (loaded == 0 && (rowsNow = Database.ledgerRows()) >= target) {
                    loaded = System.nanoTime();
                }
                giftsCaughtUp.check(admin);
                donorsCaughtUp.check(admin);
                Thread.sleep(1000);
                if (System.nanoTime() - lastLog > 30_000_000_000L) {
                    log("  ledger %,d of %,d rows; groups caught up: %s", rowsNow, target, giftsCaughtUp.at.keySet());
                    lastLog = System.nanoTime();
                }
            }
        }
        if (loaded == 0) {
            loaded = System.nanoTime();
        }
        giftsCaughtUp.addRows(STORED_GIFTS, "%s's read model: live consumer replaying %,d gift events published at once "
                + "to crm.gifts", group -> GROUP_NOTES.getOrDefault(group, ""));
        donorsCaughtUp.addRows(donorCount, "%s's donor replica: live consumer applying %,d donor events published at once "
                + "to crm.donors", group -> "while the gift events of (d) were consumed too");
        double consumeRate = (rowsNow - before) / ((loaded - t0) / 1e9);
        results.add(Row.alone("d", String.format(Locale.ROOT, "loading %,d gifts as events published to crm.gifts "
                        + "(not through the API)", STORED_GIFTS),
                String.format(Locale.ROOT, "reporting's live consumer applied them at %s events/s (%.0f s from "
                        + "the first send to the last row; publishing took %.0f s)",
                        fmt(consumeRate), (loaded - t0) / 1e9, (published - t0) / 1e9),
                String.format(Locale.ROOT, "ledger now %,d rows", rowsNow)));
        if (rowsNow < target) {
            throw new IllegalStateException("reporting's ledger holds " + rowsNow + " of " + target + " rows after the wait");
        }
        return rowsNow;
    }

    /**
     * Consumer groups replaying what was just published to a topic: when each group's committed offsets reached
     * the end the topic had after publishing.
     */
    private final class CatchUp {
        final String[] groups;
        final Map<TopicPartition, Long> end;
        /** System.nanoTime() of the first send. */
        final long from;
        final String onTopic;
        /** group -> System.nanoTime() it was seen caught up. */
        final Map<String, Long> at = new LinkedHashMap<>();

        CatchUp(String[] groups, Map<TopicPartition, Long> end, long from, String onTopic) {
            this.groups = groups;
            this.end = end;
            this.from = from;
            this.onTopic = onTopic;
        }

        boolean all() {
            return at.size() >= groups.length;
        }

        void check(Admin admin) throws Exception {
            for (String group : groups) {
                if (!at.containsKey(group) && KafkaClients.committedAtLeast(admin, group, end)) {
                    at.put(group, System.nanoTime());
                    log("  consumer group %s caught up%s after %.0f s", group, onTopic, (System.nanoTime() - from) / 1e9);
                }
            }
        }

        /** One row per group: {@code benchmark} is formatted with the group and the number of events. */
        void addRows(long events, String benchmark, Function<String, String> note) {
            for (String group : groups) {
                Long caughtUp = at.get(group);
                double seconds = caughtUp == null ? 0 : (caughtUp - from) / 1e9;
                results.addLiveReplay(new Row("c", String.format(Locale.ROOT, benchmark, group, events),
                        caughtUp == null ? "NOT caught up within the wait" : String.format(Locale.ROOT,
                                "%s events/s (%.0f s from the first send until the group's committed offsets reached "
                                        + "the end)", fmt(events / seconds), seconds),
                        "raw consume of the topics (row c)", "", "", note.apply(group)),
                        caughtUp == null ? null : events / seconds);
            }
        }
    }

    /**
     * Registers the synthetic donors by publishing crm.donor.registered.v1 events to crm.donors (no personal data,
     * like every event): 95 % individuals (one in five in a two-person household), 3 % companies, 1 % foundations,
     * 1 % lotteries, so that the figures grouped per donor kind, household and category work on known donors as in
     * production, not on gifts of unknown donors.
     */
    private static void registerSyntheticDonors(String[] ids) {
        log("(d) registering %,d synthetic donors through crm.donors", ids.length);
        try (KafkaProducer<String, String> producer = KafkaClients.producer()) {
            for (int i = 0; i < ids.length; i++) {
                int k = i % 100;
                String kind = k < 95 ? "INDIVIDUAL" : k < 98 ? "COMPANY" : k < 99 ? "FOUNDATION" : "LOTTERY";
                String category = switch (kind) {
                    case "INDIVIDUAL" -> "INDIVIDUALS";
                    case "COMPANY" -> "COMPANIES";
                    case "FOUNDATION" -> "OTHER_NONPROFITS";
                    default -> "LOTTERY_ORGANISATIONS";
                };
                int pair = i - i % 2;
                String household = k < 95 && pair % 10 == 0 && pair + 1 < ids.length && (pair + 1) % 100 < 95
                        ? "\"" + new UUID(0x4040_0000_0000_4000L | pair, 0x8000_0000_0000_0000L | pair) + "\"" : "null";
                String data = "{\"donorId\":\"" + ids[i] + "\",\"kind\":\"" + kind + "\",\"incomeCategory\":\"" + category
                        + "\",\"householdId\":" + household + ",\"postcodeArea\":null,\"registeredAt\":\"2023-12-01T10:00:00Z\"}";
                producer.send(KafkaClients.cloudEvent("crm.donors", ids[i], "crm.donor.registered.v1", ids[i],
                        "2023-12-01T10:00:00Z", data));
            }
            producer.flush();
        }
    }
}
