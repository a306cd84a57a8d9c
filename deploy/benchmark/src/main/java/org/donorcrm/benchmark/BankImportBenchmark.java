package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.CrmHttp.JSON;
import static org.donorcrm.benchmark.CrmHttp.bearer;
import static org.donorcrm.benchmark.CrmHttp.getJson;
import static org.donorcrm.benchmark.CrmHttp.send;
import static org.donorcrm.benchmark.Format.abbreviate;
import static org.donorcrm.benchmark.Format.fmt;
import static org.donorcrm.benchmark.Format.pct;
import static org.donorcrm.benchmark.Log.log;
import static org.donorcrm.benchmark.Settings.CAMT_LINES;
import static org.donorcrm.benchmark.Settings.IBAN_DONORS;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (b) CAMT.053 import: one statement of BENCH_CAMT_LINES credits, "mixed as the issue says": half from accounts on
 * donors' records (BENCH_IBAN_DONORS donors registered in donor-service with an IBAN), a quarter from accounts nobody
 * holds with a donor's number in the text, a quarter from accounts nobody knows (to review); every credit of the
 * last two quarters from an account of its own. Uploaded with {@code Prefer: respond-async} (202 with the import's
 * job), the job polled until it is done, then reporting's figure for the month polled until it holds every gift the
 * import booked. Reported: upload to 202, staging and booking in gift-service (the job's start to its end), end to end,
 * gift-service's peak RSS during the section. Baseline in the same run: raw batched JDBC inserts of as many rows into
 * the same MariaDB ({@link JdbcBaseline}).
 */
final class BankImportBenchmark implements Section {

    /** The booking date of every credit; no other benchmark records gifts in its month. */
    private static final LocalDate BOOKED = LocalDate.of(2022, 3, 2);

    private final Results results;
    private final List<String> donors;

    BankImportBenchmark(Results results, List<String> donors) {
        this.results = results;
        this.donors = donors;
    }

    /** A donor registered with an IBAN: the account on their record, and their donor number. */
    private record Holder(String id, String iban, long number) {
    }

    @Override
    public void run() throws Exception {
        log("(b) CAMT.053 statement of %,d credits (booking date %s), %,d donors with an IBAN", CAMT_LINES, BOOKED,
                IBAN_DONORS);
        List<Holder> holders = registerHolders();
        byte[] body = statement(BOOKED, holders).getBytes(StandardCharsets.UTF_8);
        long accounts = holders.size() + CAMT_LINES / 2;

        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicLong peakKb = new AtomicLong(MemoryBenchmark.rssKb("gift-service"));
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peakKb.accumulateAndGet(MemoryBenchmark.rssKb("gift-service"), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler-b");
        sampler.setDaemon(true);
        sampler.start();
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Stack.GIFT + "/api/v1/bank-statements"))
                    .timeout(Duration.ofMinutes(10)).header("Authorization", bearer("finance"))
                    .header("Prefer", "respond-async")
                    .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            long accepted = System.nanoTime();
            if (response.statusCode() != 202) {
                throw new IllegalStateException("import: HTTP " + response.statusCode() + " " + abbreviate(response.body()));
            }
            String jobId = JSON.readTree(response.body()).get("id").asText();
            String location = response.headers().firstValue("Location").orElse("");
            log("  202 in %.1f s (%d MB), job %s (Location %s)", (accepted - t0) / 1e9, body.length / 1_000_000, jobId,
                    location);

            JsonNode job = null;
            long deadline = System.nanoTime() + Math.max(600, CAMT_LINES / 20) * 1_000_000_000L;
            long lastLog = 0;
            while (System.nanoTime() < deadline) {
                job = getJson(Stack.GIFT + "/api/v1/jobs/" + jobId, "finance");
                String status = job.get("status").asText();
                if ("SUCCEEDED".equals(status) || "FAILED".equals(status)) {
                    break;
                }
                if (System.nanoTime() - lastLog > 10_000_000_000L) {
                    log("  job %s: %s of %s", status, job.get("done").asText(), job.get("total").asText());
                    lastLog = System.nanoTime();
                }
                Thread.sleep(500);
            }
            long booked = System.nanoTime();
            if (job == null || !"SUCCEEDED".equals(job.get("status").asText())) {
                throw new IllegalStateException("the import's job did not succeed: " + (job == null ? "-" : abbreviate(job.toString())));
            }
            Instant jobStarted = Instant.parse(job.get("startedAt").asText());
            Instant jobFinished = Instant.parse(job.get("finishedAt").asText());
            double jobSeconds = Duration.between(jobStarted, jobFinished).toMillis() / 1000.0;
            String link = job.get("resultLink").asText();
            String statementId = link.substring(link.lastIndexOf('/') + 1);
            JsonNode statement = getJson(Stack.GIFT + "/api/v1/bank-statements/" + statementId, "finance");
            long gifts = statement.get("byStatus").get("MATCHED").get("count").asLong();
            long review = statement.get("byStatus").get("REVIEW").get("count").asLong();
            log("  job done in %.1f s in gift-service (observed %.1f s after the POST): %s; %,d gifts, %,d to review",
                    jobSeconds, (booked - t0) / 1e9, job.get("result").asText(), gifts, review);

            long count = 0;
            deadline = System.nanoTime() + Math.max(300, CAMT_LINES / 20) * 1_000_000_000L;
            while (System.nanoTime() < deadline) {
                count = getJson(Stack.REPORTING + "/api/v1/figures/allocations?year=" + BOOKED.getYear() + "&month="
                        + BOOKED.getMonthValue() + "&size=1", "director").get("total").asLong();
                if (count >= gifts) {
                    break;
                }
                Thread.sleep(250);
            }
            long inFigures = System.nanoTime();
            if (count < gifts) {
                throw new IllegalStateException("the figures hold " + count + " of " + gifts + " booked gifts after the wait");
            }
            sampling.set(false);
            double e2eSeconds = (inFigures - t0) / 1e9;
            double e2e = CAMT_LINES / e2eSeconds;
            double inService = CAMT_LINES / jobSeconds;
            double rawRate = JdbcBaseline.inserts(CAMT_LINES, donors);
            log("  gift-service done at T1 = %.1f s, reporting's figure holds all %,d gifts at T2 = %.1f s", (booked - t0) / 1e9,
                    gifts, e2eSeconds);
            results.add(new Row("b", String.format(Locale.ROOT, "CAMT.053 import of %,d credits (%d MB, %,d accounts: "
                            + "1/2 on donors' records, 1/4 donor number in the text, 1/4 to review), Prefer: respond-async",
                    CAMT_LINES, body.length / 1_000_000, accounts),
                    String.format(Locale.ROOT, "upload -> 202 %.1f s; staging + booking in gift-service %.1f s = %s credits/s; "
                                    + "end to end (POST -> figures hold all %,d gifts) %.1f s = %s credits/s",
                            (accepted - t0) / 1e9, jobSeconds, fmt(inService), gifts, e2eSeconds, fmt(e2e)),
                    "raw batched JDBC inserts of " + String.format(Locale.ROOT, "%,d", CAMT_LINES) + " rows (batches of 1000, rewriteBatchedStatements)",
                    fmt(rawRate) + " rows/s", pct(e2e / rawRate) + " (gift-service alone " + pct(inService / rawRate) + ")",
                    String.format(Locale.ROOT, "%,d booked as gifts, %,d to review; gift-service done at T1 = %.1f s, reporting "
                            + "caught up at T2 = %.1f s", gifts, review, (booked - t0) / 1e9, e2eSeconds)));
            results.add(Row.alone("b", "gift-service RSS during (b)", String.format(Locale.ROOT, "peak %d MB",
                    peakKb.get() / 1024), Stack.heapOf("gift-service") + " heap; sampled every 250 ms from the POST "
                    + "until the figures held every gift"));
        } finally {
            sampling.set(false);
        }
    }

    /**
     * Registers BENCH_IBAN_DONORS donors with an IBAN of their own through donor-service's API (4 at a time) and waits
     * until gift-service knows the last of them.
     */
    private List<Holder> registerHolders() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Holder>> registered = new ArrayList<>();
            for (int d = 0; d < IBAN_DONORS; d++) {
                int n = d;
                registered.add(pool.submit(() -> register(run, n)));
            }
            List<Holder> holders = new ArrayList<>();
            for (Future<Holder> f : registered) {
                holders.add(f.get());
            }
            awaitKnown(holders.get(holders.size() - 1).id());
            log("  %,d donors with an IBAN registered", holders.size());
            return Collections.unmodifiableList(holders);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Holder register(String run, int d) throws Exception {
        String iban = iban(900_000_000L + d);
        String body = "{\"kind\":\"INDIVIDUAL\",\"firstName\":\"Bank\",\"lastName\":\"Holder " + run + "-" + d
                + "\",\"street\":\"Meetstraat\",\"houseNumber\":\"" + (d + 1) + "\",\"postcode\":\"1234 AB\","
                + "\"city\":\"Teststad\",\"country\":\"NL\",\"iban\":\"" + iban + "\",\"email\":\"holder" + d + "."
                + run + "@bench.example\"}";
        for (int attempt = 0; attempt < 20; attempt++) {
            String auth;
            try {
                auth = fundraiser();
            } catch (java.io.IOException e) {
                // Keycloak refuses password grants of one user racing each other now and then: once more
                Thread.sleep(500);
                continue;
            }
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(Stack.DONOR + "/api/v1/donors"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-holder-" + run + "-" + d)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (r.statusCode() == 201 || r.statusCode() == 200) {
                JsonNode answer = JSON.readTree(r.body());
                return new Holder(answer.get("id").asText(), iban, answer.get("number").asLong());
            }
            if (attempt == 19) {
                throw new IllegalStateException("register donor: " + r.statusCode() + " " + abbreviate(r.body()));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("unreachable");
    }

    /** The fundraiser's token, fetched by one registering thread at a time (CrmHttp renews it every 60 s). */
    private static synchronized String fundraiser() throws Exception {
        return bearer("fundraiser");
    }

    /** Waits until gift-service's replica knows the donor (a gift for them dated far from the measured month). */
    private static void awaitKnown(String donor) throws Exception {
        for (int i = 0; i < 240; i++) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(Stack.GIFT + "/api/v1/gifts"))
                    .header("Authorization", bearer("finance")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"donorId\":\"" + donor
                            + "\",\"amount\":\"1.00\",\"currency\":\"EUR\",\"incomeDate\":\"2020-06-01\",\"channel\":\"ONLINE\"}"))
                    .build());
            if (r.statusCode() == 201) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("gift-service does not know the registered donors after 120 s");
    }

    /** A valid Dutch IBAN (mod 97) of the test bank code BENC and this 10-digit account number. */
    static String iban(long account) {
        String bban = "BENC" + String.format(Locale.ROOT, "%010d", account);
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + "NL00").toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "NL%02d%s", check, bban);
    }

    /**
     * A CAMT.053 statement of BENCH_CAMT_LINES booked SEPA credits of 10.00 EUR on BENCH_BANK_ACCOUNT: of every four,
     * two from a holder's account (the holders taking turns), one from an account of its own with the text "Relatie:
     * &lt;a holder's donor number&gt;", one from an account of its own with the text "gift".
     */
    private String statement(LocalDate date, List<Holder> holders) {
        String id = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder entries = new StringBuilder(CAMT_LINES * 750);
        long own = 0;
        for (int i = 0; i < CAMT_LINES; i++) {
            Holder holder = holders.get((i / 2) % holders.size());
            String iban;
            String text;
            switch (i % 4) {
                case 0, 1 -> {
                    iban = holder.iban();
                    text = "gift";
                }
                case 2 -> {
                    iban = iban(100_000_000L + own++);
                    text = "Relatie: " + holder.number();
                }
                default -> {
                    iban = iban(100_000_000L + own++);
                    text = "gift";
                }
            }
            entries.append("<Ntry><Amt Ccy=\"EUR\">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>")
                    .append("<BookgDt><Dt>").append(date).append("</Dt></BookgDt><ValDt><Dt>").append(date)
                    .append("</Dt></ValDt><AcctSvcrRef>").append(id).append('-').append(i).append("</AcctSvcrRef>")
                    .append("<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>")
                    .append("<NtryDtls><TxDtls><Refs/><RltdPties><Dbtr><Nm>Donor</Nm></Dbtr><DbtrAcct><Id><IBAN>")
                    .append(iban).append("</IBAN></Id></DbtrAcct></RltdPties>")
                    .append("<RmtInf><Ustrd>").append(text).append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
        }
        String closing = String.format(Locale.ROOT, "%d.00", CAMT_LINES * 10L);
        return """
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
                """.formatted(id, date, Settings.BANK_ACCOUNT, closing, entries);
    }
}
