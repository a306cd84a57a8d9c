package org.donorcrm.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarks behind docs/performance.md, each measured in the same run as its baseline, against a running
 * stack (deploy/benchmark/run starts its own). Sizes and durations come from BENCH_* environment variables (see
 * deploy/benchmark/run). Writes {@code <BENCH_RESULTS>.md} and {@code .csv} and prints the table.
 */
public final class Benchmark {

    // ------------------------------------------------------------------------------------------ settings
    static final String OIDC = env("CRM_OIDC_URL", "http://127.0.0.1:8180/realms/donor-crm");
    static final String DONOR = env("CRM_DONOR_URL", "http://127.0.0.1:8081");
    static final String GIFT = env("CRM_GIFT_URL", "http://127.0.0.1:8082");
    static final String CAMPAIGN = env("CRM_CAMPAIGN_URL", "http://127.0.0.1:8083");
    static final String REPORTING = env("CRM_REPORTING_URL", "http://127.0.0.1:8084");
    static final String KAFKA = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    static final String DB = env("CRM_DB_BASE_URL", "jdbc:mysql://127.0.0.1:3306");
    static final String DB_USER = env("CRM_DB_USER", "crm");
    static final String DB_PASSWORD = env("CRM_DB_PASSWORD", "crm");
    static final Path STATE = Path.of(env("CRM_STATE_DIR", ".bench"));
    static final String PASSWORD = env("CRM_DEMO_PASSWORD", "demo");

    static final int[] RATES = Arrays.stream(env("BENCH_RATES", "25,50,100,200,400").split(","))
            .map(String::trim).mapToInt(Integer::parseInt).toArray();
    static final int STEP_SECONDS = intEnv("BENCH_STEP_SECONDS", 20);
    static final int LATENCY_RATE = intEnv("BENCH_LATENCY_RATE", 200);
    static final int SETTLE_SECONDS = intEnv("BENCH_SETTLE_SECONDS", 10);
    static final int DONORS = intEnv("BENCH_DONORS", 100);
    static final int CAMT_LINES = intEnv("BENCH_CAMT_LINES", 100_000);
    static final int STORED_GIFTS = intEnv("BENCH_STORED_GIFTS", 1_000_000);
    static final int SAMPLES = intEnv("BENCH_FIGURE_SAMPLES", 50);
    static final int RAW_MESSAGES = intEnv("BENCH_RAW_MESSAGES", 100_000);
    static final int BASELINE_SECONDS = intEnv("BENCH_BASELINE_SECONDS", 10);
    /** Gifts recorded before (a) is measured, not counted: the services' and the broker's JIT compile first. */
    static final int WARMUP_SECONDS = intEnv("BENCH_WARMUP_SECONDS", 60);
    static final int WARMUP_RATE = intEnv("BENCH_WARMUP_RATE", 50);
    static final String ONLY = env("BENCH_ONLY", "a,b,c,d,e");
    static final Path OUT = Path.of(env("BENCH_RESULTS", "deploy/benchmark/results/"
            + LocalDate.now() + "-" + host()));

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final String[] SERVICES = {"donor-service", "gift-service", "campaign-service", "reporting-service"};
    static final String[] ENGINES = {"mariadb", "kafka", "keycloak"};
    /** The consumer groups of crm.gifts, one per service whose read model it feeds. */
    static final String[] GIFT_CONSUMERS = {"donor-service", "campaign-service", "reporting-service"};
    /** The consumer groups of crm.donors (the services keeping a replica of donors' kind, category, household). */
    static final String[] DONOR_CONSUMERS = {"gift-service", "campaign-service", "reporting-service"};
    static final Map<String, String> GROUP_NOTES = Map.of(
            "donor-service", "giving summaries per donor (first/last/largest gift, totals per year)",
            "campaign-service", "campaign and appeal results",
            "reporting-service", "income ledger and its aggregates; committed offsets trail the ledger by the throttled commit");

    /** One line of the results table. */
    record Row(String id, String benchmark, String figure, String baseline, String baselineFigure, String ratio,
               String note) {
    }

    final List<Row> rows = new ArrayList<>();
    /** Rows of the consumer groups' catch-up (measured in d) and their rates: (c) adds the raw consume baseline. */
    final Map<Integer, Double> catchUpRates = new java.util.LinkedHashMap<>();
    final List<String> donors = new ArrayList<>();
    final Map<String, long[]> rss = new ConcurrentHashMap<>(); // piece -> {at rest, peak under load, rest after}
    volatile boolean sampling;
    /** {epoch ms, 1-minute load average} every 2 s: the machine is shared, so every section notes its load. */
    final List<double[]> loads = Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> sectionLoads = Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    final long startedAt = System.currentTimeMillis();

    public static void main(String[] args) throws Exception {
        Benchmark b = new Benchmark();
        b.run();
        // a benchmark that could not run (an exception, not a slow figure) fails the command, so CI notices
        if (b.rows.stream().anyMatch(row -> "FAILED".equals(row.benchmark()))) {
            log("benchmark: at least one benchmark FAILED (see the table)");
            System.exit(1);
        }
    }

