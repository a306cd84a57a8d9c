package org.donorcrm.reporting.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.donorcrm.platform.http.Conflict;
import org.donorcrm.platform.http.NotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The dead-letter topics of the cluster ({@code <topic>.dlq.<consumer>}, written by SmallRye's dead-letter-queue
 * failure strategy of every service's consumers) as an admin sees them, and the replay of one record to its source
 * topic. Reading never joins a consumer group (assign + seek, up to the end offsets of the moment), so no
 * consumer's offsets move. A replay republishes the record's key, value and CloudEvents headers unchanged: every
 * consumer skips an event id it has applied, so a replay, or a repeated one, is safe. Payloads are never logged.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** A dead-letter topic's name: the source topic, ".dlq.", the consumer (Kafka's legal topic characters). */
    static final Pattern DLQ_TOPIC = Pattern.compile("([A-Za-z0-9._-]+)\\.dlq\\.([A-Za-z0-9._-]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One dead-lettered record, without its payload. */
    public record DeadLetter(String topic, int partition, long offset, String sourceTopic, Integer sourcePartition,
                             Long sourceOffset, String eventId, String eventType, Instant deadLetteredAt,
                             String eventTime, String reason, String cause, boolean replayed,
                             List<Replay> replays) {
    }

    /** One replay of a record, as recorded. */
    public record Replay(String replayedBy, Instant replayedAt) {
    }

    private final EntityManager em;
    private final String bootstrapServers;

    public DeadLetters(EntityManager em, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.em = em;
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record of every dead-letter topic now on the cluster: newest first. */
    public List<DeadLetter> list() {
        List<String> topics = dlqTopics();
        Map<String, List<Replay>> replays = replays();
        List<DeadLetter> letters = new ArrayList<>();
        if (topics.isEmpty()) {
            return letters;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the dead-letter topics could not be read to their end in time");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        letters.add(letter(r, replays.getOrDefault(key(r.topic(), r.partition(), r.offset()),
                                List.of())));
                    }
                }
            }
        }
        letters.sort(Comparator.comparing(DeadLetter::deadLetteredAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(DeadLetter::topic).thenComparingInt(DeadLetter::partition)
                .thenComparing(DeadLetter::offset, Comparator.reverseOrder()));
        return letters;
    }

    /** One record of a dead-letter topic; 404 when there is no such topic, partition or offset. */
    public DeadLetter find(String topic, int partition, long offset) {
        ConsumerRecord<byte[], byte[]> record = read(topic, partition, offset);
        return letter(record, replays().getOrDefault(key(topic, partition, offset), List.of()));
    }

    /**
     * Republishes one record to its source topic with its key, value and {@code ce_*} headers, then records the
     * replay. {@link Conflict} (409) when it was replayed before, unless {@code again}.
     */
    public DeadLetter replay(String topic, int partition, long offset, boolean again, String actor) {
        ConsumerRecord<byte[], byte[]> record = read(topic, partition, offset);
        List<Replay> before = replays().getOrDefault(key(topic, partition, offset), List.of());
        if (!before.isEmpty() && !again) {
            throw new Conflict(topic + "/" + partition + "/" + offset + " was replayed by "
                    + before.get(before.size() - 1).replayedBy() + " at " + before.get(before.size() - 1).replayedAt()
                    + "; add again=true to replay it once more");
        }
        String source = sourceTopic(record);
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(source, record.key(), record.value());
        for (Header header : record.headers()) {
            if (header.key().startsWith("ce_") || header.key().equals("content-type")) {
                out.headers().add(header.key(), header.value());
            }
        }
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(out).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + source, e);
        }
        // recorded after the send: a replay that did not happen is never recorded as done (a send whose record
        // then failed is harmless to repeat)
        record(topic, partition, offset, source, header(record, "ce_id"), header(record, "ce_type"), actor);
        LOG.infof("dead letter %s/%d/%d (event %s) replayed to %s by %s", topic, partition, offset,
                header(record, "ce_id"), source, actor);
        return find(topic, partition, offset);
    }

    @Transactional
    void record(String topic, int partition, long offset, String source, String eventId, String eventType,
                String actor) {
        DeadLetterReplay replay = new DeadLetterReplay();
        replay.dlqTopic = topic;
        replay.dlqPartition = partition;
        replay.dlqOffset = offset;
        replay.sourceTopic = source;
        replay.eventId = eventId == null ? null : truncate(eventId, 100);
        replay.eventType = eventType == null ? null : truncate(eventType, 100);
        replay.replayedBy = truncate(actor, 100);
        replay.replayedAt = Instant.now();
        em.persist(replay);
    }

    @Transactional
    Map<String, List<Replay>> replays() {
        Map<String, List<Replay>> replays = new HashMap<>();
        em.createQuery("from DeadLetterReplay r order by r.replayedAt, r.id", DeadLetterReplay.class)
                .getResultList().stream()
                .forEach(r -> replays.computeIfAbsent(key(r.dlqTopic, r.dlqPartition, r.dlqOffset),
                        k -> new ArrayList<>()).add(new Replay(r.replayedBy, r.replayedAt)));
        return replays;
    }

    private ConsumerRecord<byte[], byte[]> read(String topic, int partition, long offset) {
        if (topic == null || !DLQ_TOPIC.matcher(topic).matches() || topic.length() > 249) {
            throw new NotFound("no dead-letter topic " + (topic == null ? "" : truncate(topic, 60)));
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            if (!dlqTopics().contains(topic) || consumer.partitionsFor(topic, TIMEOUT).stream()
                    .noneMatch(p -> p.partition() == partition)) {
                throw new NotFound("no dead-letter topic partition " + topic + "/" + partition);
            }
            consumer.assign(List.of(tp));
            long first = consumer.beginningOffsets(List.of(tp), TIMEOUT).get(tp);
            long end = consumer.endOffsets(List.of(tp), TIMEOUT).get(tp);
            if (offset < first || offset >= end) {
                throw new NotFound("no record at offset " + offset + " of " + topic + "/" + partition);
            }
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() == offset) {
                        return r;
                    }
                    if (r.offset() > offset) {
                        // a compacted or transactional gap: there is no record at that offset
                        throw new NotFound("no record at offset " + offset + " of " + topic + "/" + partition);
                    }
                }
            }
            throw new IllegalStateException("the record " + topic + "/" + partition + "/" + offset
                    + " could not be read in time");
        }
    }

    private List<String> dlqTopics() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            return admin.listTopics(new ListTopicsOptions().listInternal(false)).names()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).stream()
                    .filter(name -> DLQ_TOPIC.matcher(name).matches())
                    .sorted()
                    .toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not list the topics of the cluster", e);
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        return new KafkaConsumer<>(props);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(props);
    }

    private static DeadLetter letter(ConsumerRecord<byte[], byte[]> r, List<Replay> replays) {
        return new DeadLetter(r.topic(), r.partition(), r.offset(), sourceTopic(r),
                integer(header(r, "dead-letter-partition")), longValue(header(r, "dead-letter-offset")),
                header(r, "ce_id"), header(r, "ce_type"),
                r.timestamp() < 0 ? null : Instant.ofEpochMilli(r.timestamp()), header(r, "ce_time"),
                header(r, "dead-letter-reason"), header(r, "dead-letter-cause"), !replays.isEmpty(), replays);
    }

    /** The topic the record was dead-lettered from: its header, or else the part of the name before ".dlq.". */
    private static String sourceTopic(ConsumerRecord<byte[], byte[]> r) {
        String source = header(r, "dead-letter-topic");
        if (source != null && !source.isBlank()) {
            return source;
        }
        java.util.regex.Matcher m = DLQ_TOPIC.matcher(r.topic());
        return m.matches() ? m.group(1) : r.topic();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static String key(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
