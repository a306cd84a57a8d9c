package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Format.fmt;
import static org.donorcrm.benchmark.Format.ms;
import static org.donorcrm.benchmark.Log.log;
import static org.donorcrm.benchmark.Settings.BASELINE_SECONDS;
import static org.donorcrm.benchmark.Settings.RAW_MESSAGES;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The broker's ceiling on this machine, the baseline of (a) and (c): plain clients with nothing behind them — a
 * producer with the relay's settings to a consumer on a fresh topic, and a consumer reading the CRM's topics.
 */
final class KafkaBaseline {

    /** What a raw consume read: how many events, at what rate. */
    record Consumed(long events, double rate) {
    }

    private KafkaBaseline() {
    }

    /** RAW_MESSAGES records of 600 bytes produced and consumed as fast as possible: the rate (msg/s). */
    static Stats throughput() throws Exception {
        String topic = "bench.raw." + System.currentTimeMillis();
        String payload = "x".repeat(600);
        AtomicLong consumed = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(1);
        long[] lastAt = new long[1];
        Thread consumer = consumerThread(topic, ready, (record, now) -> {
            if (consumed.incrementAndGet() == RAW_MESSAGES) {
                lastAt[0] = now;
            }
        }, () -> consumed.get() >= RAW_MESSAGES);
        ready.await(30, TimeUnit.SECONDS);
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = KafkaClients.producer()) {
            for (int i = 0; i < RAW_MESSAGES; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + (i % 1000), payload));
            }
            producer.flush();
        }
        consumer.join(300_000);
        Stats s = new Stats();
        s.rate = consumed.get() / (((lastAt[0] == 0 ? System.nanoTime() : lastAt[0]) - t0) / 1e9);
        log("(a0) raw Kafka: %,d messages produced and consumed at %s msg/s", consumed.get(), fmt(s.rate));
        return s;
    }

    /**
     * Records of 600 bytes produced at {@code rate}/s for BENCH_BASELINE_SECONDS, each carrying its send time:
     * the percentiles of send to receipt.
     */
    static Stats latency(int rate) throws Exception {
        String topic = "bench.rawlat." + System.currentTimeMillis();
        int total = rate * BASELINE_SECONDS;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(1);
        String pad = "x".repeat(580);
        Thread consumer = consumerThread(topic, ready, (record, now) -> {
            String v = record.value();
            latencies.add(now - Long.parseLong(v.substring(0, v.indexOf('|'))));
        }, () -> latencies.size() >= total);
        ready.await(30, TimeUnit.SECONDS);
        try (KafkaProducer<String, String> producer = KafkaClients.producer()) {
            long t0 = System.nanoTime();
            long interval = 1_000_000_000L / rate;
            for (int i = 0; i < total; i++) {
                Timing.waitUntil(t0 + i * interval);
                producer.send(new ProducerRecord<>(topic, "k" + (i % 100), System.nanoTime() + "|" + pad));
            }
            producer.flush();
        }
        consumer.join(60_000);
        Stats s = Stats.of(new ArrayList<>(latencies));
        log("(a0) raw Kafka latency at %d/s: p50 %s p99 %s", rate, ms(s.p50), ms(s.p99));
        return s;
    }

    /** Reads the topics from offset 0 to their present end, no processing, 500 records per poll. */
    static Consumed consumeFromStart(List<String> topics) {
        long events = 0;
        long t0 = System.nanoTime();
        try (KafkaConsumer<String, String> c = KafkaClients.consumer()) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String t : topics) {
                parts.addAll(KafkaClients.partitions(c, t, Duration.ofSeconds(10)));
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            while (!end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                events += c.poll(Duration.ofMillis(500)).count();
            }
        }
        return new Consumed(events, events / ((System.nanoTime() - t0) / 1e9));
    }

    private interface OnRecord {
        void accept(ConsumerRecord<String, String> record, long now);
    }

    /** A consumer of every partition of {@code topic} from the start; counts down {@code ready} once assigned. */
    private static Thread consumerThread(String topic, CountDownLatch ready, OnRecord onRecord, BooleanSupplier done) {
        Thread t = new Thread(() -> {
            try (KafkaConsumer<String, String> c = KafkaClients.consumer()) {
                // create the topic (auto-create) and assign all its partitions from the start
                try (KafkaProducer<String, String> producer = KafkaClients.producer()) {
                    producer.partitionsFor(topic);
                }
                List<TopicPartition> parts = KafkaClients.partitions(c, topic, Duration.ofSeconds(30));
                c.assign(parts);
                c.seekToBeginning(parts);
                parts.forEach(c::position);
                ready.countDown();
                long deadline = System.nanoTime() + 300_000_000_000L;
                while (!done.getAsBoolean() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(100))) {
                        onRecord.accept(r, System.nanoTime());
                    }
                }
            }
        }, "raw-consumer");
        t.start();
        return t;
    }
}