    void run() throws Exception {
        log("benchmark: rates %s/s x %d s, latency at %d/s, CAMT %,d lines, %,d stored gifts, results %s",
                Arrays.toString(RATES), STEP_SECONDS, LATENCY_RATE, CAMT_LINES, STORED_GIFTS, OUT);
        for (String piece : pieces()) {
            rss.put(piece, new long[] {rssKb(piece), 0, 0});
        }
        Thread sampler = new Thread(this::sampleRss, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Thread loadSampler = new Thread(this::sampleLoad, "load-sampler");
        loadSampler.setDaemon(true);
        loadSampler.start();
        sectionLoads.put("start", String.format(Locale.ROOT, "%.1f", load1()));
        registerDonors();
        section("a", this::steadyRate);
        section("b", this::camtImport);
        section("d", this::storedGifts);
        section("c", this::replay);
        section("e", this::memory);
        section("e", this::sizing);
        write();
    }

    interface Section {
        void run() throws Exception;
    }

    void section(String id, Section s) {
        if (!Arrays.asList(ONLY.split(",")).contains(id)) {
            return;
        }
        long from = System.currentTimeMillis();
        try {
            s.run();
        } catch (Exception | AssertionError e) {
            log("benchmark (%s) failed: %s", id, e);
            e.printStackTrace();
            rows.add(new Row(id, "FAILED", String.valueOf(e), "", "", "", "see the run log"));
        } finally {
            noteLoad(id, from, System.currentTimeMillis());
        }
    }

    /** The 1-minute load average during a section: mean and max of the samples (2 cores: load 2 = fully busy). */
    void noteLoad(String id, long from, long to) {
        double sum = 0;
        double max = 0;
        int n = 0;
        synchronized (loads) {
            for (double[] l : loads) {
                if (l[0] >= from && l[0] <= to) {
                    sum += l[1];
                    max = Math.max(max, l[1]);
                    n++;
                }
            }
        }
        if (n > 0) {
            String note = String.format(Locale.ROOT, "mean %.1f, max %.1f over %d min", sum / n, max, (to - from) / 60_000);
            sectionLoads.merge(id, note, (a, b) -> a + "; " + b);
            log("(%s) load average during the section: %s", id, note);
        }
    }

    void sampleLoad() {
        while (true) {
            loads.add(new double[] {System.currentTimeMillis(), load1()});
            sleep(2000);
        }
    }

    static double load1() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    // ----------------------------------------------------------------------- (a) steady-rate gift recording

    void steadyRate() throws Exception {
        if (WARMUP_SECONDS > 0) {
            // A stack measured straight after its start measures the JIT: on 2 cores 25 gifts/s answered p50 4.2 s
            // on a just-started stack, 81 ms after this warm-up (results 2026-12-05-2250, 2026-12-06-0004).
            // Production services run warm.
            log("(a) warm-up, not counted: %d gifts/s for %d s", WARMUP_RATE, WARMUP_SECONDS);
            Step warm = step(WARMUP_RATE, WARMUP_SECONDS, LocalDate.of(2020, 12, 15));
            rows.add(new Row("a-", "warm-up before (a), not counted: gifts via POST /api/v1/gifts at " + WARMUP_RATE
                    + "/s for " + WARMUP_SECONDS + " s (income date 2020-12-15)", fmt(warm.achieved) + " accepted/s",
                    "", "", "", "POST p50 " + ms(warm.post.p50) + " p99 " + ms(warm.post.p99)
                            + "; the services and the broker compile their hot paths first, as in production"));
        }
        Stats raw = rawKafka();
        rows.add(new Row("a0", "raw Kafka produce->consume, as fast as possible (" + RAW_MESSAGES + " msgs of 600 B, acks=all)",
                fmt(raw.rate) + " msg/s", "", "", "", "the broker's ceiling on this machine"));
        Stats rawLatency = rawKafkaLatency(LATENCY_RATE);
        rows.add(new Row("a0", "raw Kafka produce->consume latency at " + LATENCY_RATE + "/s",
                "p50 " + ms(rawLatency.p50) + ", p99 " + ms(rawLatency.p99), "", "", "", ""));
        Stats http = rawHttp(GIFT + "/q/health/live", 16, BASELINE_SECONDS);
        rows.add(new Row("a0", "raw HTTP no-op GET /q/health/live (gift-service, 16 concurrent)",
                fmt(http.rate) + " req/s", "", "", "", "p50 " + ms(http.p50) + ", p99 " + ms(http.p99)));
        int highest = 0;
        int month = 1;
        for (int rate : RATES) {
            LocalDate date = LocalDate.of(2021, month++, 15);
            Step step = step(rate, STEP_SECONDS, date);
            String verdict = step.keptUp() ? "keeps up" : "FALLS BEHIND";
            rows.add(new Row("a", "gifts via POST /api/v1/gifts at " + rate + "/s for " + STEP_SECONDS + " s",
                    String.format(Locale.ROOT, "%s: %s accepted/s, figure complete %.1f s after the last 201, "
                                    + "outbox backlog %d, %d errors%s", verdict, fmt(step.achieved), step.catchUpSeconds,
                            step.backlog, step.errors, step.shed == 0 ? "" : String.format(Locale.ROOT,
                                    " (of which %d not sent: 4,000 requests were already waiting)", step.shed)),
                    "raw Kafka produce->consume", fmt(raw.rate) + " msg/s",
                    pct(step.achieved / raw.rate),
                    "POST p50 " + ms(step.post.p50) + " p99 " + ms(step.post.p99)
                            + "; gift-to-figure p50 " + ms(step.visible.p50) + " p99 " + ms(step.visible.p99)));
            if (step.keptUp()) {
                highest = Math.max(highest, rate);
            }
            if (rate == LATENCY_RATE) {
                rows.add(new Row("a", "gift-to-figure latency at " + rate + "/s (201 -> row in reporting's drill-down)",
                        "p50 " + ms(step.visible.p50) + ", p99 " + ms(step.visible.p99),
                        "raw Kafka produce->consume at " + rate + "/s",
                        "p50 " + ms(rawLatency.p50) + ", p99 " + ms(rawLatency.p99),
                        ratio(step.visible.p99, rawLatency.p99) + " (p99)",
                        "visibility polled every 100 ms: +<=100 ms resolution"));
            }
        }
        rows.add(new Row("a", "highest steady rate at which relay and every consumer keep up",
                highest + " gifts/s (of the rates tried: " + Arrays.toString(RATES) + ")",
                "raw Kafka produce->consume", fmt(raw.rate) + " msg/s", pct(highest / raw.rate),
                "keeps up = >=95% of the rate accepted, no errors, figure complete within " + SETTLE_SECONDS
                        + " s of the last 201, outbox empty"));
    }

    final class Step {
        double achieved;
        double catchUpSeconds;
        long backlog;
        int errors;
        /** Requests the generator did not send because 4,000 were already waiting: counted in errors. */
        int shed;
        int rate;
        Stats post;
        Stats visible;
        boolean complete;

        boolean keptUp() {
            return errors == 0 && achieved >= 0.95 * rate && complete && catchUpSeconds <= SETTLE_SECONDS
                    && backlog == 0;
        }
    }

    Step step(int rate, int seconds, LocalDate date) throws Exception {
        log("(a) %d gifts/s for %d s, income date %s", rate, seconds, date);
        int total = rate * seconds;
        Map<String, Long> acked = new ConcurrentHashMap<>();
        long[] sentAt = new long[total];
        long[] ackAt = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger shed = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        Map<String, Long> seen = new ConcurrentHashMap<>();
        Poller poller = new Poller(date, seen);
        poller.start();
        String token = token("finance");
        long t0 = System.nanoTime() + 200_000_000L;
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = t0 + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (i % rate == 0) {
                token = token("finance");
            }
            if (inFlight.get() > 4000) { // overloaded: count as failed rather than queue forever
                errors.incrementAndGet();
                shed.incrementAndGet();
                done.countDown();
                continue;
            }
            String body = "{\"donorId\":\"" + donors.get(i % donors.size()) + "\",\"amount\":\"10.00\","
                    + "\"currency\":\"EUR\",\"incomeDate\":\"" + date + "\",\"channel\":\"ONLINE\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(GIFT + "/api/v1/gifts"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            final int n = i;
            sentAt[n] = System.nanoTime();
            inFlight.incrementAndGet();
            HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                inFlight.decrementAndGet();
                try {
                    if (failure == null && response.statusCode() == 201) {
                        ackAt[n] = now;
                        acked.put(JSON.readTree(response.body()).get("id").asText(), now);
                    } else {
                        if (errors.incrementAndGet() <= 3) {
                            log("  gift %d: %s", n, failure != null ? failure : response.statusCode() + " " + response.body());
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        long lastSent = System.nanoTime();
        done.await(120, TimeUnit.SECONDS);
        long lastAck = Arrays.stream(ackAt).max().orElse(lastSent);
        long backlogAtEnd = outboxBacklog();
        // wait until the figure holds every accepted gift (or the settle time passed, times 3 to see how far)
        long deadline = System.nanoTime() + SETTLE_SECONDS * 3_000_000_000L;
        while (System.nanoTime() < deadline && !seen.keySet().containsAll(acked.keySet())) {
            Thread.sleep(50);
        }
        poller.stop();
        Step step = new Step();
        step.rate = rate;
        step.errors = errors.get();
        step.shed = shed.get();
        step.achieved = acked.size() / ((Math.max(lastAck, lastSent) - t0) / 1e9);
        step.complete = seen.keySet().containsAll(acked.keySet());
        long lastVisible = acked.keySet().stream().mapToLong(id -> seen.getOrDefault(id, Long.MAX_VALUE)).max().orElse(lastAck);
        step.catchUpSeconds = step.complete ? Math.max(0, (lastVisible - lastAck) / 1e9) : Double.POSITIVE_INFINITY;
        step.backlog = outboxBacklog(); // after the settle wait: a relay that keeps up has nothing pending
        List<Long> post = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (ackAt[i] > 0) {
                post.add(ackAt[i] - sentAt[i]);
            }
        }
        step.post = Stats.of(post);
        List<Long> vis = new ArrayList<>();
        acked.forEach((id, at) -> {
            Long s = seen.get(id);
            if (s != null) {
                vis.add(Math.max(0, s - at));
            }
        });
        step.visible = Stats.of(vis);
        log("  accepted %d/%d (%s/s), %d errors (%d not sent), complete=%s %.1f s after the last 201, outbox backlog at end of load %d, "
                        + "POST p99 %s, visible p50 %s p99 %s", acked.size(), total, fmt(step.achieved), step.errors,
                step.shed, step.complete, step.catchUpSeconds, backlogAtEnd, ms(step.post.p99), ms(step.visible.p50),
                ms(step.visible.p99));
        Thread.sleep(2000);
        return step;
    }

    /** Polls reporting's drill-down for one income date and notes when each gift first shows. */
    final class Poller {
        final LocalDate date;
        final Map<String, Long> seen;
        volatile boolean running = true;
        Thread thread;

        Poller(LocalDate date, Map<String, Long> seen) {
            this.date = date;
            this.seen = seen;
        }

        void start() {
            thread = new Thread(() -> {
                int known = 0;
                while (running) {
                    try {
                        int page = known / 500;
                        JsonNode body = getJson(REPORTING + "/api/v1/figures/allocations?year=" + date.getYear()
                                + "&month=" + date.getMonthValue() + "&size=500&page=" + page, "director");
                        long now = System.nanoTime();
                        int items = 0;
                        for (JsonNode item : body.get("items")) {
                            seen.putIfAbsent(item.get("giftId").asText(), now);
                            items++;
                        }
                        known = page * 500 + items;
                        if (items < 500) {
                            Thread.sleep(100);
                        }
                    } catch (Exception e) {
                        sleep(200);
                    }
                }
            }, "figure-poller");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(5000);
        }
    }

    Stats rawKafka() throws Exception {
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
        try (KafkaProducer<String, String> producer = producer()) {
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

    Stats rawKafkaLatency(int rate) throws Exception {
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
        try (KafkaProducer<String, String> producer = producer()) {
            long t0 = System.nanoTime();
            long interval = 1_000_000_000L / rate;
            for (int i = 0; i < total; i++) {
                long wait = t0 + i * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                producer.send(new ProducerRecord<>(topic, "k" + (i % 100), System.nanoTime() + "|" + pad));
            }
            producer.flush();
        }
        consumer.join(60_000);
        Stats s = Stats.of(new ArrayList<>(latencies));
        log("(a0) raw Kafka latency at %d/s: p50 %s p99 %s", rate, ms(s.p50), ms(s.p99));
        return s;
    }

    interface OnRecord {
        void accept(ConsumerRecord<String, String> record, long now);
    }

    interface Done {
        boolean done();
    }

    Thread consumerThread(String topic, CountDownLatch ready, OnRecord onRecord, Done done) {
        Thread t = new Thread(() -> {
            Properties p = consumerProps();
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
                // create the topic (auto-create) and assign all its partitions from the start
                try (KafkaProducer<String, String> producer = producer()) {
                    producer.partitionsFor(topic);
                }
                List<TopicPartition> parts = new ArrayList<>();
                c.partitionsFor(topic, Duration.ofSeconds(30)).forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
                c.assign(parts);
                c.seekToBeginning(parts);
                parts.forEach(c::position);
                ready.countDown();
                long deadline = System.nanoTime() + 300_000_000_000L;
                while (!done.done() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(100))) {
                        onRecord.accept(r, System.nanoTime());
                    }
                }
            }
        }, "raw-consumer");
        t.start();
        return t;
    }

    Stats rawHttp(String url, int concurrency, int seconds) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    try {
                        HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding());
                        latencies.add(System.nanoTime() - s);
                    } catch (Exception e) {
                        sleep(10);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        Stats s = Stats.of(new ArrayList<>(latencies));
        s.rate = latencies.size() / ((System.nanoTime() - t0) / 1e9);
        log("(baseline) HTTP %s: %s req/s, p50 %s p99 %s", url, fmt(s.rate), ms(s.p50), ms(s.p99));
        return s;
    }

    // --------------------------------------------------------------------------------- (b) CAMT.053 import

    void camtImport() throws Exception {
        LocalDate date = LocalDate.of(2022, 3, 2);
        log("(b) CAMT.053 statement of %,d credits (booking date %s)", CAMT_LINES, date);
        String id = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder entries = new StringBuilder(CAMT_LINES * 700);
        for (int i = 0; i < CAMT_LINES; i++) {
            String donor = donors.get(i % donors.size());
            entries.append("<Ntry><Amt Ccy=\"EUR\">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>")
                    .append("<BookgDt><Dt>").append(date).append("</Dt></BookgDt><ValDt><Dt>").append(date)
                    .append("</Dt></ValDt><AcctSvcrRef>").append(id).append('-').append(i).append("</AcctSvcrRef>")
                    .append("<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>")
                    .append("<NtryDtls><TxDtls><Refs/><RltdPties><Dbtr><Nm>Donor</Nm></Dbtr></RltdPties>")
                    .append("<RmtInf><Ustrd>gift ").append(donor).append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
        }
        String closing = String.format(Locale.ROOT, "%d.00", CAMT_LINES * 10L);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>MSG-%1$s</MsgId><CreDtTm>%2$sT06:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%1$s</Id>
                      <ElctrncSeqNb>1</ElctrncSeqNb>
                      <CreDtTm>%2$sT06:00:00</CreDtTm>
                      <Acct><Id><IBAN>%3$s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%2$s</Dt></Dt></Bal>
                      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%4$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%2$s</Dt></Dt></Bal>
                %5$s    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(id, date, env("BENCH_BANK_ACCOUNT", "NL91ABNA0417164300"), closing, entries);
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(GIFT + "/api/v1/bank-statements"))
                        .timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + token("finance"))
                        .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        long imported = System.nanoTime();
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("import: HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        }
        log("  imported in %.1f s (%d MB): %s", (imported - t0) / 1e9, body.length / 1_000_000, abbreviate(response.body()));
        long deadline = System.nanoTime() + Math.max(300, CAMT_LINES / 20) * 1_000_000_000L;
        long count = 0;
        while (System.nanoTime() < deadline) {
            count = getJson(REPORTING + "/api/v1/figures/allocations?year=2022&month=3&size=1", "director").get("total").asLong();
            if (count >= CAMT_LINES) {
                break;
            }
            Thread.sleep(250);
        }
        long inFigures = System.nanoTime();
        if (count < CAMT_LINES) {
            throw new IllegalStateException("the figures hold " + count + " of " + CAMT_LINES + " imported credits after the wait");
        }
        double e2e = CAMT_LINES / ((inFigures - t0) / 1e9);
        double rawRate = rawInserts(CAMT_LINES);
        rows.add(new Row("b", String.format(Locale.ROOT, "CAMT.053 import of %,d credits (%d MB), POST -> figures include the last",
                CAMT_LINES, body.length / 1_000_000),
                String.format(Locale.ROOT, "%.1f s end to end = %s credits/s (the POST itself %.1f s = %s/s)",
                        (inFigures - t0) / 1e9, fmt(e2e), (imported - t0) / 1e9, fmt(CAMT_LINES / ((imported - t0) / 1e9))),
                "raw batched JDBC inserts of " + String.format(Locale.ROOT, "%,d", CAMT_LINES) + " rows (batches of 1000, rewriteBatchedStatements)",
                fmt(rawRate) + " rows/s", pct(e2e / rawRate), "every credit matched by the donor id in the remittance text"));
    }

