import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The crash test's load and its reconciliation, run by deploy/crash/run with {@code java CrashLoad.java} (a
 * single-file program: nothing to build, no dependency).
 *
 * <pre>
 *   java CrashLoad.java load &lt;dir&gt;        register donors, then record N gifts (20 % single, the rest in batches of 50)
 *   java CrashLoad.java reconcile &lt;dir&gt;   wait until gift-service and reporting agree, or say what differs
 * </pre>
 *
 * Every request carries an Idempotency-Key derived from the run id and the gift's number; a request whose
 * answer was lost (connection refused or reset, a 5xx while a piece restarts) is sent again with the SAME key
 * until it is answered. That is what "accepted exactly once" rests on: gift-service answers a repeated key with
 * the gift recorded the first time. Accepted gifts go to {@code <dir>/accepted.tsv} (gift id, donor id, amount).
 * The donors registered have fake but realistic personal data, listed in {@code <dir>/personal-data.txt} for the
 * privacy check.
 */
public class CrashLoad {

    static final String TOKEN_URL = env("CRM_TOKEN_URL",
            env("CRM_OIDC_URL", "http://127.0.0.1:8180/realms/donor-crm") + "/protocol/openid-connect/token");
    static final String DONOR = env("CRM_DONOR_URL", "http://127.0.0.1:8081");
    static final String GIFT = env("CRM_GIFT_URL", "http://127.0.0.1:8082");
    static final String CAMPAIGN = env("CRM_CAMPAIGN_URL", "http://127.0.0.1:8083");
    static final String REPORTING = env("CRM_REPORTING_URL", "http://127.0.0.1:8084");
    static final int GIFTS = Integer.parseInt(env("CRASH_GIFTS", "10000"));
    static final int DONORS = Integer.parseInt(env("CRASH_DONORS", "50"));
    static final int BATCH = 50;
    static final int SINGLE_PERCENT = Integer.parseInt(env("CRASH_SINGLE_PERCENT", "20"));
    static final int THREADS = Integer.parseInt(env("CRASH_THREADS", "4"));
    static final Duration GIVE_UP = Duration.ofSeconds(Long.parseLong(env("CRASH_RETRY_SECONDS", "600")));
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java CrashLoad.java load|reconcile <run dir>");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        switch (args[0]) {
            case "load" -> new Load(dir).run();
            case "reconcile" -> System.exit(new Reconcile(dir).run() ? 0 : 1);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------------------------------------- the load

    static final class Load {
        final Path dir;
        final String run;
        final Random random;
        final Map<String, String> accepted = new ConcurrentHashMap<>();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger retries = new AtomicInteger();

        Load(Path dir) throws IOException {
            this.dir = dir;
            this.run = dir.getFileName().toString();
            this.random = new Random(run.hashCode());
        }

