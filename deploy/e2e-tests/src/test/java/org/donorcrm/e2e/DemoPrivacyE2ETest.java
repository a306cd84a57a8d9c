package org.donorcrm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.donorcrm.demo.DemoData;
import org.donorcrm.demo.DemoGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The privacy check of issue 11, item 5, against the demo organisation as the README's run command loads it:
 * reads every topic of the running stack end to end (keys, headers and values; dead-letter topics included) and
 * every log file of {@code .local/logs}, and fails on any personal data of a demo donor — full names, e-mail
 * addresses, phone numbers, street addresses and IBANs of the private donors ({@link DemoGenerator#generate()},
 * the same deterministic set the loader sent to donor-service). Organisations' names are not personal data and
 * are not looked for.
 *
 * <p>Reads without a consumer group (assign + seek to the beginning, up to the end offsets of the moment), so no
 * service's offsets move. Properties: {@code crm.e2e.kafka} (default 127.0.0.1:9092) and
 * {@code crm.e2e.state-dir} (the local stack's state directory, default {@code ../../.local}).
 */
class DemoPrivacyE2ETest {

    private static final String KAFKA = System.getProperty("crm.e2e.kafka", "127.0.0.1:9092");
    private static final Path STATE_DIR = Path.of(System.getProperty("crm.e2e.state-dir", "../../.local"));

    @Test
    @DisplayName("no demo donor's name, e-mail, phone, address or IBAN is on any topic or in any log")
    void noPersonalDataOnTopicsOrInLogs() throws IOException {
        Set<String> needles = personalData(DemoGenerator.generate());
        assertThat(needles).as("the demo's private donors give personal values to look for").hasSize(3261);

        Map<String, Long> recordsPerTopic = new TreeMap<>();
        List<String> hits = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).values().stream()
                    .flatMap(List::stream)
                    .filter(p -> !p.topic().startsWith("__"))
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                assertThat(System.nanoTime()).as("every topic read to its end within 3 minutes").isLessThan(deadline);
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    recordsPerTopic.merge(record.topic(), 1L, Long::sum);
                    StringBuilder text = new StringBuilder();
                    text.append(utf8(record.key())).append('\n').append(utf8(record.value()));
                    for (Header header : record.headers()) {
                        text.append('\n').append(header.key()).append(':').append(utf8(header.value()));
                    }
                    find(needles, text.toString(), record.topic() + "/" + record.partition() + "@" + record.offset(),
                            hits);
                }
            }
        }
        assertThat(recordsPerTopic.getOrDefault("crm.gifts", 0L))
                .as("the demo's gift events are on crm.gifts (records per topic: %s)", recordsPerTopic)
                .isGreaterThan(5000L);
        assertThat(recordsPerTopic).containsKey("crm.donors");

        List<Path> logs;
        try (Stream<Path> files = Files.list(STATE_DIR.resolve("logs"))) {
            logs = files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().contains(".log")).toList();
        }
        assertThat(logs).as("the services' logs in %s", STATE_DIR.resolve("logs").toAbsolutePath())
                .anyMatch(f -> f.getFileName().toString().startsWith("donor-service.log"));
        for (Path log : logs) {
            find(needles, new String(Files.readAllBytes(log), StandardCharsets.UTF_8), log.getFileName().toString(),
                    hits);
        }

        assertThat(hits).as("personal data of demo donors found (read %s records: %s; %d log files)",
                recordsPerTopic.values().stream().mapToLong(Long::longValue).sum(), recordsPerTopic, logs.size())
                .isEmpty();
    }

    /** The private donors' personal values, lower-cased; a value shorter than 6 characters is too common to test. */
    static Set<String> personalData(DemoData data) {
        Set<String> values = new LinkedHashSet<>();
        for (DemoData.Donor donor : data.donors()) {
            if (!"INDIVIDUAL".equals(donor.kind())) {
                continue;
            }
            add(values, donor.firstName() + " " + donor.lastName());
            add(values, donor.email());
            add(values, donor.phone());
            add(values, donor.iban());
            if (donor.street() != null) {
                add(values, donor.street() + " " + donor.houseNumber());
            }
        }
        return values;
    }

    private static void add(Set<String> values, String value) {
        if (value != null && value.strip().length() >= 6) {
            values.add(value.strip().toLowerCase(Locale.ROOT));
        }
    }

    private static void find(Set<String> needles, String text, String where, List<String> hits) {
        String haystack = text.toLowerCase(Locale.ROOT);
        for (String needle : needles) {
            if (haystack.contains(needle)) {
                hits.add(where + ": " + needle);
            }
        }
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<byte[], byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }
}
