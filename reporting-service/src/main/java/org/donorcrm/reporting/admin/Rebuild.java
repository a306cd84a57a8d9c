package org.donorcrm.reporting.admin;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.donorcrm.platform.consume.Envelope;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.platform.i18n.Texts;
import org.donorcrm.platform.jobs.Job;
import org.donorcrm.platform.jobs.JobContext;
import org.donorcrm.platform.jobs.JobHandler;
import org.donorcrm.platform.jobs.Jobs;
import org.donorcrm.reporting.JobLanguage;
import org.donorcrm.reporting.JobMsg;
import org.donorcrm.reporting.Msg;
import org.donorcrm.reporting.finance.FinanceInputs;
import org.donorcrm.reporting.ledger.ReadModel;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Rebuilds the read models from the log, as a background job of the platform's facility (kind {@code rebuild},
 * subject {@code read-models}: one at a time across every replica, its progress on its page {@code /jobs/{id}}):
 * empties the derived tables (never the finance inputs, which are owned here), then replays crm.gifts, crm.donors
 * and crm.campaigns from the start up to their end at that moment with a group-less consumer (assign +
 * seekToBeginning: the live consumer group's offsets are not touched), in batches through {@link ReadModel}. The
 * live consumers carry on meanwhile: an event they apply is recorded as processed and the replay skips it, and every
 * handler is order-tolerant, so both end in the same state. The figures are incomplete until the replay ends.
 * <p>
 * A rebuild whose replica died is resumed by another: the emptying and its checkpoint commit together, so a resumed
 * run empties again only when the emptying never committed; otherwise it replays from the start once more, and the
 * events applied before the crash are skipped by their ids.
 * <p>
 * The job's params are the code of the language it was started in; what it came to is written in that language.
 */
@ApplicationScoped
public class Rebuild implements JobHandler {

    public static final String KIND = "rebuild";
    public static final String SUBJECT = "read-models";
    /** The checkpoint of a rebuild whose derived tables were emptied: from there it only replays. */
    static final String EMPTIED = "emptied";
    static final List<String> DERIVED_TABLES = List.of("campaign_cost", "income_day", "income_donor_year",
            "reversed_gift", "income_movement", "donor_alias", "donor_replica", "fund_replica", "campaign_replica",
            "mandate_replica", "agreement_replica", "grant_instalment", "known_gift", "processed_event");
    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    /** Progress goes to the job's row at most this often (each report is a transaction of its own). */
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    /** What a rebuild did; written to the audit trail. */
    public record RebuildReport(Instant startedAt, long events, long unreadable, long millis,
                                long eventsPerSecond) {
    }

    private final EntityManager em;
    private final ReadModel readModel;
    private final FinanceInputs inputs;
    private final Jobs jobs;
    private final String bootstrapServers;
    private final List<String> topics;
    private final int batchSize;

    public Rebuild(EntityManager em, ReadModel readModel, FinanceInputs inputs, Jobs jobs,
                   @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                   @ConfigProperty(name = "crm.reporting.rebuild.topics") List<String> topics,
                   @ConfigProperty(name = "crm.reporting.rebuild.batch-size", defaultValue = "500") int batchSize) {
        this.em = em;
        this.readModel = readModel;
        this.inputs = inputs;
        this.jobs = jobs;
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.batchSize = batchSize;
    }

    /**
     * Starts a rebuild in the background and returns its job at once.
     *
     * @throws org.donorcrm.platform.jobs.JobAlreadyRunning when a rebuild is queued or running (409)
     */
    public Job start(String actor) {
        return jobs.start(KIND, SUBJECT, JobLanguage.current(), actor);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return Texts.of(Msg.class).rebuildJobTitle();
    }

    @Override
    public String run(JobContext context) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        if (!EMPTIED.equals(context.checkpoint())) {
            empty(context);
        }
        long[] counts = replay(context);
        long millis = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
        RebuildReport report = new RebuildReport(started, counts[0], counts[1], millis, counts[0] * 1000 / millis);
        String actor = context.startedBy();
        inputs.audit(actor, "READ_MODELS_REBUILT", "admin/rebuild", report);
        LOG.infof("read models rebuilt: %d events (%d unreadable) in %d ms", counts[0], counts[1], millis);
        return JobLanguage.bundle(JobMsg.class, context.params()).rebuildJobDone(report.events(),
                report.unreadable(), Formats.decimal(BigDecimal.valueOf(millis, 3), 1), report.eventsPerSecond());
    }

    /**
     * Empties the derived tables in ONE transaction, so that a live consumer's batch is either wholly before it (and
     * replayed) or wholly after it (and skipped by the replay): emptying table by table (or TRUNCATE, which commits
     * per table) would let a batch commit in between and be lost or counted twice. At a million ledger rows the
     * delete takes minutes, longer than the default 60 s transaction timeout. The checkpoint is written last, in
     * the same transaction, so that the job's row is locked only for the commit (its heartbeat goes on meanwhile).
     */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    void empty(JobContext context) {
        for (String table : DERIVED_TABLES) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        context.checkpoint(EMPTIED, 0, null);
    }

    /** Replays the topics up to their end at this moment; {events read, unreadable events}. */
    private long[] replay(JobContext context) {
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
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            long total = end.entrySet().stream().mapToLong(e -> e.getValue() - beginning.get(e.getKey())).sum();
            context.progress(0, total);
            long reported = System.nanoTime();
            while (!reachedEnd(consumer, end)) {
                List<Envelope> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        batch.add(new Envelope(header(r, "ce_id"), header(r, "ce_type"), r.value()));
                    }
                }
                if (!batch.isEmpty()) {
                    unreadable += readModel.applyAll(batch);
                    events += batch.size();
                }
                if (System.nanoTime() - reported > PROGRESS_EVERY_NANOS) {
                    context.progress(events, total);
                    reported = System.nanoTime();
                }
            }
            context.progress(events, total);
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
