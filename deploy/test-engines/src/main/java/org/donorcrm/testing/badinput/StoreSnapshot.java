package org.donorcrm.testing.badinput;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a service has stored, reduced to numbers that any write changes: the row count of every table of its
 * database (Flyway's history left out) and the end offset of every partition of every topic of its Kafka
 * broker. Two equal snapshots around a request mean the request stored nothing and published nothing.
 */
public final class StoreSnapshot implements AutoCloseable {

    private final DataSource database;
    private final KafkaConsumer<byte[], byte[]> kafka;
    private List<String> tables;

    public StoreSnapshot(DataSource database, String kafkaBootstrapServers) {
        this.database = database;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "bad-input-corpus");
        this.kafka = new KafkaConsumer<>(config);
    }

    /** Table → rows and "topic-partition" → end offset, sorted by name. */
    public Map<String, Long> take() {
        Map<String, Long> counts = new TreeMap<>();
        counts.putAll(rowCounts());
        counts.putAll(endOffsets());
        return counts;
    }

    /**
     * Table → rows only: what a request stores in its own transaction, the outbox row of an event included
     * (the relay publishes it later, so the topics are compared around the whole corpus instead).
     */
    public Map<String, Long> tables() {
        return rowCounts();
    }

    /** The entries that differ between two snapshots, as "name: before → after"; empty when equal. */
    public static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            Long a = before.get(name);
            Long b = after.get(name);
            if (a == null || !a.equals(b)) {
                differences.add(name + ": " + a + " → " + b);
            }
        }
        return differences;
    }

    /** Waits until two snapshots a second apart are equal (background consumers and relays have settled). */
    public Map<String, Long> settled(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Long> last = take();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Map<String, Long> now = take();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the service's store did not settle within " + timeout + ": " + last);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            if (tables == null) {
                tables = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                    while (rs.next()) {
                        String table = rs.getString(1);
                        if (!table.equalsIgnoreCase("flyway_schema_history")) {
                            tables.add(table);
                        }
                    }
                }
                if (tables.isEmpty()) {
                    throw new AssertionError("the service's database has no tables");
                }
            }
            StringBuilder sql = new StringBuilder();
            for (String table : tables) {
                sql.append(sql.isEmpty() ? "" : " UNION ALL ")
                        .append("SELECT '").append(table).append("', COUNT(*) FROM `").append(table).append('`');
            }
            try (ResultSet rs = statement.executeQuery(sql.toString())) {
                while (rs.next()) {
                    counts.put("table " + rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of the service's tables", e);
        }
        return counts;
    }

    private Map<String, Long> endOffsets() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (Map.Entry<String, List<PartitionInfo>> topic : kafka.listTopics(Duration.ofSeconds(30)).entrySet()) {
            if (topic.getKey().startsWith("__")) {
                continue;
            }
            for (PartitionInfo p : topic.getValue()) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
        }
        Map<String, Long> offsets = new TreeMap<>();
        kafka.endOffsets(partitions, Duration.ofSeconds(30))
                .forEach((tp, offset) -> offsets.put("topic " + tp.topic() + "-" + tp.partition(), offset));
        return offsets;
    }

    @Override
    public void close() {
        kafka.close(Duration.ofSeconds(5));
    }
}
