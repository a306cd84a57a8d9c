package org.donorcrm.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rebuilds the read models from the log: empties the derived tables (never the finance inputs, which are owned
 * here), then replays crm.gifts, crm.donors and crm.campaigns from the start up to their end at that moment with
 * a group-less consumer (assign + seekToBeginning: the live consumer group's offsets are not touched), in
 * batches through {@link ReadModel}. The live consumers carry on meanwhile: an event they apply is recorded as
 * processed and the replay skips it, and every handler is order-tolerant, so both end in the same state.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    static final List<String> DERIVED_TABLES = List.of("campaign_cost", "income_day", "income_donor_year", "reversed_gift",
            "income_movement", "donor_alias", "donor_replica", "fund_replica", "campaign_replica", "processed_event");

    public record RebuildReport(Instant startedAt, long events, long unreadable, long millis,
                                long eventsPerSecond) {
    }

    /** Thrown when a rebuild is asked for while one runs. */
    public static class AlreadyRunning extends RuntimeException {
        public AlreadyRunning() {
            super("a rebuild is already running");
        }
    }

    private final EntityManager em;
    private final ReadModel readModel;
    private final FinanceInputs inputs;
    private final String bootstrapServers;
    private final List<String> topics;
    private final int batchSize;
    private final AtomicBoolean running = new AtomicBoolean();

    public Rebuild(EntityManager em, ReadModel readModel, FinanceInputs inputs,
                   @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                   @ConfigProperty(name = "crm.reporting.rebuild.topics") List<String> topics,
                   @ConfigProperty(name = "crm.reporting.rebuild.batch-size", defaultValue = "500") int batchSize) {
        this.em = em;
        this.readModel = readModel;
        this.inputs = inputs;
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.batchSize = batchSize;
    }

    public RebuildReport run(String actor) {
        if (!running.compareAndSet(false, true)) {
            throw new AlreadyRunning();
        }
        try {
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            empty();
            long[] counts = replay();
            long millis = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
            RebuildReport report = new RebuildReport(started, counts[0], counts[1], millis,
                    counts[0] * 1000 / millis);
            inputs.audit(actor, "READ_MODELS_REBUILT", "admin/rebuild", report);
            LOG.infof("read models rebuilt: %d events (%d unreadable) in %d ms", counts[0], counts[1], millis);
            return report;
        } finally {
            running.set(false);
        }
    }

    /**
     * Empties the derived tables in ONE transaction, so that a live consumer's batch is either wholly before it (and
     * replayed) or wholly after it (and skipped by the replay): emptying table by table (or TRUNCATE, which commits
     * per table) would let a batch commit in between and be lost or counted twice. At a million ledger rows the
     * delete takes minutes, longer than the default 60 s transaction timeout that first ended it.
     */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    void empty() {
        for (String table : DERIVED_TABLES) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    private long[] replay() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(batchSize));
        long events = 0;
        long unreadable = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reachedEnd(consumer, end)) {
                List<ReadModel.Envelope> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        batch.add(new ReadModel.Envelope(header(r, "ce_id"), header(r, "ce_type"), r.value()));
                    }
                }
                if (!batch.isEmpty()) {
                    unreadable += readModel.applyAll(batch);
                    events += batch.size();
                }
            }
        }
        return new long[] {events, unreadable};
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