        void run() throws Exception {
            Instant start = Instant.now();
            ensureGeneralFund();
            List<String> donors = registerDonors();
            LocalDate date = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            // the gifts: number i goes to donor i % DONORS, amount 1.00 .. 500.00 from the run's seed
            List<String> donorOf = new ArrayList<>();
            List<BigDecimal> amountOf = new ArrayList<>();
            for (int i = 0; i < GIFTS; i++) {
                donorOf.add(donors.get(i % donors.size()));
                amountOf.add(BigDecimal.valueOf(100 + random.nextInt(49_901), 2));
            }
            ConcurrentLinkedQueue<int[]> units = new ConcurrentLinkedQueue<>();
            int singles = GIFTS * SINGLE_PERCENT / 100;
            for (int i = 0; i < singles; i++) {
                units.add(new int[] {i, i + 1});
            }
            for (int i = singles; i < GIFTS; i += BATCH) {
                units.add(new int[] {i, Math.min(i + BATCH, GIFTS)});
            }
            Path acceptedFile = dir.resolve("accepted.tsv");
            Files.writeString(acceptedFile, "");
            List<Thread> workers = new ArrayList<>();
            AtomicInteger failures = new AtomicInteger();
            for (int t = 0; t < THREADS; t++) {
                Thread worker = new Thread(() -> {
                    int[] unit;
                    while ((unit = units.poll()) != null) {
                        try {
                            send(unit[0], unit[1], donorOf, amountOf, date, acceptedFile);
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                            System.err.println("gifts " + unit[0] + ".." + (unit[1] - 1) + " not accepted: " + e.getMessage());
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            Duration took = Duration.between(start, Instant.now());
            System.out.printf("load: %d gifts sent, %d accepted, %d requests repeated after a failure, %d not accepted, %d s%n",
                    GIFTS, accepted.size(), retries.get(), failures.get(), took.toSeconds());
            Files.writeString(dir.resolve("load.done"), took.toSeconds() + "\n");
            if (failures.get() > 0) {
                System.exit(1);
            }
        }

        void send(int from, int to, List<String> donorOf, List<BigDecimal> amountOf, LocalDate date, Path file) {
            List<String> gifts = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = from; i < to; i++) {
                gifts.add("{\"donorId\":\"" + donorOf.get(i) + "\",\"amount\":\"" + amountOf.get(i)
                        + "\",\"currency\":\"EUR\",\"incomeDate\":\"" + date + "\",\"channel\":\"BANK_TRANSFER\"}");
                total = total.add(amountOf.get(i));
            }
            Answer answer;
            List<String> ids = new ArrayList<>();
            if (to - from == 1) {
                answer = retrying("finance", "POST", GIFT + "/api/v1/gifts", gifts.get(0), run + "-gift-" + from);
                ids.add((String) ((Map<?, ?>) answer.json()).get("id"));
            } else {
                String body = "{\"controlCount\":" + (to - from) + ",\"controlTotal\":\"" + total + "\",\"gifts\":["
                        + String.join(",", gifts) + "]}";
                answer = retrying("finance", "POST", GIFT + "/api/v1/gift-batches", body, run + "-batch-" + from);
                for (Object id : (List<?>) ((Map<?, ?>) answer.json()).get("giftIds")) {
                    ids.add((String) id);
                }
            }
            StringBuilder lines = new StringBuilder();
            for (int i = from; i < to; i++) {
                String id = ids.get(i - from);
                if (accepted.put(id, amountOf.get(i).toPlainString()) != null) {
                    throw new IllegalStateException("gift-service answered gift " + i + " with the id of another: " + id);
                }
                lines.append(id).append('\t').append(donorOf.get(i)).append('\t').append(amountOf.get(i)).append('\n');
            }
            synchronized (this) {
                append(file, lines.toString());
                int count = done.addAndGet(to - from);
                write(dir.resolve("progress.tmp"), count + "\n");
                move(dir.resolve("progress.tmp"), dir.resolve("progress"));
            }
        }

        /** Sends until answered 201 (or 200), repeating with the same key after any failure that is not ours. */
        Answer retrying(String user, String method, String url, String body, String key) {
            Instant until = Instant.now().plus(GIVE_UP);
            long pause = 200;
            while (true) {
                Answer answer = Api.send(user, method, url, body, key);
                if (answer.status() == 201 || answer.status() == 200) {
                    return answer;
                }
                boolean transientFailure = answer.status() <= 0 || answer.status() >= 500
                        || answer.status() == 401 // the token expired or Keycloak was slow: Api fetched a new one
                        // the donor's or the fund's registration has not reached gift-service yet
                        || (answer.status() == 422 && answer.body().contains("unknown"));
                if (!transientFailure || Instant.now().isAfter(until)) {
                    throw new IllegalStateException(method + " " + url + " key " + key + ": " + answer.status() + " "
                            + answer.body());
                }
                retries.incrementAndGet();
                sleep(pause);
                pause = Math.min(pause * 2, 3000);
            }
        }

        void ensureGeneralFund() {
            Answer funds = retrying("finance", "GET", CAMPAIGN + "/api/v1/funds?size=500", null, null);
            if (!funds.body().contains("\"code\":\"ALG\"")) {
                retrying("finance", "POST", CAMPAIGN + "/api/v1/funds", "{\"code\":\"ALG\",\"name\":\"Algemeen fonds\","
                        + "\"earmarkClass\":\"UNEARMARKED\",\"activeFrom\":\"2000-01-01\"}", "crash-fund-ALG");
            }
        }

        /** Registers this run's donors (fake people whose data must never leave donor-service). */
        List<String> registerDonors() {
            List<String> ids = new ArrayList<>();
            StringBuilder personal = new StringBuilder();
            for (int d = 0; d < DONORS; d++) {
                String first = "Crashia" + letters(d);
                String last = "Testvelde" + letters(d + 7) + letters(run.hashCode() & 0xffff);
                String email = first.toLowerCase() + "." + last.toLowerCase() + "@crash-test.example";
                String street = "Kraakpandstraat" + letters(d + 3);
                String iban = dutchIban(4_100_000_000L + Math.abs((long) (run + d).hashCode()) % 899_999_999L);
                String body = "{\"kind\":\"INDIVIDUAL\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                        + "\",\"street\":\"" + street + "\",\"houseNumber\":\"" + (d + 1) + "\",\"postcode\":\"1234 AB\","
                        + "\"city\":\"Teststad\",\"country\":\"NL\",\"email\":\"" + email + "\",\"iban\":\"" + iban
                        + "\",\"phone\":\"+31 6 5555 " + String.format("%04d", d) + "\",\"dateOfBirth\":\"1971-03-0"
                        + (1 + d % 9) + "\"}";
                Answer answer = retrying("fundraiser", "POST", DONOR + "/api/v1/donors", body, run + "-donor-" + d);
                ids.add((String) ((Map<?, ?>) answer.json()).get("id"));
                personal.append(first).append('\n').append(last).append('\n').append(email).append('\n')
                        .append(street).append('\n').append(iban).append('\n');
            }
            write(dir.resolve("personal-data.txt"), personal.toString());
            write(dir.resolve("donors.txt"), String.join("\n", ids) + "\n");
            return ids;
        }

        /** Letters only (a number would also match amounts and ids in the privacy scan). */
        static String letters(int n) {
            StringBuilder s = new StringBuilder();
            int v = Math.abs(n);
            do {
                s.append((char) ('a' + v % 26));
                v /= 26;
            } while (v > 0);
            return s.toString();
        }

        /** A valid Dutch IBAN (mod-97 check digits) with bank code ABNA and the given account number. */
        static String dutchIban(long account) {
            String bban = "ABNA" + String.format("%010d", account);
            String numeric = (bban + "NL00").chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) c)
                    : String.valueOf(c - 'A' + 10)).reduce("", String::concat);
            int check = 98 - new java.math.BigInteger(numeric).mod(java.math.BigInteger.valueOf(97)).intValue();
            return "NL" + String.format("%02d", check) + bban;
        }
    }