    double rawInserts(int n) throws Exception {
        try (Connection c = DriverManager.getConnection(DB + "/crm_bench?createDatabaseIfNotExist=true&rewriteBatchedStatements=true",
                DB_USER, DB_PASSWORD); Statement st = c.createStatement()) {
            st.execute("drop table if exists scratch_gift");
            st.execute("create table scratch_gift (id bigint auto_increment primary key, gift_id char(36) not null, "
                    + "donor_id char(36) not null, amount decimal(15,2) not null, income_date date not null, "
                    + "created_at timestamp(6) not null default current_timestamp(6), key (donor_id)) engine=InnoDB");
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into scratch_gift (gift_id, donor_id, amount, income_date) values (?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, donors.isEmpty() ? UUID.randomUUID().toString() : donors.get(i % donors.size()));
                    ps.setBigDecimal(3, new java.math.BigDecimal("10.00"));
                    ps.setObject(4, LocalDate.of(2022, 3, 2));
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            double rate = n / ((System.nanoTime() - t0) / 1e9);
            c.setAutoCommit(true);
            st.execute("drop table scratch_gift");
            log("(b0) raw JDBC: %,d rows at %s rows/s", n, fmt(rate));
            return rate;
        }
    }

    // ------------------------------------------------------------------------- (d) figures with N gifts stored

