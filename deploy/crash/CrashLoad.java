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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The crash test's load and its reconciliation, run by deploy/crash/run with {@code java CrashLoad.java} (a
 * single-file program: nothing to build, no dependency).
 *
 * <pre>
 *   java CrashLoad.java load &lt;dir&gt;        register donors, then record N gifts: bank-import credits (CAMT.053
 *                                      statements), the rest 20 % single posts and batches of 50
 *   java CrashLoad.java reconcile &lt;dir&gt;   wait until gift-service and reporting agree, or say what differs
 * </pre>
 *
 * Every request carries an Idempotency-Key derived from the run id and the gift's number; a request whose
 * answer was lost (connection refused or reset, a 5xx while a piece restarts) is sent again with the SAME key
 * until it is answered. That is what "accepted exactly once" rests on: gift-service answers a repeated key with
 * the gift recorded the first time. Accepted gifts go to {@code <dir>/accepted.tsv} (gift id, donor id, amount,
 * and {@code credit} for a bank credit).
 * <p>
 * Bank credits: of every CRASH_CREDIT_EVERY gift numbers, the last CRASH_CREDITS_PER_STATEMENT are not posted but
 * arrive as the credits of one CAMT.053 statement of our account (CRASH_BANK_ACCOUNT), each naming its donor's id
 * in the remittance text, so that gift-service matches it and records a gift. A statement upload carries no key:
 * gift-service recognises a statement by what identifies it at the bank (account, statement id, sequence number,
 * creation time) and each credit by its bank reference, all fixed per run and statement. An upload whose answer
 * was lost is sent again byte for byte; gift-service must answer it with the statement stored the first time
 * (200, Idempotent-Replayed) and must not record its credits again. The gifts the credits became are read from
 * the statement's entries (MATCHED, with the gift id) and count as accepted like every other gift.
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
    /**
     * A pause before each request or statement of each worker, in ms (0: as fast as answered), until the file
     * {@code unpaced} appears in the run's directory (the rolling-restart test writes it when its restarts are done).
     */
    static final long PACE_MS = Long.parseLong(env("CRASH_PACE_MS", "0"));
    /** One statement per this many gift numbers (0: no bank credits), holding this many of them as credits. */
    static final int CREDIT_EVERY = Integer.parseInt(env("CRASH_CREDIT_EVERY", "500"));
    static final int CREDITS_PER_STATEMENT = Integer.parseInt(env("CRASH_CREDITS_PER_STATEMENT", "20"));
    /** One of gift-service's own accounts (crm.bank.accounts; this is the local stack's default). */
    static final String BANK_ACCOUNT = env("CRASH_BANK_ACCOUNT", "NL91ABNA0417164300");
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
        final AtomicInteger credits = new AtomicInteger();
        final AtomicInteger statements = new AtomicInteger();
        final AtomicInteger statementsRepeated = new AtomicInteger();
        final AtomicInteger statementsReplayed = new AtomicInteger();
        final AtomicInteger uploadsReplayed = new AtomicInteger();
        /** Donors gift-service has accepted a gift for: it knows them, so a credit naming one is matched. */
        final Set<String> knownDonors = ConcurrentHashMap.newKeySet();
        final Instant started = Instant.now();

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
            // a unit is one request: {kind, gift number, gift number, ...}; kind 0 posted gifts, 1 a bank statement
            List<int[]> plan = new ArrayList<>();
            List<Integer> posted = new ArrayList<>();
            for (int i = 0; i < GIFTS; i++) {
                if (!isCredit(i)) {
                    posted.add(i);
                } else if (i % CREDIT_EVERY == CREDIT_EVERY - CREDITS_PER_STATEMENT) {
                    int[] unit = new int[1 + CREDITS_PER_STATEMENT];
                    unit[0] = 1;
                    for (int c = 0; c < CREDITS_PER_STATEMENT; c++) {
                        unit[1 + c] = i + c;
                    }
                    plan.add(unit);
                }
            }
            int singles = posted.size() * SINGLE_PERCENT / 100;
            for (int p = 0; p < posted.size(); ) {
                int end = p < singles ? p + 1 : Math.min(p + BATCH, posted.size());
                int[] unit = new int[1 + end - p];
                for (int q = p; q < end; q++) {
                    unit[1 + q - p] = posted.get(q);
                }
                plan.add(unit);
                p = end;
            }
            // in the order of the numbers: each statement goes out among the gifts around it, while the load flows
            plan.sort(java.util.Comparator.comparingInt(u -> u[1]));
            ConcurrentLinkedQueue<int[]> units = new ConcurrentLinkedQueue<>(plan);
            Path acceptedFile = dir.resolve("accepted.tsv");
            Files.createDirectories(dir.resolve("statements"));
            Files.writeString(acceptedFile, "");
            List<Thread> workers = new ArrayList<>();
            AtomicInteger failures = new AtomicInteger();
            for (int t = 0; t < THREADS; t++) {
                Thread worker = new Thread(() -> {
                    int[] unit;
                    while ((unit = units.poll()) != null) {
                        if (PACE_MS > 0 && !Files.exists(dir.resolve("unpaced"))) {
                            sleep(PACE_MS); // a steady load that lasts, until the restarts are done (rolling test)
                        }
                        int[] numbers = java.util.Arrays.copyOfRange(unit, 1, unit.length);
                        try {
                            if (unit[0] == 1) {
                                sendStatement(numbers, donorOf, amountOf, date, acceptedFile);
                            } else {
                                send(numbers, donorOf, amountOf, date, acceptedFile);
                            }
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                            System.err.println((unit[0] == 1 ? "bank credits " : "gifts ") + numbers[0] + ".."
                                    + numbers[numbers.length - 1] + " not accepted: " + e.getMessage());
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
            System.out.printf("load: %d bank statements of %d credits in all, each uploaded 3 times (twice at once, once"
                            + " more when answered): %d uploads answered as imported before (200, Idempotent-Replayed);"
                            + " %d statements repeated after a failure, %d of those answered 200%n", statements.get(),
                    credits.get(), uploadsReplayed.get(), statementsRepeated.get(), statementsReplayed.get());
            System.out.printf("load: %d gifts sent (%d posted + %d bank credits), %d accepted, %d requests repeated after"
                            + " a failure, %d not accepted, %d s%n", GIFTS, GIFTS - creditCount(), creditCount(),
                    accepted.size(), retries.get(), failures.get(), took.toSeconds());
            if (Instances.spread()) {
                System.out.println("load: answers per instance and status: " + Instances.ANSWERS);
            }
            Files.writeString(dir.resolve("load.done"), took.toSeconds() + "\n");
            if (failures.get() > 0) {
                System.exit(1);
            }
        }

        void send(int[] numbers, List<String> donorOf, List<BigDecimal> amountOf, LocalDate date, Path file) {
            int from = numbers[0];
            List<String> gifts = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i : numbers) {
                gifts.add("{\"donorId\":\"" + donorOf.get(i) + "\",\"amount\":\"" + amountOf.get(i)
                        + "\",\"currency\":\"EUR\",\"incomeDate\":\"" + date + "\",\"channel\":\"BANK_TRANSFER\"}");
                total = total.add(amountOf.get(i));
            }
            Answer answer;
            List<String> ids = new ArrayList<>();
            if (numbers.length == 1) {
                answer = retrying("finance", "POST", GIFT + "/api/v1/gifts", gifts.get(0), run + "-gift-" + from);
                ids.add((String) ((Map<?, ?>) answer.json()).get("id"));
            } else {
                String body = "{\"controlCount\":" + numbers.length + ",\"controlTotal\":\"" + total + "\",\"gifts\":["
                        + String.join(",", gifts) + "]}";
                answer = retrying("finance", "POST", GIFT + "/api/v1/gift-batches", body, run + "-batch-" + from);
                for (Object id : (List<?>) ((Map<?, ?>) answer.json()).get("giftIds")) {
                    ids.add((String) id);
                }
            }
            StringBuilder lines = new StringBuilder();
            for (int n = 0; n < numbers.length; n++) {
                int i = numbers[n];
                String id = ids.get(n);
                if (accepted.put(id, amountOf.get(i).toPlainString()) != null) {
                    throw new IllegalStateException("gift-service answered gift " + i + " with the id of another: " + id);
                }
                knownDonors.add(donorOf.get(i));
                lines.append(id).append('\t').append(donorOf.get(i)).append('\t').append(amountOf.get(i)).append('\n');
            }
            recorded(file, lines.toString(), numbers.length);
        }

        static String statementId(String statementRef, Answer answer) {
            List<?> stored = (List<?>) ((Map<?, ?>) answer.json()).get("statements");
            if (stored.size() != 1) {
                throw new IllegalStateException(statementRef + ": answered with " + stored.size() + " statements");
            }
            return (String) ((Map<?, ?>) stored.get(0)).get("id");
        }

        /** Appends accepted gifts to the file and moves the progress the script reads on. */
        synchronized void recorded(Path file, String lines, int count) {
            append(file, lines);
            int total = done.addAndGet(count);
            write(dir.resolve("progress.tmp"), total + "\n");
            move(dir.resolve("progress.tmp"), dir.resolve("progress"));
        }

        /** Gift number i arrives as a bank credit: the last CREDITS_PER_STATEMENT numbers of every full CREDIT_EVERY. */
        static boolean isCredit(int i) {
            return CREDIT_EVERY > 0 && CREDITS_PER_STATEMENT > 0 && CREDITS_PER_STATEMENT <= CREDIT_EVERY
                    && i % CREDIT_EVERY >= CREDIT_EVERY - CREDITS_PER_STATEMENT
                    && (i / CREDIT_EVERY + 1) * CREDIT_EVERY <= GIFTS;
        }

        static int creditCount() {
            int n = 0;
            for (int i = 0; i < GIFTS; i++) {
                n += isCredit(i) ? 1 : 0;
            }
            return n;
        }

        /**
         * Uploads the gift numbers as the credits of one CAMT.053 statement, sending the same bytes again after any
         * failure, and takes the gifts they became from the statement's entries: every credit must have been
         * matched to its donor (MATCHED) and have become one gift of its amount.
         */
        void sendStatement(int[] numbers, List<String> donorOf, List<BigDecimal> amountOf, LocalDate date, Path file) {
            int k = numbers[0] / CREDIT_EVERY;
            String statementRef = run + "-stmt-" + k;
            // everything that identifies the statement and its credits is fixed per run and statement number
            String created = started.plusSeconds(k).atZone(ZoneId.of("Europe/Amsterdam")).toLocalDateTime()
                    .withNano(0).toString();
            BigDecimal opening = BigDecimal.valueOf(100_000_000L + k, 2);
            BigDecimal balance = opening;
            StringBuilder entries = new StringBuilder();
            Map<String, Integer> numberOf = new HashMap<>();
            for (int i : numbers) {
                String ref = run + "-credit-" + i;
                numberOf.put(ref, i);
                balance = balance.add(amountOf.get(i));
                // none of the donor's personal data (the privacy scan looks for it): its id in the remittance text
                entries.append("""
                              <Ntry>
                                <NtryRef>%1$s</NtryRef>
                                <Amt Ccy="EUR">%2$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                                <BookgDt><Dt>%3$s</Dt></BookgDt><ValDt><Dt>%3$s</Dt></ValDt>
                                <AcctSvcrRef>%1$s</AcctSvcrRef>
                                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                                <NtryDtls><TxDtls>
                                  <Refs><AcctSvcrRef>%1$s</AcctSvcrRef><EndToEndId>%1$s</EndToEndId></Refs>
                                  <RltdPties><Dbtr><Nm>Crash test payer</Nm></Dbtr></RltdPties>
                                  <RmtInf><Ustrd>Gift %4$s</Ustrd></RmtInf>
                                </TxDtls></NtryDtls>
                              </Ntry>
                        """.formatted(ref, amountOf.get(i).toPlainString(), date, donorOf.get(i)));
            }
            String xml = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                      <BkToCstmrStmt>
                        <GrpHdr><MsgId>%1$s</MsgId><CreDtTm>%2$s</CreDtTm></GrpHdr>
                        <Stmt>
                          <Id>%1$s</Id>
                          <ElctrncSeqNb>%3$d</ElctrncSeqNb>
                          <CreDtTm>%2$s</CreDtTm>
                          <Acct><Id><IBAN>%4$s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                          <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%5$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%7$s</Dt></Dt></Bal>
                          <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%6$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%7$s</Dt></Dt></Bal>
                    %8$s    </Stmt>
                      </BkToCstmrStmt>
                    </Document>
                    """.formatted(statementRef, created, k + 1, BANK_ACCOUNT, opening.toPlainString(),
                    balance.toPlainString(), date, entries);
            write(dir.resolve("statements").resolve(statementRef + ".xml"), xml);

            // gift-service matches a credit only to a donor it knows: wait until it has accepted a gift of each
            Instant until = Instant.now().plus(GIVE_UP);
            for (int i : numbers) {
                while (!knownDonors.contains(donorOf.get(i))) {
                    if (Instant.now().isAfter(until)) {
                        throw new IllegalStateException(statementRef + ": gift-service accepted no gift of donor "
                                + donorOf.get(i));
                    }
                    sleep(200);
                }
            }

            // a client that gave up waiting uploads the file again while the first upload still runs: send it twice
            // at once, each repeated unchanged after a failure, and a third time once answered (as a client whose
            // answer was lost would); all must name the same statement, at most one may have created it
            int[] attempts = {0};
            java.util.concurrent.CompletableFuture<Answer> twin = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> retrying("finance", "POST", GIFT + "/api/v1/bank-statements", xml, null, "application/xml",
                            attempt -> { }), task -> new Thread(task).start());
            Answer answer = retrying("finance", "POST", GIFT + "/api/v1/bank-statements", xml, null, "application/xml",
                    attempt -> attempts[0] = attempt);
            Answer second = twin.join();
            Answer third = retrying("finance", "POST", GIFT + "/api/v1/bank-statements", xml, null, "application/xml",
                    attempt -> { });
            statements.incrementAndGet();
            String statementId = statementId(statementRef, answer);
            int fresh = 0;
            for (Answer a : List.of(answer, second, third)) {
                if (!statementId.equals(statementId(statementRef, a))) {
                    throw new IllegalStateException(statementRef + ": uploaded again, stored as another statement "
                            + statementId(statementRef, a) + " (first " + statementId + ")");
                }
                fresh += a.status() == 201 ? 1 : 0;
            }
            if (fresh > 1 || third.status() != 200) {
                throw new IllegalStateException(statementRef + ": " + fresh + " uploads answered 201, the last "
                        + third.status() + ": the same file was imported more than once");
            }
            uploadsReplayed.addAndGet(3 - fresh);
            if (attempts[0] > 1) {
                statementsRepeated.incrementAndGet();
                if (answer.status() == 200) {
                    statementsReplayed.incrementAndGet();
                }
                System.out.println(statementRef + ": uploaded " + attempts[0] + " times, answered " + answer.status()
                        + (answer.status() == 200 ? " (imported before: the same statement)" : ""));
            }
            Answer listed = retrying("finance", "GET", GIFT + "/api/v1/bank-statements/" + statementId
                    + "/entries?size=500", null, null);
            List<?> items = (List<?>) ((Map<?, ?>) listed.json()).get("items");
            if (items.size() != numbers.length) {
                throw new IllegalStateException(statementRef + " (" + statementId + "): " + items.size()
                        + " entries stored, " + numbers.length + " credits sent");
            }
            StringBuilder lines = new StringBuilder();
            for (Object item : items) {
                Map<?, ?> entry = (Map<?, ?>) item;
                Integer i = numberOf.remove((String) entry.get("endToEndId"));
                String giftId = (String) entry.get("giftId");
                if (i == null || !"MATCHED".equals(entry.get("status")) || giftId == null
                        || !donorOf.get(i).equals(entry.get("donorId"))
                        || new BigDecimal(entry.get("amount").toString()).compareTo(amountOf.get(i)) != 0) {
                    throw new IllegalStateException(statementRef + ": credit " + entry.get("endToEndId") + " did not "
                            + "become a gift of its donor: " + entry.get("status") + " (" + entry.get("matchReason")
                            + "), donor " + entry.get("donorId") + ", gift " + giftId);
                }
                if (accepted.put(giftId, amountOf.get(i).toPlainString()) != null) {
                    throw new IllegalStateException("credit " + i + " became the gift of another: " + giftId);
                }
                lines.append(giftId).append('\t').append(donorOf.get(i)).append('\t').append(amountOf.get(i))
                        .append("\tcredit\n");
            }
            credits.addAndGet(numbers.length);
            recorded(file, lines.toString(), numbers.length);
        }

        /** Sends until answered 201 (or 200), repeating with the same key after any failure that is not ours. */
        Answer retrying(String user, String method, String url, String body, String key) {
            return retrying(user, method, url, body, key, "application/json", attempt -> { });
        }

        Answer retrying(String user, String method, String url, String body, String key, String contentType,
                        java.util.function.IntConsumer onAttempt) {
            Instant until = Instant.now().plus(GIVE_UP);
            long pause = 200;
            for (int attempt = 1; ; attempt++) {
                onAttempt.accept(attempt);
                String routed = Instances.route(url, key, attempt);
                Answer answer = Api.send(user, method, routed, body, key, contentType);
                Instances.answered(routed, answer.status());
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
            Map<String, Boolean> isCredit = new HashMap<>();
            BigDecimal creditSum = BigDecimal.ZERO;
            for (String line : Files.readAllLines(dir.resolve("accepted.tsv"))) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                accepted.put(f[0], new BigDecimal(f[2]));
                byDonor.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
                acceptedSum = acceptedSum.add(new BigDecimal(f[2]));
                if (f.length > 3 && "credit".equals(f[3])) {
                    isCredit.put(f[0], true);
                    creditSum = creditSum.add(new BigDecimal(f[2]));
                }
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
            System.out.printf("amounts: accepted %s (bank credits %s), gift-service %s, reporting drill-down %s%n",
                    acceptedSum, creditSum, verdict.giftSum, verdict.reportingSum);
            System.out.println("gift-service: " + verdict.gift.summary(accepted.size()));
            System.out.println("reporting-service: " + verdict.reporting.summary(accepted.size()));
            int credits = isCredit.size();
            System.out.println("bank credits: gift-service " + verdict.gift.countedOf(isCredit.keySet()) + " of "
                    + credits + ", reporting-service " + verdict.reporting.countedOf(isCredit.keySet()) + " of "
                    + credits + " counted once");
            int lost = Math.max(verdict.gift.lost, verdict.reporting.lost);
            int twice = Math.max(verdict.gift.twice, verdict.reporting.twice);
            int counted = Math.min(verdict.gift.counted, verdict.reporting.counted);
            String result = accepted.size() + " accepted (" + (accepted.size() - credits) + " gifts + " + credits
                    + " bank credits), " + counted + " counted, " + lost + " lost, " + twice + " counted twice";
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

        /** How many of these gifts were seen exactly once. */
        long countedOf(Set<String> ids) {
            return ids.stream().filter(id -> seen.getOrDefault(id, 0) == 1).count();
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
            return send(user, method, url, body, key, "application/json");
        }

        static Answer send(String user, String method, String url, String body, String key, String contentType) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token(user, false))
                        .header("Accept", "application/json");
                if (key != null) {
                    request.header("Idempotency-Key", key);
                }
                if (body != null) {
                    request.header("Content-Type", contentType);
                }
                request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                // over the services' request limit per client: wait as told and ask again (the same request)
                for (int retry = 0; response.statusCode() == 429 && retry < 20; retry++) {
                    long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(Math.min(seconds, 10) * 1000);
                    response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                }
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

    /**
     * Several instances of a service (the rolling-restart test, deploy/crash/rolling): CRM_GIFT_URLS,
     * CRM_DONOR_URLS, … list their base URLs, comma-separated. A request goes to one of them by its key (spreading
     * the load) and each repeat to the next (a request that found its instance restarting goes to another one,
     * with the same Idempotency-Key).
     */
    static final class Instances {
        static final Map<String, List<String>> OF = new LinkedHashMap<>();
        static final Map<String, AtomicInteger> ANSWERS = new java.util.concurrent.ConcurrentSkipListMap<>();

        static {
            for (String[] service : new String[][] {{DONOR, "CRM_DONOR_URLS"}, {GIFT, "CRM_GIFT_URLS"},
                    {CAMPAIGN, "CRM_CAMPAIGN_URLS"}, {REPORTING, "CRM_REPORTING_URLS"}}) {
                String list = env(service[1], "");
                if (!list.isBlank()) {
                    OF.put(service[0], List.of(list.split(",")));
                }
            }
        }

        static boolean spread() {
            return !OF.isEmpty();
        }

        static String route(String url, String key, int attempt) {
            for (Map.Entry<String, List<String>> service : OF.entrySet()) {
                if (url.startsWith(service.getKey())) {
                    List<String> urls = service.getValue();
                    int first = Math.floorMod((key == null ? url : key).hashCode(), urls.size());
                    return urls.get((first + attempt - 1) % urls.size()) + url.substring(service.getKey().length());
                }
            }
            return url;
        }

        static void answered(String url, int status) {
            if (spread()) {
                String instance = url.replaceFirst("^https?://([^/]+).*$", "$1");
                ANSWERS.computeIfAbsent(instance + " " + status, k -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

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
