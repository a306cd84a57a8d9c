package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Format.fmt;
import static org.donorcrm.benchmark.Format.fmtCount;
import static org.donorcrm.benchmark.Format.pct;
import static org.donorcrm.benchmark.Log.log;
import static org.donorcrm.benchmark.Settings.RELAY_EVENTS;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (r) The outbox relay's publishing capacity with one and with two replicas of gift-service. The stack runs two
 * instances of every service (deploy/benchmark/run starts it with {@code --replicas 2} when r is selected, alone).
 * First gift-service-2 is stopped, so one relay publishes: N pending rows are written into gift-service's outbox in
 * one transaction (events of a type no read model uses, spread over 1,000 keys, each key's events numbered), and the
 * time from the commit until the last is marked sent gives events/s. Then gift-service-2 is started again and the
 * same is measured with two relays. Each phase then reads the topic back: every row exactly once (the normal
 * case: no crash), and each key's events in the order written. Baseline: a raw Kafka producer with the relay's
 * settings in the same run.
 */
final class RelayBenchmark implements Section {

    static final String PROBE = "crm.benchmark.relay-probe.v1";
    private static final String TOPIC = "crm.gifts";
    private static final Pattern PAYLOAD = Pattern.compile("\\{\"key\":\"([0-9a-f-]{36})\",\"n\":(\\d+)}");

    private final Results results;

    RelayBenchmark(Results results) {
        this.results = results;
    }

    @Override
    public void run() throws Exception {
        double raw = KafkaBaseline.throughput().rate;
        
        stack("stop_piece gift-service-2 30");
        Phase one = measure(1);
        stack("deploy/local/up --no-build --no-demo --replicas 2 >\"$CRM_STATE_DIR/up-relay.log\" 2>&1");
        Phase two = measure(2);

        for (Phase p : List.of(one, two)) {
            results.add(new Row("r", "outbox relay publishing " + fmtCount(RELAY_EVENTS) + " pending events, "
                    + p.replicas + (p.replicas == 1 ? " replica" : " replicas") + " of gift-service",
                    fmt(p.rate) + " events/s (" + fmt(p.seconds) + " s); on the topic " + fmtCount(p.onTopic)
                            + " (" + (p.onTopic - RELAY_EVENTS) + " twice), keys out of order: " + p.outOfOrder,
                    "raw Kafka produce→consume (acks=all, idempotent)", fmt(raw) + " msg/s", pct(p.rate / raw), ""));
        }
        results.add(Row.alone("r", "relay capacity, two replicas against one", fmt(two.rate / one.rate) + "×",
                "two relays publish different lanes (16, by key) at once; on 2 cores they share the CPU with the "
                        + "broker, the database and the consumers"));
        if (one.outOfOrder > 0 || two.outOfOrder > 0 || one.onTopic < RELAY_EVENTS || two.onTopic < RELAY_EVENTS) {
            throw new AssertionError("relay lost or reordered events: " + one + " / " + two);
        }
    }

    record Phase(int replicas, double rate, double seconds, long onTopic, long outOfOrder) {
    }

    private Phase measure(int replicas) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(UUID.randomUUID().toString());
        }
        Map<TopicPartition, Long> before = KafkaClients.endOffsets(TOPIC);
        long t0;
        try (Connection c = Database.connect("crm_gift?rewriteBatchedStatements=true")) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into outbox_event (event_id, event_type, "
                    + "aggregate_id, partition_key, occurred_at, payload) values (?, ?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < RELAY_EVENTS; i++) {
                    String key = keys.get(i % keys.size());
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, PROBE);
                    ps.setString(3, key);
                    ps.setString(4, key);
                    ps.setTimestamp(5, now);
                    ps.setString(6, "{\"key\":\"" + key + "\",\"n\":" + (i / keys.size()) + "}");
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            t0 = System.nanoTime();
        }
        log("(r) %d replica(s) [%s]: %,d events pending", replicas, run, RELAY_EVENTS);
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (Database.count("crm_gift", "select count(*) from outbox_event where event_type = '" + PROBE
                + "' and sent_at is null") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the relay did not publish " + RELAY_EVENTS + " events in 30 minutes");
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = RELAY_EVENTS / seconds;
        log("(r) %d replica(s): %,d events in %s s = %s events/s", replicas, RELAY_EVENTS, fmt(seconds), fmt(rate));
        long[] check = readBack(before, keys);
        return new Phase(replicas, rate, seconds, check[0], check[1]);
    }

    /** The probe events of these keys published since {@code before}: how many, and how many came out of order. */
    private static long[] readBack(Map<TopicPartition, Long> before, List<String> keys) {
        Map<String, Integer> last = new HashMap<>();
        for (String key : keys) {
            last.put(key, -1);
        }
        long count = 0;
        long outOfOrder = 0;
        Map<TopicPartition, Long> end = KafkaClients.endOffsets(TOPIC);
        try (KafkaConsumer<String, String> consumer = KafkaClients.consumer()) {
            consumer.assign(before.keySet());
            before.forEach(consumer::seek);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!reached(consumer, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    Integer previous = last.get(r.key());
                    if (previous == null) {
                        continue;
                    }
                    Matcher m = PAYLOAD.matcher(r.value());
                    if (!m.matches()) {
                        continue;
                    }
                    int n = Integer.parseInt(m.group(2));
                    count++;
                    // in order: each key's numbers 0, 1, 2, … (a repeat of the last one would be a resend)
                    if (n != previous + 1) {
                        outOfOrder++;
                    }
                    last.put(r.key(), Math.max(previous, n));
                }
            }
        }
        return new long[] {count, outOfOrder};
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** Runs a command of the local stack's scripts (stack-lib.sh functions available), with the run's settings. */
    private static void stack(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "source deploy/local/stack-lib.sh && " + command)
                .inheritIO();
        // the addresses this program was given are not settings of the stack: CRM_DB_BASE_URL would make
        // deploy/local/up take the stack's own MariaDB for an external MySQL
        builder.environment().remove("CRM_DB_BASE_URL");
        Process p = builder.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("'" + command + "' failed (exit " + p.exitValue() + ")");
        }
    }
}