    // ------------------------------------------------------------------------------------- the reconciliation

    static final class Reconcile {
        final Path dir;

        Reconcile(Path dir) {
            this.dir = dir;
        }

        /** Waits (up to CRASH_SETTLE_SECONDS) until both services hold exactly the accepted gifts; prints the verdict. */
        boolean run() throws IOException {
            Map<String, BigDecimal> accepted = new HashMap<>();
            Map<String, List<String>> byDonor = new LinkedHashMap<>();
            BigDecimal acceptedSum = BigDecimal.ZERO;
            for (String line : Files.readAllLines(dir.resolve("accepted.tsv"))) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                accepted.put(f[0], new BigDecimal(f[2]));
                byDonor.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
                acceptedSum = acceptedSum.add(new BigDecimal(f[2]));
            }
            int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
            Instant until = Instant.now().plusSeconds(Long.parseLong(env("CRASH_SETTLE_SECONDS", "300")));
            Verdict verdict;
            while (true) {
                verdict = compare(accepted, byDonor.keySet(), year);
                if (verdict.clean(accepted.size()) || Instant.now().isAfter(until)) {
                    break;
                }
                System.out.println("reconcile: not settled yet (" + verdict.summary(accepted.size()) + "), waiting");
                sleep(5000);
            }
            boolean sumsAgree = verdict.giftSum.compareTo(acceptedSum) == 0
                    && verdict.reportingSum.compareTo(acceptedSum) == 0;
            System.out.printf("amounts: accepted %s, gift-service %s, reporting drill-down %s%n", acceptedSum,
                    verdict.giftSum, verdict.reportingSum);
            System.out.println("gift-service: " + verdict.gift.summary(accepted.size()));
            System.out.println("reporting-service: " + verdict.reporting.summary(accepted.size()));
            int lost = Math.max(verdict.gift.lost, verdict.reporting.lost);
            int twice = Math.max(verdict.gift.twice, verdict.reporting.twice);
            int counted = Math.min(verdict.gift.counted, verdict.reporting.counted);
            String result = accepted.size() + " accepted, " + counted + " counted, " + lost + " lost, " + twice
                    + " counted twice";
            System.out.println(result);
            write(dir.resolve("result.txt"), result + "\n");
            return verdict.clean(accepted.size()) && sumsAgree;
        }

        Verdict compare(Map<String, BigDecimal> accepted, Iterable<String> donors, int year) {
            Tally gift = new Tally();
            Tally reporting = new Tally();
            BigDecimal giftSum = BigDecimal.ZERO;
            BigDecimal reportingSum = BigDecimal.ZERO;
            for (String donor : donors) {
                for (Map<?, ?> item : pages(GIFT + "/api/v1/gifts?donorId=" + donor)) {
                    gift.see((String) item.get("id"), accepted);
                    giftSum = giftSum.add(new BigDecimal((String) item.get("amount")));
                }
                for (Map<?, ?> row : pages(REPORTING + "/api/v1/figures/allocations?year=" + year + "&donorId=" + donor)) {
                    reporting.see((String) row.get("giftId"), accepted);
                    reportingSum = reportingSum.add(new BigDecimal((String) row.get("amount")));
                }
            }
            gift.finish(accepted);
            reporting.finish(accepted);
            return new Verdict(gift, reporting, giftSum, reportingSum);
        }

