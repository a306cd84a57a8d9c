package org.donorcrm.gift.bankimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.platform.jobs.JobContext;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.gift.bankimport.Statements.Line;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The screens' upload as a background job (kind bank-import, subject the file's SHA-256): the upload answers with the
 * job's page at once, the job books the statement exactly once and says what it came to in the uploader's language,
 * the same file is refused while its import runs, a resumed run books nothing twice, and a broken file fails the job
 * with the parser's reason and books nothing.
 */
@QuarkusTest
class BankImportJobTest {

    @Inject
    Replicas replicas;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource database;

    @Inject
    BankImportJob handler;

    @BeforeEach
    void funds() {
        replicas.standardFunds();
    }

    /** Three credits (two naming their donor in the remittance text, one naming nobody) and a debit. */
    private static String statement(String ref, String donorA, String donorB) {
        return Statements.camt(ref, "100.00", List.of(
                Line.credit("25.00", "2026-03-02", ref + "-1", null, "maandgift " + donorA),
                Line.credit("40.00", "2026-03-02", ref + "-2", null, "gift " + donorB),
                Line.credit("12.34", "2026-03-02", ref + "-3", null, "voor de kinderen"),
                new Line("5.00", false, "2026-03-02", ref + "-4", null, null, null, "kosten", null)));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void anUploadAnswersWithItsJobsPageAndTheJobBooksTheStatementOnce() {
        String donorA = replicas.individual();
        String donorB = replicas.individual();
        String ref = "JOB-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] xml = statement(ref, donorA, donorB).getBytes(StandardCharsets.UTF_8);

        String job = ImportJobs.uploadCamt(xml);
        String result = ImportJobs.awaitSucceeded(job);
        String statementId = statementId(ref);
        assertThat(result).isEqualTo("Ingelezen: 1 afschrift met 3 bijschrijvingen (€ 77,34), waarvan 2 als gift "
                + "geboekt en 1 te beoordelen.");
        assertThat(ImportJobs.job(job).getString("resultLink")).isEqualTo("/bank/statements/" + statementId);
        JsonPath done = ImportJobs.job(job);
        assertThat(done.getString("kind")).isEqualTo("bank-import");
        assertThat(done.getString("subject")).isEqualTo(BankImportService.sha256(xml));
        assertThat(done.getString("startedBy")).isEqualTo("femke");
        assertThat(done.getLong("done")).isEqualTo(4);
        assertThat(done.getLong("total")).isEqualTo(4);
        assertThat(done.getInt("percent")).isEqualTo(100);
        assertThat(done.getInt("attempts")).isEqualTo(1);

        // booked exactly once: four lines, two gifts of 25.00 and 40.00, 77.34 of credits
        assertThat(entryCount(statementId)).isEqualTo(4);
        assertThat(creditSum(statementId)).isEqualByComparingTo("77.34");
        assertThat(gifts(donorA)).isEqualTo(1);
        assertThat(gifts(donorB)).isEqualTo(1);
        assertThat(giftSum(donorA, donorB)).isEqualByComparingTo("65.00");

        // the job's page: its title, status, progress and result
        given().when().get("/jobs/" + job).then().statusCode(200)
                .body(containsString("<h1 class=\"h3\">Bankafschrift inlezen"))
                .body(containsString("data-job-status=\"SUCCEEDED\">klaar</strong>"))
                .body(containsString("4 van 4 gedaan"))
                .body(containsString("<div class=\"alert alert-success\">" + result + "</div>"));
        given().cookie("crm-lang", "en").when().get("/jobs/" + job).then().statusCode(200)
                .body(containsString("<h1 class=\"h3\">Import bank statement"));
        // the file is gone once the job succeeded; its upload keeps the result
        assertThat(partsOfUploads(BankImportService.sha256(xml))).isZero();
        // the statement page shows its lines as before
        given().when().get("/bank/statements/" + statementId).then().statusCode(200)
                .body(containsString("<th>+ Bijschrijvingen (3)</th><td class=\"money\">€ 77,34</td>"))
                .body(containsString("<td><a href=\"?status=MATCHED\">gekoppeld</a></td><td>bij</td>"
                        + "<td class=\"money\">2</td><td class=\"money\">€ 65,00</td>"));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void anOnlineDonationExportIsImportedAsAJobWhoseResultIsInTheUploadersLanguage() {
        String donor = replicas.individual();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "Datum;Bedrag;Transactie;Donateur\n"
                + "02-03-2026;10,00;tr-" + run + "-1;" + donor + "\n"
                + "02-03-2026;7,50;tr-" + run + "-2;\n";
        String page = ImportJobs.form().cookie("crm-lang", "en")
                .multiPart("file", "gifts.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("source", "mollie").multiPart("date", "Datum").multiPart("amount", "Bedrag")
                .multiPart("reference", "Transactie").multiPart("donorId", "Donateur")
                .multiPart("dateFormat", "dd-MM-yyyy").multiPart("delimiter", ";")
                .when().post("/bank/statements/csv")
                .then().statusCode(303).extract().header("Location");
        String job = page.substring(page.lastIndexOf('/') + 1);
        String result = ImportJobs.awaitSucceeded(job);
        String statementId = ImportJobs.statementOf(job);
        assertThat(result).isEqualTo("Imported: 1 statement with 2 credits (€ 17,50), of which 1 booked as gifts and "
                + "1 to review.");
        assertThat(entryCount(statementId)).isEqualTo(2);
        assertThat(gifts(donor)).isEqualTo(1);
        assertThat(giftSum(donor, donor)).isEqualByComparingTo("10.00");
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void theSameFileWhileItsImportRunsIsRefusedAndBookedOnce() throws Exception {
        String donorA = replicas.individual();
        String donorB = replicas.individual();
        String ref = "TWICE-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] xml = statement(ref, donorA, donorB).getBytes(StandardCharsets.UTF_8);
        String identity = BankImportService.identityHash("CAMT053",
                CamtParser.parse(new ByteArrayInputStream(xml)).get(0));
        String first;
        // a statement row of the same bank identity this test holds uncommitted: the job's insert of the statement
        // waits for it, so the import is still running when the same file comes again
        try (Connection held = database.getConnection()) {
            held.setAutoCommit(false);
            try (PreparedStatement insert = held.prepareStatement("insert into bank_statement (id, identity_hash, "
                    + "source, format_version, account, statement_ref, entry_count, credit_count, credit_total, "
                    + "debit_count, debit_total, duplicate_count, imported_by, imported_at) values (?, ?, 'CAMT053', "
                    + "'x', 'x', 'x', 0, 0, 0, 0, 0, 0, 'test', ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, identity);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            first = ImportJobs.uploadCamt(xml);
            await().atMost(Duration.ofSeconds(30)).until(() -> "RUNNING".equals(ImportJobs.job(first)
                    .getString("status")));

            ImportJobs.form().multiPart("file", "statement.xml", xml, "application/xml")
                    .when().post("/bank/statements")
                    .then().statusCode(409)
                    .body(containsString("<div class=\"field-error mb-2\">Dit bestand wordt al ingelezen; het is niet "
                            + "nog een keer gestart. De voortgang staat hieronder bij ‘Bezig met inlezen’.</div>"))
                    .body(containsString("<h2 class=\"h5\">Bezig met inlezen</h2>"))
                    .body(containsString("<a href=\"/jobs/" + first + "\">Voortgang volgen</a>"));
            // the list shows the import running, with a way to its page
            given().when().get("/bank").then().statusCode(200)
                    .body(containsString("<a href=\"/jobs/" + first + "\">Voortgang volgen</a>"));
            held.rollback();
        }
        ImportJobs.awaitSucceeded(first);
        String statementId = statementId(ref);
        assertThat(ImportJobs.statementOf(first)).isEqualTo(statementId);
        assertThat(entryCount(statementId)).isEqualTo(4);
        assertThat(gifts(donorA)).isEqualTo(1);
        assertThat(gifts(donorB)).isEqualTo(1);
        // the refused upload stored nothing: one upload of the file, its parts gone
        assertThat(uploads(BankImportService.sha256(xml))).isEqualTo(1);
        assertThat(partsOfUploads(BankImportService.sha256(xml))).isZero();
        given().when().get("/bank").then().statusCode(200).body(not(containsString("/jobs/" + first)));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aResumedRunBooksNothingTwice() throws Exception {
        String donorA = replicas.individual();
        String donorB = replicas.individual();
        String ref = "RESUME-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] xml = statement(ref, donorA, donorB).getBytes(StandardCharsets.UTF_8);
        String job = ImportJobs.uploadCamt(xml);
        String result = ImportJobs.awaitSucceeded(job);
        String statementId = statementId(ref);
        String upload = uploadOf(BankImportService.sha256(xml));

        // the runner died after the booking committed, before it wrote the outcome: the file is still there and
        // the job runs again (its checkpoint says it had started booking)
        restore(upload, xml);
        TestContext resumed = new TestContext(job, "femke",
                "{\"upload\":\"" + upload + "\",\"language\":\"nl\"}", BankImportJob.BOOKING);
        assertThat(handler.run(resumed)).isEqualTo(result);
        // it went through the whole file again and found every line booked
        assertThat(resumed.reports).isNotEmpty();
        assertThat(resumed.reports.get(resumed.reports.size() - 1)).containsExactly(4L, 4L);
        assertThat(entryCount(statementId)).isEqualTo(4);
        assertThat(gifts(donorA)).isEqualTo(1);
        assertThat(gifts(donorB)).isEqualTo(1);
        assertThat(partsOfUploads(BankImportService.sha256(xml))).isZero();
        // run once more after the outcome was written: the same outcome, nothing read or booked
        TestContext again = new TestContext(resumed.jobId(), "femke", resumed.params(), BankImportJob.BOOKING);
        assertThat(handler.run(again)).isEqualTo(result);
        assertThat(again.reports).isEmpty();
        assertThat(entryCount(statementId)).isEqualTo(4);
    }

    @Test
    void aJobWhoseRunnerDiedAfterTheBookingIsTakenUpByTheServiceAndBooksNothingTwice() throws Exception {
        String donorA = replicas.individual();
        String donorB = replicas.individual();
        String ref = "CRASH-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] xml = statement(ref, donorA, donorB).getBytes(StandardCharsets.UTF_8);
        // the booking committed (through the API: the same path the job books through)
        given().auth().oauth2(TestTokens.forUser("ada", "finance")).contentType("application/xml").body(xml)
                .when().post("/api/v1/bank-statements").then().statusCode(201);
        String statementId = statementId(ref);
        // ... and the replica running its job died then: the file stored, the job RUNNING, its heartbeat stale
        String upload = UUID.randomUUID().toString();
        String job = UUID.randomUUID().toString();
        String hash = BankImportService.sha256(xml);
        Timestamp yesterday = Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS));
        try (Connection c = database.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("insert into bank_upload (id, content_hash, format, "
                    + "size_bytes, uploaded_by, uploaded_at) values (?, ?, 'CAMT053', ?, 'ada', ?)")) {
                insert.setString(1, upload);
                insert.setString(2, hash);
                insert.setLong(3, xml.length);
                insert.setTimestamp(4, yesterday);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into bank_upload_part (upload_id, part_no, "
                    + "content) values (?, 0, ?)")) {
                insert.setString(1, upload);
                insert.setBytes(2, xml);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into platform_job (id, kind, subject, "
                    + "guard_key, status, params, done, total, checkpoint, started_by, owner, heartbeat_at, "
                    + "created_at, started_at, attempts) values (?, 'bank-import', ?, ?, 'RUNNING', ?, 2, 4, "
                    + "'booking', 'ada', 'instance-that-died', ?, ?, ?, 1)")) {
                insert.setString(1, job);
                insert.setString(2, hash);
                insert.setString(3, "bank-import|" + hash);
                insert.setString(4, "{\"upload\":\"" + upload + "\",\"language\":\"nl\"}");
                insert.setTimestamp(5, yesterday);
                insert.setTimestamp(6, yesterday);
                insert.setTimestamp(7, yesterday);
                insert.executeUpdate();
            }
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> "SUCCEEDED".equals(
                adminJob(job).getString("status")));
        JsonPath resumed = adminJob(job);
        assertThat(resumed.getInt("attempts")).isEqualTo(2);
        // a resumption finds its own booking: no "imported before", the statement's figures
        assertThat(resumed.getString("result")).isEqualTo("Ingelezen: 1 afschrift met 3 bijschrijvingen (€ 77,34), "
                + "waarvan 2 als gift geboekt en 1 te beoordelen.");
        assertThat(resumed.getString("resultLink")).isEqualTo("/bank/statements/" + statementId);
        assertThat(entryCount(statementId)).isEqualTo(4);
        assertThat(gifts(donorA)).isEqualTo(1);
        assertThat(gifts(donorB)).isEqualTo(1);
        assertThat(partsOfUploads(hash)).isZero();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aBrokenFileFailsTheJobWithTheParsersReasonAndBooksNothing() {
        long statements = count("BankStatement");
        long lines = count("BankEntry");
        long gifts = count("Gift");
        // a statement of an account that is not ours
        String foreign = Statements.camt("FOREIGN-" + UUID.randomUUID(), "0.00",
                        List.of(Line.credit("10.00", "2026-03-02", "F-" + UUID.randomUUID(), null, null)))
                .replace(Statements.OUR_ACCOUNT, "NL02RABO0123456789");
        String job = ImportJobs.uploadCamt(foreign.getBytes(StandardCharsets.UTF_8));
        JsonPath failed = ImportJobs.awaitFinished(job);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).isEqualTo("Het bestand is geweigerd, er is niets ingelezen: afschrift 1 "
                + "is van een rekening die niet van de organisatie is (crm.bank.accounts)");
        assertThat(failed.getString("result")).isNull();
        given().when().get("/jobs/" + job).then().statusCode(200)
                .body(containsString("data-job-status=\"FAILED\">mislukt</strong>"))
                .body(containsString("<div class=\"alert alert-danger\">Het bestand is geweigerd, er is niets "
                        + "ingelezen: afschrift 1 is van een rekening die niet van de organisatie is"));

        // an export whose amount column holds a name: the reason without the name (the job's error is logged)
        String csv = "Datum;Bedrag;Transactie\n02-03-2026;Jan Jansen;tr-" + UUID.randomUUID() + "\n";
        String page = ImportJobs.form().cookie("crm-lang", "en")
                .multiPart("file", "gifts.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("source", "mollie").multiPart("date", "Datum").multiPart("amount", "Bedrag")
                .multiPart("reference", "Transactie").multiPart("dateFormat", "dd-MM-yyyy").multiPart("delimiter", ";")
                .when().post("/bank/statements/csv")
                .then().statusCode(303).extract().header("Location");
        JsonPath refused = ImportJobs.awaitFinished(page.substring(page.lastIndexOf('/') + 1));
        assertThat(refused.getString("status")).isEqualTo("FAILED");
        assertThat(refused.getString("error")).isEqualTo("The file was refused, nothing was imported: row 1: the "
                + "amount is not an amount such as 12.50");

        // an XML file that is not a statement
        JsonPath notXml = ImportJobs.awaitFinished(ImportJobs.uploadCamt("<notes>".getBytes(StandardCharsets.UTF_8)));
        assertThat(notXml.getString("status")).isEqualTo("FAILED");
        assertThat(notXml.getString("error")).isEqualTo("Het bestand is geweigerd, er is niets ingelezen: het "
                + "bestand is geen CAMT.053-afschrift; verwacht is camt.053.001.02 tot en met camt.053.001.08");

        assertThat(count("BankStatement")).isEqualTo(statements);
        assertThat(count("BankEntry")).isEqualTo(lines);
        assertThat(count("Gift")).isEqualTo(gifts);
        // the files are gone once their jobs failed
        assertThat(partsOfUploads(BankImportService.sha256(foreign.getBytes(StandardCharsets.UTF_8)))).isZero();
        assertThat(partsOfUploads(BankImportService.sha256(csv.getBytes(StandardCharsets.UTF_8)))).isZero();
    }

    /** What a job's handler sees, for running it directly; records the progress it reports. */
    private static final class TestContext implements JobContext {

        private final String jobId;
        private final String startedBy;
        private final String params;
        private final String checkpoint;
        final List<long[]> reports = new ArrayList<>();

        TestContext(String jobId, String startedBy, String params, String checkpoint) {
            this.jobId = jobId;
            this.startedBy = startedBy;
            this.params = params;
            this.checkpoint = checkpoint;
        }

        @Override
        public String jobId() {
            return jobId;
        }

        @Override
        public String startedBy() {
            return startedBy;
        }

        @Override
        public String subject() {
            return null;
        }

        @Override
        public String params() {
            return params;
        }

        @Override
        public String checkpoint() {
            return checkpoint;
        }

        @Override
        public void progress(long done, Long total) {
            reports.add(new long[] {done, total});
        }

        @Override
        public void checkpoint(String checkpoint, long done, Long total) {
        }
    }

    private static JsonPath adminJob(String id) {
        return given().auth().oauth2(TestTokens.forRoles("admin")).when().get("/api/v1/jobs/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Puts a finished upload's file back and forgets its outcome, as if the outcome had never been written. */
    private void restore(String upload, byte[] xml) throws Exception {
        try (Connection c = database.getConnection()) {
            try (PreparedStatement update = c.prepareStatement(
                    "update bank_upload set finished_at = null, result = null, error = null where id = ?")) {
                update.setString(1, upload);
                update.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into bank_upload_part (upload_id, part_no, "
                    + "content) values (?, 0, ?)")) {
                insert.setString(1, upload);
                insert.setBytes(2, xml);
                insert.executeUpdate();
            }
        }
    }

    private String statementId(String ref) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select s.id from BankStatement s where s.statementRef = :r", String.class)
                .setParameter("r", ref).getSingleResult());
    }

    private String uploadOf(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select u.id from BankUpload u where u.contentHash = :h", String.class)
                .setParameter("h", hash).getSingleResult());
    }

    private long uploads(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(u) from BankUpload u where u.contentHash = :h", Long.class)
                .setParameter("h", hash).getSingleResult());
    }

    private long partsOfUploads(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from bank_upload_part p join bank_upload u on u.id = p.upload_id "
                                + "where u.content_hash = ?1")
                .setParameter(1, hash).getSingleResult()).longValue());
    }

    private long entryCount(String statementId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(e) from BankEntry e where e.statementId = :s", Long.class)
                .setParameter("s", statementId).getSingleResult());
    }

    private BigDecimal creditSum(String statementId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select sum(e.amount) from BankEntry e where e.statementId = :s and e.direction = 'CRDT'",
                        BigDecimal.class)
                .setParameter("s", statementId).getSingleResult());
    }

    private long gifts(String donorId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(g) from Gift g where g.donorId = :d", Long.class)
                .setParameter("d", donorId).getSingleResult());
    }

    private BigDecimal giftSum(String donorA, String donorB) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select sum(g.amount) from Gift g where g.donorId in (:a, :b)", BigDecimal.class)
                .setParameter("a", donorA).setParameter("b", donorB).getSingleResult());
    }

    private long count(String entity) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select count(e) from " + entity + " e", Long.class).getSingleResult());
    }
}
