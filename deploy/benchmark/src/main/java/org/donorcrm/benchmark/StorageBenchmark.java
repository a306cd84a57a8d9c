package org.donorcrm.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * (s) Sizing, run with (e): the bytes per event of crm.gifts (its log segments in $CRM_STATE_DIR/kafka/data
 * divided by its end offsets), and the rows and bytes of each table of crm_gift and crm_reporting
 * (information_schema after ANALYZE; tables of 1,000 rows or more listed).
 */
final class StorageBenchmark implements Section {

    private static final String[] SCHEMAS = {"crm_gift", "crm_reporting"};

    private final Results results;

    StorageBenchmark(Results results) {
        this.results = results;
    }

    @Override
    public void run() throws Exception {
        long giftEvents = KafkaClients.endOffsetSum("crm.gifts");
        long bytes = segmentBytes("crm.gifts");
        results.add(Row.alone("s", "Kafka disk per event on crm.gifts", giftEvents == 0 ? "n/a"
                : String.format(Locale.ROOT, "%d bytes/event (%,d events, %d MB of .log segments)", bytes / giftEvents,
                giftEvents, bytes / 1_000_000),
                String.format(Locale.ROOT, "=> %.2f GB per million gifts (one recorded event each), retention forever",
                        giftEvents == 0 ? 0 : bytes / (double) giftEvents * 1e6 / 1e9)));
        try (Connection c = Database.connect("information_schema"); Statement st = c.createStatement()) {
            for (String schema : SCHEMAS) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_schema='" + schema + "'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                StringBuilder detail = new StringBuilder();
                long total = 0;
                for (String t : tables) {
                    st.execute("analyze table " + schema + ".`" + t + "`");
                    long count = single(st, "select count(*) from " + schema + ".`" + t + "`");
                    long size = single(st, "select data_length + index_length from information_schema.tables where table_schema='"
                            + schema + "' and table_name='" + t + "'");
                    total += size;
                    if (count >= 1000) {
                        detail.append(String.format(Locale.ROOT, "%s %,d rows %d MB; ", t, count, size / 1_000_000));
                    }
                }
                results.add(Row.alone("s", "database " + schema,
                        String.format(Locale.ROOT, "%d MB (data + indexes)", total / 1_000_000), detail.toString()));
            }
        }
    }

    /** The bytes of a topic's .log segments on the broker's disk (every partition). */
    private static long segmentBytes(String topic) throws Exception {
        long bytes = 0;
        String partitionDir = topic.replace(".", "\\.") + "-[0-9]+";
        try (var dirs = Files.list(Stack.STATE.resolve("kafka/data"))) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                if (d.getFileName().toString().matches(partitionDir)) {
                    try (var files = Files.list(d)) {
                        for (Path f : (Iterable<Path>) files::iterator) {
                            if (f.toString().endsWith(".log")) {
                                bytes += Files.size(f);
                            }
                        }
                    }
                }
            }
        }
        return bytes;
    }

    private static long single(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