        List<Map<?, ?>> pages(String url) {
            List<Map<?, ?>> all = new ArrayList<>();
            for (int page = 0; ; page++) {
                Answer answer = Api.send("director", "GET", url + "&size=500&page=" + page, null, null);
                // a service that has just seen its database come back may answer 503 for a moment: ask again
                for (int retry = 0; answer.status() >= 500 && retry < 30; retry++) {
                    sleep(2000);
                    answer = Api.send("director", "GET", url + "&size=500&page=" + page, null, null);
                }
                if (answer.status() != 200) {
                    throw new IllegalStateException("GET " + url + ": " + answer.status() + " " + answer.body());
                }
                Map<?, ?> body = (Map<?, ?>) answer.json();
                List<?> items = (List<?>) body.get("items");
                items.forEach(i -> all.add((Map<?, ?>) i));
                if (items.size() < 500) {
                    return all;
                }
            }
        }
    }

    record Verdict(Tally gift, Tally reporting, BigDecimal giftSum, BigDecimal reportingSum) {
        boolean clean(int accepted) {
            return gift.clean(accepted) && reporting.clean(accepted);
        }

        String summary(int accepted) {
            return "gift-service " + gift.summary(accepted) + "; reporting " + reporting.summary(accepted);
        }
    }

    /** How often a service shows each accepted gift: counted once, lost, counted twice, or unknown to the load. */
    static final class Tally {
        final Map<String, Integer> seen = new HashMap<>();
        int counted;
        int lost;
        int twice;
        int strangers;

        void see(String id, Map<String, BigDecimal> accepted) {
            if (!accepted.containsKey(id)) {
                strangers++;
            }
            seen.merge(id, 1, Integer::sum);
        }

        void finish(Map<String, BigDecimal> accepted) {
            for (String id : accepted.keySet()) {
                int n = seen.getOrDefault(id, 0);
                if (n == 0) {
                    lost++;
                } else {
                    counted++;
                    if (n > 1) {
                        twice++;
                    }
                }
            }
        }

        boolean clean(int accepted) {
            return counted == accepted && lost == 0 && twice == 0 && strangers == 0;
        }

        String summary(int accepted) {
            return counted + " of " + accepted + " counted, " + lost + " lost, " + twice + " counted twice, "
                    + strangers + " rows of gifts the load never had accepted";
        }
    }

    // ------------------------------------------------------------------------------------------- HTTP, tokens

    record Answer(int status, String body) {
        Object json() {
            return new Json(body).value();
        }
    }

    static final class Api {
        static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
        static final Map<String, Instant> FETCHED = new ConcurrentHashMap<>();

        /** One request; status 0 when no answer came (connection refused, reset, timed out). */
        static Answer send(String user, String method, String url, String body, String key) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token(user, false))
                        .header("Accept", "application/json");
                if (key != null) {
                    request.header("Idempotency-Key", key);
                }
                if (body != null) {
                    request.header("Content-Type", "application/json");
                }
                request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 401) {
                    token(user, true);
                }
                return new Answer(response.statusCode(), response.body());
            } catch (IOException e) {
                return new Answer(0, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static String token(String user, boolean renew) throws IOException, InterruptedException {
            Instant fetched = FETCHED.get(user);
            if (!renew && fetched != null && fetched.isAfter(Instant.now().minusSeconds(240))) {
                return TOKENS.get(user);
            }
            String form = "grant_type=password&client_id=" + enc(env("CRM_CLI_CLIENT_ID", "crm-cli")) + "&username="
                    + enc(user) + "&password=" + enc(env("CRM_DEMO_PASSWORD", "demo"));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("token for " + user + ": " + response.statusCode() + " " + response.body());
            }
            String token = (String) ((Map<?, ?>) new Json(response.body()).value()).get("access_token");
            TOKENS.put(user, token);
            FETCHED.put(user, Instant.now());
            return token;
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** A minimal JSON reader (objects, arrays, strings, numbers as BigDecimal, true/false/null). */
    static final class Json {
        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    i++; // :
                    map.put(key, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> new BigDecimal(word);
            };
        }

        String string() {
            StringBuilder out = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }

    // ----------------------------------------------------------------------------------------------- helpers

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void move(Path from, Path to) {
        try {
            Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