    void storedGifts() throws Exception {
        long before = ledgerRows();
        log("(d) publishing %,d crm.gift.recorded.v1 events to crm.gifts (ledger holds %,d rows)", STORED_GIFTS, before);
        Random random = new Random(42);
        int donorCount = Math.max(1000, STORED_GIFTS / 10);
        String[] synthetic = new String[donorCount];
        for (int i = 0; i < donorCount; i++) {
            synthetic[i] = new UUID(0x5eed_0000_0000_4000L | i, 0x8000_0000_0000_0000L | i).toString();
        }
        long known = donorReplicas();
        long td0 = System.nanoTime();
        registerSyntheticDonors(synthetic);
        Map<TopicPartition, Long> donorEnd = endOffsets("crm.donors");
        long donorDeadline = System.nanoTime() + 600_000_000_000L;
        while (donorReplicas() < known + donorCount && System.nanoTime() < donorDeadline) {
            Thread.sleep(500);
        }
        log("  reporting knows the %,d donors (%,d in its donor replica)", donorCount, donorReplicas());
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = producer()) {
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
                ProducerRecord<String, String> r = new ProducerRecord<>("crm.gifts", donor, data);
                header(r, "ce_specversion", "1.0");
                header(r, "ce_id", UUID.randomUUID().toString());
                header(r, "ce_type", "crm.gift.recorded.v1");
                header(r, "ce_source", "/donor-crm/benchmark");
                header(r, "ce_subject", gift);
                header(r, "ce_time", date + "T10:00:00Z");
                header(r, "content-type", "application/json");
                producer.send(r);
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
        // every read model fed by crm.gifts replays the published events: the time until each consumer group's
        // committed offsets reach the topic's end is that service's replay of them (its own events, its own database)
        Map<String, Long> caughtUp = new java.util.LinkedHashMap<>();
        Map<String, Long> donorsCaughtUp = new java.util.LinkedHashMap<>();
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(adminProps())) {
            Map<TopicPartition, Long> end = endOffsets("crm.gifts");
            while (System.nanoTime() < deadline && (loaded == 0 || caughtUp.size() < GIFT_CONSUMERS.length
                    || donorsCaughtUp.size() < DONOR_CONSUMERS.length)) {
                if (loaded == 0 && (rowsNow = ledgerRows()) >= target) {
                    loaded = System.nanoTime();
                }
                for (String group : GIFT_CONSUMERS) {
                    if (!caughtUp.containsKey(group) && committedAtLeast(admin, group, end)) {
                        caughtUp.put(group, System.nanoTime());
                        log("  consumer group %s caught up after %.0f s", group, (System.nanoTime() - t0) / 1e9);
                    }
                }
                for (String group : DONOR_CONSUMERS) {
                    if (!donorsCaughtUp.containsKey(group) && committedAtLeast(admin, group, donorEnd)) {
                        donorsCaughtUp.put(group, System.nanoTime());
                        log("  consumer group %s caught up on crm.donors after %.0f s", group, (System.nanoTime() - td0) / 1e9);
                    }
                }
                Thread.sleep(1000);
                if (System.nanoTime() - lastLog > 30_000_000_000L) {
                    log("  ledger %,d of %,d rows; groups caught up: %s", rowsNow, target, caughtUp.keySet());
                    lastLog = System.nanoTime();
                }
            }
        }
        if (loaded == 0) {
            loaded = System.nanoTime();
        }
        for (String group : GIFT_CONSUMERS) {
            Long at = caughtUp.get(group);
            if (at != null) {
                catchUpRates.put(rows.size(), STORED_GIFTS / ((at - t0) / 1e9));
            }
            rows.add(new Row("c", String.format(Locale.ROOT, "%s's read model: live consumer replaying %,d gift events "
                            + "published at once to crm.gifts", group, STORED_GIFTS),
                    at == null ? "NOT caught up within the wait" : String.format(Locale.ROOT, "%s events/s (%.0f s from "
                            + "the first send until the group's committed offsets reached the end)",
                            fmt(STORED_GIFTS / ((at - t0) / 1e9)), (at - t0) / 1e9),
                    "raw consume of the topics (row c)", "", "", GROUP_NOTES.getOrDefault(group, "")));
        }
        for (String group : DONOR_CONSUMERS) {
            Long at = donorsCaughtUp.get(group);
            if (at != null) {
                catchUpRates.put(rows.size(), donorCount / ((at - td0) / 1e9));
            }
            rows.add(new Row("c", String.format(Locale.ROOT, "%s's donor replica: live consumer applying %,d donor "
                            + "events published at once to crm.donors", group, donorCount),
                    at == null ? "NOT caught up within the wait" : String.format(Locale.ROOT, "%s events/s (%.0f s from "
                            + "the first send until the group's committed offsets reached the end)",
                            fmt(donorCount / ((at - td0) / 1e9)), (at - td0) / 1e9),
                    "raw consume of the topics (row c)", "", "", "while the gift events of (d) were consumed too"));
        }
        double consumeRate = (rowsNow - before) / ((loaded - t0) / 1e9);
        rows.add(new Row("d", String.format(Locale.ROOT, "loading %,d gifts as events published to crm.gifts (not through the API)",
                STORED_GIFTS), String.format(Locale.ROOT, "reporting's live consumer applied them at %s events/s (%.0f s from "
                        + "the first send to the last row; publishing took %.0f s)",
                fmt(consumeRate), (loaded - t0) / 1e9, (published - t0) / 1e9), "", "", "",
                String.format(Locale.ROOT, "ledger now %,d rows", rowsNow)));
        if (rowsNow < target) {
            throw new IllegalStateException("reporting's ledger holds " + rowsNow + " of " + target + " rows after the wait");
        }
        Stats baseline = sequential(REPORTING + "/q/health/live", null, SAMPLES);
        String[] figures = {"unearmarked-share", "continuity-reserve", "private-donors", "institutional-income",
                "retention", "lybunt", "sybunt", "campaign-results", "budget-realisation", "allocations"};
        for (String f : figures) {
            Stats s = sequential(REPORTING + "/api/v1/figures/" + f + "?year=2025", "director", SAMPLES);
            rows.add(new Row("d", "GET /api/v1/figures/" + f + "?year=2025 with " + fmtCount(rowsNow) + " ledger rows",
                    "p50 " + ms(s.p50) + ", p99 " + ms(s.p99) + (s.errors > 0 ? " (" + s.errors + " non-200: " + s.lastError + ")" : ""),
                    "GET /q/health/live (reporting)", "p50 " + ms(baseline.p50) + ", p99 " + ms(baseline.p99),
                    ratio(s.p99, baseline.p99) + " (p99)", SAMPLES + " sequential requests after 3 warm-ups"));
        }
        try {
            HttpClient browser = login(REPORTING + "/?year=2025", "director");
            for (String page : new String[] {"/?year=2025", "/dashboard/tiles?year=2025", "/dashboard/charts?year=2025"}) {
                Stats s = sequential(browser, REPORTING + page, SAMPLES);
                rows.add(new Row("d", "dashboard GET " + page + " (session cookie) with " + fmtCount(rowsNow) + " ledger rows",
                        "p50 " + ms(s.p50) + ", p99 " + ms(s.p99) + (s.errors > 0 ? " (" + s.errors + " non-200: " + s.lastError + ")" : ""),
                        "GET /q/health/live (reporting)", "p50 " + ms(baseline.p50) + ", p99 " + ms(baseline.p99),
                        ratio(s.p99, baseline.p99) + " (p99)", "the HTML page only (no scripts, styles, charts)"));
            }
        } catch (Exception e) {
            rows.add(new Row("d", "dashboard", "not measured: " + e.getMessage(), "", "", "", "login through Keycloak failed"));
        }
    }

    /**
     * Registers the synthetic donors of (d) by publishing crm.donor.registered.v1 events to crm.donors (no personal
     * data, like every event): 95 % individuals (one in five in a two-person household), 3 % companies, 1 %
     * foundations, 1 % lotteries, so that the figures grouped per donor kind, household and category work on known
     * donors as in production, not on gifts of unknown donors.
     */
    void registerSyntheticDonors(String[] ids) {
        log("(d) registering %,d synthetic donors through crm.donors", ids.length);
        try (KafkaProducer<String, String> producer = producer()) {
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
                ProducerRecord<String, String> r = new ProducerRecord<>("crm.donors", ids[i], data);
                header(r, "ce_specversion", "1.0");
                header(r, "ce_id", UUID.randomUUID().toString());
                header(r, "ce_type", "crm.donor.registered.v1");
                header(r, "ce_source", "/donor-crm/benchmark");
                header(r, "ce_subject", ids[i]);
                header(r, "ce_time", "2023-12-01T10:00:00Z");
                header(r, "content-type", "application/json");
                producer.send(r);
            }
            producer.flush();
        }
    }

    long donorReplicas() throws Exception {
        try (Connection c = DriverManager.getConnection(DB + "/crm_reporting", DB_USER, DB_PASSWORD);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from donor_replica")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Stats sequential(String url, String user, int samples) throws Exception {
        List<Long> lat = new ArrayList<>();
        Stats s = new Stats();
        for (int i = 0; i < samples + 3; i++) {
            HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
            if (user != null) {
                rb.header("Authorization", "Bearer " + token(user));
            }
            long t = System.nanoTime();
            HttpResponse<String> r = HTTP.send(rb.build(), HttpResponse.BodyHandlers.ofString());
            long d = System.nanoTime() - t;
            if (r.statusCode() != 200) {
                s.errors++;
                s.lastError = r.statusCode() + " " + abbreviate(r.body());
            }
            if (i >= 3) {
                lat.add(d);
            }
        }
        Stats out = Stats.of(lat);
        out.errors = s.errors;
        out.lastError = s.lastError;
        log("  %s: p50 %s p99 %s%s", url, ms(out.p50), ms(out.p99), out.errors > 0 ? " errors " + out.errors + " " + out.lastError : "");
        return out;
    }

    Stats sequential(HttpClient client, String url, int samples) throws Exception {
        List<Long> lat = new ArrayList<>();
        int errors = 0;
        String last = null;
        for (int i = 0; i < samples + 3; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Accept", url.contains("charts") ? "application/json" : "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long d = System.nanoTime() - t;
            if (r.statusCode() != 200 || r.uri().toString().contains("/realms/")) {
                errors++;
                last = r.statusCode() + " " + r.uri();
            }
            if (i >= 3) {
                lat.add(d);
            }
        }
        Stats out = Stats.of(lat);
        out.errors = errors;
        out.lastError = last;
        log("  %s: p50 %s p99 %s%s", url, ms(out.p50), ms(out.p99), errors > 0 ? " errors " + errors + " " + last : "");
        return out;
    }

    /**
     * Cookies as a browser keeps them for http://127.0.0.1: Keycloak marks its login-session cookies Secure, which a
     * browser still sends to a loopback address (a "potentially trustworthy" origin) but java.net.CookieManager only
     * over https — without them Keycloak answers the login form's POST with 400. The Secure attribute is dropped
     * for loopback hosts only.
     */
    static java.net.CookieHandler loopbackCookies() {
        CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        return new java.net.CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return manager.get(uri, headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
                Map<String, List<String>> kept = new java.util.HashMap<>();
                headers.forEach((name, values) -> kept.put(name, loopback && name != null
                        && name.equalsIgnoreCase("Set-Cookie")
                        ? values.stream().map(c -> c.replaceAll("(?i);\\s*Secure\\s*(?=;|$)", "")).toList()
                        : values));
                manager.put(uri, kept);
            }
        };
    }

    /** A browser-like session: the OIDC code flow through Keycloak's login form, cookies kept. */
    HttpClient login(String page, String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.ALWAYS).cookieHandler(loopbackCookies())
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                .matcher(form.body());
        if (!m.find()) {
            throw new IllegalStateException("no Keycloak login form at " + form.uri() + " (HTTP " + form.statusCode() + ")");
        }
        String action = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
        String body = "username=" + enc(user) + "&password=" + enc(PASSWORD) + "&credentialId=";
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (after.statusCode() != 200 || after.uri().toString().contains("/realms/")) {
            throw new IllegalStateException("login did not reach the dashboard: HTTP " + after.statusCode() + " at " + after.uri());
        }
        log("  logged in as %s: %s", user, after.uri());
        return browser;
    }

    // -------------------------------------------------------------------------------- (c) replay from topics

    void replay() throws Exception {
        List<String> topics = List.of("crm.gifts", "crm.donors", "crm.campaigns");
        log("(c) raw consume of %s from offset 0", topics);
        long events = 0;
        long t0 = System.nanoTime();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumerProps())) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String t : topics) {
                c.partitionsFor(t, Duration.ofSeconds(10)).forEach(p -> parts.add(new TopicPartition(t, p.partition())));
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            while (!end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                events += c.poll(Duration.ofMillis(500)).count();
            }
        }
        double rawRate = events / ((System.nanoTime() - t0) / 1e9);
        catchUpRates.forEach((index, rate) -> {
            Row row = rows.get(index);
            rows.set(index, new Row(row.id(), row.benchmark(), row.figure(),
                    "raw consume of crm.gifts, crm.donors, crm.campaigns from offset 0", fmt(rawRate) + " events/s",
                    pct(rate / rawRate), row.note()));
        });
        log("  %,d events at %s events/s; now POST /api/v1/admin/rebuild", events, fmt(rawRate));
        long r0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(REPORTING + "/api/v1/admin/rebuild"))
                .timeout(Duration.ofHours(2)).header("Authorization", "Bearer " + token("admin"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("rebuild: HTTP " + r.statusCode() + " " + abbreviate(r.body()));
        }
        JsonNode report = JSON.readTree(r.body());
        log("  rebuild: %s (%.1f s)", r.body(), (System.nanoTime() - r0) / 1e9);
        double rebuildRate = report.get("eventsPerSecond").asDouble();
        rows.add(new Row("c", String.format(Locale.ROOT, "reporting rebuild (POST /api/v1/admin/rebuild) of %,d events",
                report.get("events").asLong()),
                String.format(Locale.ROOT, "%s events/s (%.1f s)", fmt(rebuildRate), report.get("millis").asLong() / 1000.0),
                String.format(Locale.ROOT, "raw consume of the same topics from offset 0 (%,d events, 500 per poll)", events),
                fmt(rawRate) + " events/s", pct(rebuildRate / rawRate), "crm.gifts, crm.donors, crm.campaigns"));
    }

    // ---------------------------------------------------------------------------------------- (e) memory

    void sampleRss() {
        while (true) {
            if (sampling) {
                for (String piece : pieces()) {
                    long v = rssKb(piece);
                    rss.computeIfPresent(piece, (k, a) -> {
                        a[1] = Math.max(a[1], v);
                        return a;
                    });
                }
            }
            sleep(500);
        }
    }

    void memory() throws Exception {
        Thread.sleep(5000);
        for (String piece : pieces()) {
            long[] a = rss.get(piece);
            a[2] = rssKb(piece);
            rows.add(new Row("e", "RSS of " + piece + (Arrays.asList(SERVICES).contains(piece) ? "" : " (engine)"),
                    String.format(Locale.ROOT, "at rest %d MB, under load (peak) %d MB, at rest after the run %d MB",
                            a[0] / 1024, a[1] / 1024, a[2] / 1024),
                    "", "", "", Arrays.asList(SERVICES).contains(piece) ? heapOf(piece) + " heap" : ""));
        }
    }

    static List<String> pieces() {
        List<String> all = new ArrayList<>(Arrays.asList(SERVICES));
        all.addAll(Arrays.asList(ENGINES));
        return all;
    }

    /** The summed RSS (kB) of the process group recorded in $CRM_STATE_DIR/pids/<piece>.pid. */
    /** The heap setting a service was started with (deploy/local/up: SERVICE_HEAP, GIFT_SERVICE_HEAP). */
    static String heapOf(String service) {
        return "gift-service".equals(service) ? env("GIFT_SERVICE_HEAP", "-Xmx512m") : env("SERVICE_HEAP", "-Xmx256m");
    }

    static long rssKb(String piece) {
        try {
            String pgid = Files.readString(STATE.resolve("pids/" + piece + ".pid")).trim();
            long sum = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
                        if (f[2].equals(pgid)) {
                            for (String line : Files.readAllLines(p.resolve("status"))) {
                                if (line.startsWith("VmRSS:")) {
                                    sum += Long.parseLong(line.replaceAll("[^0-9]", ""));
                                }
                            }
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // gone meanwhile
                    }
                }
            }
            return sum;
        } catch (IOException e) {
            return 0;
        }
    }

    // --------------------------------------------------------------------------------------- sizing

    void sizing() throws Exception {
        long giftEvents = endOffsetSum("crm.gifts");
        long bytes = 0;
        try (var dirs = Files.list(STATE.resolve("kafka/data"))) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                if (d.getFileName().toString().matches("crm\\.gifts-[0-9]+")) {
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
        rows.add(new Row("s", "Kafka disk per event on crm.gifts", giftEvents == 0 ? "n/a"
                : String.format(Locale.ROOT, "%d bytes/event (%,d events, %d MB of .log segments)", bytes / giftEvents,
                giftEvents, bytes / 1_000_000), "", "", "",
                String.format(Locale.ROOT, "=> %.2f GB per million gifts (one recorded event each), retention forever",
                        giftEvents == 0 ? 0 : bytes / (double) giftEvents * 1e6 / 1e9)));
        try (Connection c = DriverManager.getConnection(DB + "/information_schema", DB_USER, DB_PASSWORD);
             Statement st = c.createStatement()) {
            for (String schema : new String[] {"crm_gift", "crm_reporting"}) {
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
                    long count;
                    try (ResultSet rs = st.executeQuery("select count(*) from " + schema + ".`" + t + "`")) {
                        rs.next();
                        count = rs.getLong(1);
                    }
                    long size;
                    try (ResultSet rs = st.executeQuery("select data_length + index_length from information_schema.tables where table_schema='"
                            + schema + "' and table_name='" + t + "'")) {
                        rs.next();
                        size = rs.getLong(1);
                    }
                    total += size;
                    if (count >= 1000) {
                        detail.append(String.format(Locale.ROOT, "%s %,d rows %d MB; ", t, count, size / 1_000_000));
                    }
                }
                rows.add(new Row("s", "database " + schema, String.format(Locale.ROOT, "%d MB (data + indexes)", total / 1_000_000),
                        "", "", "", detail.toString()));
            }
        }
    }

    long endOffsetSum(String topic) {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumerProps())) {
            List<TopicPartition> parts = new ArrayList<>();
            c.partitionsFor(topic, Duration.ofSeconds(10)).forEach(p -> parts.add(new TopicPartition(topic, p.partition())));
            return c.endOffsets(parts).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    // ------------------------------------------------------------------------------------------ setup

    void registerDonors() throws Exception {
        sampling = true;
        log("registering %d donors", DONORS);
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int d = 0; d < DONORS; d++) {
            String body = "{\"kind\":\"INDIVIDUAL\",\"firstName\":\"Bench\",\"lastName\":\"Donor " + run + "-" + d
                    + "\",\"street\":\"Meetstraat\",\"houseNumber\":\"" + (d + 1) + "\",\"postcode\":\"1234 AB\","
                    + "\"city\":\"Teststad\",\"country\":\"NL\",\"email\":\"bench" + d + "." + run + "@bench.example\"}";
            JsonNode answer = null;
            for (int attempt = 0; attempt < 20 && answer == null; attempt++) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(DONOR + "/api/v1/donors"))
                        .header("Authorization", "Bearer " + token("fundraiser")).header("Content-Type", "application/json")
                        .header("Idempotency-Key", "bench-" + run + "-" + d)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201 || r.statusCode() == 200) {
                    answer = JSON.readTree(r.body());
                } else {
                    if (attempt == 19) {
                        throw new IllegalStateException("register donor: " + r.statusCode() + " " + r.body());
                    }
                    Thread.sleep(500);
                }
            }
            donors.add(answer.get("id").asText());
        }
        // wait until gift-service knows the last donor and the fund (a zero-amount probe is refused by validation,
        // so use a real gift dated far from the measured months)
        for (int i = 0; i < 120; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(GIFT + "/api/v1/gifts"))
                    .header("Authorization", "Bearer " + token("finance")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"donorId\":\"" + donors.get(donors.size() - 1)
                            + "\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"incomeDate\":\"2020-06-01\",\"channel\":\"ONLINE\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                log("gift-service knows the donors");
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("gift-service does not know the registered donors after 60 s");
    }

    long outboxBacklog() {
        try (Connection c = DriverManager.getConnection(DB + "/crm_gift", DB_USER, DB_PASSWORD);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from outbox_event where sent_at is null")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return -1;
        }
    }

    long ledgerRows() throws Exception {
        try (Connection c = DriverManager.getConnection(DB + "/crm_reporting", DB_USER, DB_PASSWORD);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from income_movement")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ------------------------------------------------------------------------------------------- output

    void write() throws IOException {
        Files.createDirectories(OUT.toAbsolutePath().getParent());
        String host = host();
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark run ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" on ").append(host).append("\n\n");
        md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memTotal()).append(", Java ").append(System.getProperty("java.version")).append(" (")
                .append(System.getProperty("java.vm.name")).append(")\n\n");
        md.append(String.format(Locale.ROOT, "Settings: BENCH_RATES=%s BENCH_STEP_SECONDS=%d BENCH_LATENCY_RATE=%d BENCH_SETTLE_SECONDS=%d "
                        + "BENCH_DONORS=%d BENCH_CAMT_LINES=%d BENCH_STORED_GIFTS=%d BENCH_FIGURE_SAMPLES=%d BENCH_RAW_MESSAGES=%d "
                        + "BENCH_WARMUP_SECONDS=%d BENCH_WARMUP_RATE=%d; "
                        + "took %d min\n\n", String.join(",", Arrays.stream(RATES).mapToObj(String::valueOf).toList()), STEP_SECONDS,
                LATENCY_RATE, SETTLE_SECONDS, DONORS, CAMT_LINES, STORED_GIFTS, SAMPLES, RAW_MESSAGES, WARMUP_SECONDS, WARMUP_RATE,
                (System.currentTimeMillis() - startedAt) / 60_000));
        md.append("Load average (1 min, /proc/loadavg, sampled every 2 s; the machine is shared with other engineers' builds "
                + "and stacks): ");
        synchronized (sectionLoads) {
            md.append(String.join("; ", sectionLoads.entrySet().stream()
                    .map(e -> ("start".equals(e.getKey()) ? "at the start " : "(" + e.getKey() + ") ") + e.getValue())
                    .toList()));
        }
        md.append("\n\n");
        md.append("| # | benchmark | figure | baseline | baseline figure | ratio | notes |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        StringBuilder csv = new StringBuilder("id,benchmark,figure,baseline,baseline_figure,ratio,notes\n");
        for (Row r : rows) {
            md.append("| ").append(String.join(" | ", cell(r.id()), cell(r.benchmark()), cell(r.figure()), cell(r.baseline()),
                    cell(r.baselineFigure()), cell(r.ratio()), cell(r.note()))).append(" |\n");
            csv.append(String.join(",", csvCell(r.id()), csvCell(r.benchmark()), csvCell(r.figure()), csvCell(r.baseline()),
                    csvCell(r.baselineFigure()), csvCell(r.ratio()), csvCell(r.note()))).append('\n');
        }
        Path mdFile = Path.of(OUT + ".md");
        Path csvFile = Path.of(OUT + ".csv");
        Files.writeString(mdFile, md);
        Files.writeString(csvFile, csv);
        System.out.println();
        System.out.println(md);
        log("results: %s and %s", mdFile, csvFile);
    }

    static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    static String csvCell(String s) {
        return "\"" + (s == null ? "" : s.replace("\"", "\"\"")) + "\"";
    }

    // ------------------------------------------------------------------------------------------ helpers

    static final class Stats {
        double rate;
        long p50;
        long p99;
        long max;
        int n;
        int errors;
        String lastError;

        static Stats of(List<Long> nanos) {
            Stats s = new Stats();
            if (nanos.isEmpty()) {
                s.p50 = s.p99 = -1;
                return s;
            }
            Collections.sort(nanos);
            s.n = nanos.size();
            s.p50 = nanos.get((int) Math.min(s.n - 1, Math.ceil(s.n * 0.50) - 1));
            s.p99 = nanos.get((int) Math.min(s.n - 1, Math.max(0, Math.ceil(s.n * 0.99) - 1)));
            s.max = nanos.get(s.n - 1);
            return s;
        }
    }

    static final Map<String, String[]> TOKENS = new ConcurrentHashMap<>();

    /** An access token of a demo user (password grant on crm-cli), renewed after 60 s. */
    static String token(String user) throws IOException, InterruptedException {
        String[] cached = TOKENS.get(user);
        if (cached != null && System.currentTimeMillis() - Long.parseLong(cached[1]) < 60_000) {
            return cached[0];
        }
        String form = "grant_type=password&client_id=" + enc(env("CRM_CLI_CLIENT_ID", "crm-cli")) + "&username=" + enc(user)
                + "&password=" + enc(PASSWORD);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(OIDC + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("token for " + user + ": HTTP " + r.statusCode() + " " + r.body());
        }
        String token = JSON.readTree(r.body()).get("access_token").asText();
        TOKENS.put(user, new String[] {token, Long.toString(System.currentTimeMillis())});
        return token;
    }

    static JsonNode getJson(String url, String user) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + url + ": HTTP " + r.statusCode() + " " + abbreviate(r.body()));
        }
        return JSON.readTree(r.body());
    }

    static Properties adminProps() {
        Properties p = new Properties();
        p.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        return p;
    }

    /** The end offset of each partition of a topic. */
    static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumerProps())) {
            List<TopicPartition> parts = new ArrayList<>();
            c.partitionsFor(topic, Duration.ofSeconds(10)).forEach(p -> parts.add(new TopicPartition(topic, p.partition())));
            return c.endOffsets(parts);
        }
    }

    /** Whether a consumer group has committed at least the given offset on every one of those partitions. */
    static boolean committedAtLeast(org.apache.kafka.clients.admin.Admin admin, String group,
                                    Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed = admin
                .listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            org.apache.kafka.clients.consumer.OffsetAndMetadata offset = committed.get(e.getKey());
            if (e.getValue() > 0 && (offset == null || offset.offset() < e.getValue())) {
                return false;
            }
        }
        return true;
    }

    static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(p);
    }

    static Properties consumerProps() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        return p;
    }

    static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static String host() {
        String h = System.getenv("HOSTNAME");
        if (h == null || h.isBlank()) {
            try {
                h = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                h = "localhost";
            }
        }
        return h.replaceAll("[^A-Za-z0-9.-]", "_");
    }

    static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB";
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return "? GiB";
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String fmtCount(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String ms(long nanos) {
        if (nanos < 0) {
            return "n/a";
        }
        double ms = nanos / 1e6;
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    static String ratio(long a, long b) {
        return b <= 0 || a < 0 ? "n/a" : String.format(Locale.ROOT, "%.1fx", a / (double) b);
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench %s] %s%n", LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
