package org.donorcrm.benchmark;

import static org.donorcrm.benchmark.CrmHttp.bearer;
import static org.donorcrm.benchmark.CrmHttp.getJson;
import static org.donorcrm.benchmark.CrmHttp.send;
import static org.donorcrm.benchmark.Format.abbreviate;
import static org.donorcrm.benchmark.Format.fmt;
import static org.donorcrm.benchmark.Format.pct;
import static org.donorcrm.benchmark.Log.log;
import static org.donorcrm.benchmark.Settings.CAMT_LINES;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * (b) CAMT.053 import: one statement of BENCH_CAMT_LINES credits, each matched by the donor id in its remittance
 * text, {@code POST /api/v1/bank-statements}, timed until reporting's figure for that month holds all of them.
 * Baseline in the same run: raw batched JDBC inserts of as many rows into the same MariaDB ({@link JdbcBaseline}).
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

    @Override
    public void run() throws Exception {
        log("(b) CAMT.053 statement of %,d credits (booking date %s)", CAMT_LINES, BOOKED);
        byte[] body = statement(BOOKED).getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Stack.GIFT + "/api/v1/bank-statements"))
                .timeout(Duration.ofMinutes(30)).header("Authorization", bearer("finance"))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        long imported = System.nanoTime();
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("import: HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        }
        log("  imported in %.1f s (%d MB): %s", (imported - t0) / 1e9, body.length / 1_000_000, abbreviate(response.body()));
        long deadline = System.nanoTime() + Math.max(300, CAMT_LINES / 20) * 1_000_000_000L;
        long count = 0;
        while (System.nanoTime() < deadline) {
            count = getJson(Stack.REPORTING + "/api/v1/figures/allocations?year=" + BOOKED.getYear() + "&month="
                    + BOOKED.getMonthValue() + "&size=1", "director").get("total").asLong();
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
        double rawRate = JdbcBaseline.inserts(CAMT_LINES, donors);
        results.add(new Row("b", String.format(Locale.ROOT, "CAMT.053 import of %,d credits (%d MB), POST -> figures include the last",
                CAMT_LINES, body.length / 1_000_000),
                String.format(Locale.ROOT, "%.1f s end to end = %s credits/s (the POST itself %.1f s = %s/s)",
                        (inFigures - t0) / 1e9, fmt(e2e), (imported - t0) / 1e9, fmt(CAMT_LINES / ((imported - t0) / 1e9))),
                "raw batched JDBC inserts of " + String.format(Locale.ROOT, "%,d", CAMT_LINES) + " rows (batches of 1000, rewriteBatchedStatements)",
                fmt(rawRate) + " rows/s", pct(e2e / rawRate), "every credit matched by the donor id in the remittance text"));
    }

    /**
     * A CAMT.053 statement of BENCH_CAMT_LINES booked SEPA credits of 10.00 EUR on BENCH_BANK_ACCOUNT, the donors
     * taking turns, each with "gift &lt;donor id&gt;" as its remittance text.
     */
    private String statement(LocalDate date) {
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
