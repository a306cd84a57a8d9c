package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.Format.fmtCount;
import static org.donorcrm.benchmark.Format.ratio;
import static org.donorcrm.benchmark.Log.log;
import static org.donorcrm.benchmark.Settings.SAMPLES;
import static org.donorcrm.benchmark.Settings.SEARCH_DONORS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * (f) Choosing a donor by typing: with BENCH_SEARCH_DONORS active donors in donor-service (default 100,000, written
 * straight into its table with Dutch-looking names, postcodes, cities and e-mail addresses; search reads only that
 * table), the search the screens' donor choice makes as a person types
 * ({@code GET /api/v1/donors?q=…&size=8&countUpTo=9}) is timed BENCH_FIGURE_SAMPLES times per typed text, after 3 warm-ups. Baseline in the same run: donor-service's
 * {@code GET /q/health/live}. The goal: under 200 ms (p99) for every text.
 */
final class DonorSearchBenchmark implements Section {

    private static final String[] FIRST = {"Anna", "Jan", "Sanne", "Pieter", "Fatima", "Mohamed", "Lotte", "Daan",
            "Emma", "Bram", "Noor", "Sem", "Julia", "Thijs", "Sophie", "Lucas", "Yara", "Milan", "Eva", "Ruben"};
    private static final String[] LAST = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
            "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
            "van Leeuwen", "Dekker", "Brouwer", "El Amrani", "Yilmaz", "Kramer", "Verhoeven", "Koster"};
    private static final String[] CITY = {"Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen",
            "Tilburg", "Almere", "Breda", "Nijmegen", "Leiden", "Zwolle", "Haarlem", "Arnhem", "Maastricht"};
    private static final String[] MAIL = {"gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "outlook.com",
            "xs4all.nl", "planet.nl"};
    /**
     * What people type: a short start, a surname, a whole name, a postcode (as typed, with and without space), an
     * e-mail part, a city, nothing that exists, a donor number.
     */
    private static final String[] TYPED = {"ja", "jans", "verhoeven", "lotte koster", "1017", "3511 ab", "ziggo",
            "groningen", "zzxq", "100050"};

    private final Results results;

    DonorSearchBenchmark(Results results) {
        this.results = results;
    }

    @Override
    public void run() throws Exception {
        long before = Database.count("crm_donor", "select count(*) from donor where status = 'ACTIVE'");
        if (before < SEARCH_DONORS) {
            insert(SEARCH_DONORS - before);
        }
        long donors = Database.count("crm_donor", "select count(*) from donor where status = 'ACTIVE'");
        Stats baseline = CrmHttp.sequential(Stack.DONOR + "/q/health/live", null, SAMPLES);
        for (String text : TYPED) {
            Stats s = CrmHttp.sequential(Stack.DONOR + "/api/v1/donors?size=8&countUpTo=9&q=" + CrmHttp.enc(text),
                    "fundraiser", SAMPLES);
            results.add(new Row("f", "donor search q=\"" + text + "\" (8 choices) with " + fmtCount(donors)
                    + " donors", s.percentiles() + (s.errors > 0 ? " (" + s.errors + " non-200: " + s.lastError + ")"
                    : ""), "GET /q/health/live (donor)", baseline.percentiles(), ratio(s.p99, baseline.p99) + " (p99)",
                    SAMPLES + " sequential requests after 3 warm-ups; goal p99 < 200 ms"));
        }
    }

    /** {@code n} active donors in one transaction, batches of 1,000; no events (search reads only this table). */
    private static void insert(long n) throws Exception {
        log("writing %,d donors into crm_donor.donor", n);
        Random random = new Random(20261207);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = Database.connect("crm_donor?rewriteBatchedStatements=true");
             PreparedStatement ps = c.prepareStatement("insert into donor (id, donor_number, kind, income_category, status, "
                     + "first_name, last_name, display_name, street, house_number, postcode, city, country, email, "
                     + "preferred_language, do_not_contact, created_at, created_by, updated_at, updated_by) values "
                     + "(?, ?, 'INDIVIDUAL', 'INDIVIDUALS', 'ACTIVE', ?, ?, ?, 'Dorpsstraat', ?, ?, ?, 'NL', ?, 'nl', false, "
                     + "?, 'benchmark', ?, 'benchmark')");
             Statement counter = c.createStatement()) {
            c.setAutoCommit(false);
            // donor numbers from donor-service's own counter, as registration takes them
            counter.executeUpdate("update donor_number_counter set value = last_insert_id(value + " + n
                    + ") where id = 1");
            long number;
            try (ResultSet rs = counter.executeQuery("select last_insert_id()")) {
                rs.next();
                number = rs.getLong(1) - n + 1;
            }
            for (long i = 0; i < n; i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String postcode = (1000 + random.nextInt(9000)) + " " + (char) ('A' + random.nextInt(26))
                        + (char) ('A' + random.nextInt(26));
                ps.setString(1, UUID.randomUUID().toString());
                ps.setLong(2, number + i);
                ps.setString(3, first);
                ps.setString(4, last);
                ps.setString(5, first + " " + last);
                ps.setString(6, Integer.toString(1 + random.nextInt(300)));
                ps.setString(7, postcode);
                ps.setString(8, CITY[random.nextInt(CITY.length)]);
                ps.setString(9, (first + "." + last).toLowerCase().replace(" ", "") + i + "@"
                        + MAIL[random.nextInt(MAIL.length)]);
                ps.setTimestamp(10, now);
                ps.setTimestamp(11, now);
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }
}
