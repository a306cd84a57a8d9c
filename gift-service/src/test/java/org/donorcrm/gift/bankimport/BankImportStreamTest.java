package org.donorcrm.gift.bankimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.support.DonorLookupStub;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.platform.jobs.JobContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.donorcrm.gift.bankimport.BankImportResourceTest.randomIban;
import static org.donorcrm.gift.bankimport.Statements.Line;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * The import streamed through the staging tables and booked in chunks of 1,000 (issue 20 parts 4-5): a 5,000-credit
 * statement through {@code Prefer: respond-async} (202 with the job, exact gifts and review queue, the staging rows
 * gone), a run that dies after its second chunk and is resumed from its checkpoint (every credit exactly once), and
 * the same file and an overlapping one through the asynchronous path (nothing twice).
 */
@QuarkusTest
class BankImportStreamTest {

    private static final String BOOKED = "2026-03-02";

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
        DonorLookupStub.down(false);
    }

    @AfterEach
    void noCrash() {
        BankImportService.afterChunk = seq -> {
        };
    }

    /**
     * A statement "mixed as the issue says": of every four credits two from an account on a donor's record, one with
     * the donor's number in the text (from an account nobody holds), one from nobody known (review). Amounts vary.
     */
    private record Mixed(List<String> donors, List<Line> lines, int matched, BigDecimal matchedTotal, int review,
                         BigDecimal reviewTotal) {

        static Mixed of(Replicas replicas, String ref, int credits) {
            List<String> donors = new ArrayList<>();
            List<Long> numbers = new ArrayList<>();
            for (int d = 0; d < 10; d++) {
                String donor = replicas.individual();
                long number = DonorLookupStub.nextNumber();
                DonorLookupStub.number(number, donor);
                donors.add(donor);
                numbers.add(number);
            }
            List<Line> lines = new ArrayList<>();
            int matched = 0;
            int review = 0;
            BigDecimal matchedTotal = BigDecimal.ZERO.setScale(2);
            BigDecimal reviewTotal = BigDecimal.ZERO.setScale(2);
            for (int i = 0; i < credits; i++) {
                BigDecimal amount = new BigDecimal((i % 97 + 1) + "." + String.format("%02d", i % 100));
                String iban = randomIban();
                String text = "gift " + i;
                switch (i % 4) {
                    case 0, 1 -> DonorLookupStub.holds(iban, donors.get(i % 10));
                    case 2 -> text = "Relatie: " + numbers.get(i % 10);
                    default -> {
                    }
                }
                if (i % 4 == 3) {
                    review++;
                    reviewTotal = reviewTotal.add(amount);
                } else {
                    matched++;
                    matchedTotal = matchedTotal.add(amount);
                }
                lines.add(Line.credit(amount.toPlainString(), BOOKED, ref + "-" + i, iban, text));
            }
            return new Mixed(donors, lines, matched, matchedTotal, review, reviewTotal);
        }

        byte[] xml(String ref) {
            return Statements.camt(ref, "0.00", lines).getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aFiveThousandCreditStatementThroughTheAsyncApiIsBookedExactlyAndItsStagingRowsGo() {
        String ref = "ASYNC-" + UUID.randomUUID().toString().substring(0, 8);
        Mixed mixed = Mixed.of(replicas, ref, 5000);
        int callsBefore = DonorLookupStub.calls().size();

        String job = given().header("Prefer", "respond-async").contentType("application/xml").body(mixed.xml(ref))
                .when().post("/api/v1/bank-statements")
                .then().statusCode(202)
                .header("Location", matchesPattern(".*/api/v1/jobs/[0-9a-f-]{36}"))
                .header("Preference-Applied", "respond-async")
                .body("kind", equalTo("bank-import"))
                .extract().path("id");
        String result = ImportJobs.awaitSucceeded(job);
        assertThat(result).isEqualTo("Imported: 1 statement with 5.000 credits (€ " + dutch(mixed.matchedTotal()
                .add(mixed.reviewTotal())) + "), of which 3.750 booked as gifts and 1.250 to review.");
        JsonPath done = ImportJobs.job(job);
        assertThat(done.getLong("done")).isEqualTo(5000L);
        assertThat(done.getLong("total")).isEqualTo(5000L);
        String statement = ImportJobs.statementOf(job);

        assertThat(giftCount(mixed.donors())).isEqualTo(3750L);
        assertThat(giftTotal(mixed.donors())).isEqualByComparingTo(mixed.matchedTotal());
        assertThat(mixed.matched()).isEqualTo(3750);
        assertThat(statusCount(statement, "MATCHED")).isEqualTo(3750L);
        assertThat(statusCount(statement, "REVIEW")).isEqualTo(1250L);
        assertThat(statusTotal(statement, "REVIEW")).isEqualByComparingTo(mixed.reviewTotal());
        // one donor-service lookup per chunk of 1,000 (its 1,000 accounts and 250 donor numbers), never one per
        // credit: two calls each, as donor-service answers at most 500 accounts per call
        assertThat(DonorLookupStub.calls().size() - callsBefore).isEqualTo(10);
        // the staging rows are deleted once the job is done (and the file's parts with them)
        assertThat(count("select count(*) from bank_staged_entry")).isZero();
        assertThat(count("select count(*) from bank_staged_statement")).isZero();
        assertThat(count("select count(*) from outbox_event where aggregate_id in (select gift_id from bank_entry "
                + "where statement_id = '" + statement + "' and gift_id is not null)")).isEqualTo(3750L);
    }

    @Test
    @TestSecurity(user = "ada", roles = "finance")
    void aRunThatDiesAfterItsSecondChunkIsResumedFromItsCheckpointAndBooksEveryCreditExactlyOnce() throws Exception {
        String ref = "CHUNKS-" + UUID.randomUUID().toString().substring(0, 8);
        Mixed mixed = Mixed.of(replicas, ref, 3000);
        byte[] xml = mixed.xml(ref);
        String upload = storedUpload(xml);
        String params = "{\"upload\":\"" + upload + "\",\"language\":\"nl\"}";

        BankImportService.afterChunk = seq -> {
            if (seq == 2000) {
                throw new SimulatedCrash();
            }
        };
        RecordingContext first = new RecordingContext(params, null);
        assertThatThrownBy(() -> handler.run(first)).isInstanceOf(SimulatedCrash.class);
        // two chunks committed with their checkpoint; the file is still staged
        assertThat(first.checkpoint).isEqualTo("booked:2000");
        String statement = statementId(ref);
        assertThat(entryCount(statement)).isEqualTo(2000L);
        assertThat(giftCount(mixed.donors())).isEqualTo(1500L);
        assertThat(count("select count(*) from bank_staged_entry where upload_id = '" + upload + "'")).isEqualTo(3000L);

        // while its job runs, the statement's page says how far the booking is and links to the job
        String job = UUID.randomUUID().toString();
        runningJob(job, upload, params);
        try {
            given().when().get("/bank/statements/" + statement).then().statusCode(200)
                    .body(containsString("<div class=\"alert alert-info\" id=\"statement-booking\">Dit afschrift wordt "
                            + "nog ingelezen: 2.000 van 3.000 transacties van het bestand geboekt. De aantallen "
                            + "hieronder groeien mee. <a href=\"/jobs/" + job + "\">Voortgang volgen</a></div>"));
        } finally {
            update("update platform_job set status = 'SUCCEEDED', guard_key = null, owner = null where id = '" + job
                    + "'");
        }
        given().when().get("/bank/statements/" + statement).then().statusCode(200)
                .body(not(containsString("statement-booking")));

        BankImportService.afterChunk = seq -> {
        };
        RecordingContext resumed = new RecordingContext(params, first.checkpoint);
        String result = handler.run(resumed);
        assertThat(result).isEqualTo("Ingelezen: 1 afschrift met 3.000 bijschrijvingen (€ "
                + dutch(mixed.matchedTotal().add(mixed.reviewTotal())) + "), waarvan 2.250 als gift geboekt en 750 "
                + "te beoordelen.");
        assertThat(resumed.checkpoint).isEqualTo("booked:3000");
        assertThat(entryCount(statement)).isEqualTo(3000L);
        assertThat(count("select count(distinct line_no) from bank_entry where statement_id = '" + statement + "'"))
                .isEqualTo(3000L);
        assertThat(giftCount(mixed.donors())).isEqualTo(2250L);
        assertThat(giftTotal(mixed.donors())).isEqualByComparingTo(mixed.matchedTotal());
        assertThat(statusCount(statement, "REVIEW")).isEqualTo(750L);
        assertThat(statusTotal(statement, "REVIEW")).isEqualByComparingTo(mixed.reviewTotal());
        assertThat(count("select duplicate_count from bank_statement where id = '" + statement + "'")).isZero();
        // one audit of the statement's import, written with its last chunk
        assertThat(count("select count(*) from audit_trail where entity_id = '" + statement + "' and action = "
                + "'IMPORTED'")).isEqualTo(1L);
        assertThat(count("select count(*) from bank_staged_entry where upload_id = '" + upload + "'")).isZero();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void theSameFileTwiceAndAnOverlappingFileThroughTheAsyncPathBookNothingTwice() {
        String donor = replicas.individual();
        String iban = randomIban();
        DonorLookupStub.holds(iban, donor);
        String ref = "TWICE-" + UUID.randomUUID().toString().substring(0, 8);
        List<Line> lines = List.of(Line.credit("10.00", BOOKED, ref + "-1", iban, "gift"),
                Line.credit("20.00", BOOKED, ref + "-2", iban, "gift"),
                Line.credit("30.00", BOOKED, ref + "-3", randomIban(), "gift"));
        byte[] xml = Statements.camt(ref, "0.00", lines).getBytes(StandardCharsets.UTF_8);

        String first = asyncUpload(xml);
        assertThat(ImportJobs.awaitSucceeded(first)).isEqualTo("Imported: 1 statement with 3 credits (€ 60,00), of "
                + "which 2 booked as gifts and 1 to review.");
        String statement = ImportJobs.statementOf(first);
        assertThat(ImportJobs.awaitSucceeded(asyncUpload(xml)))
                .isEqualTo("This file had been imported before: nothing was added.");
        assertThat(entryCount(statement)).isEqualTo(3L);
        assertThat(giftCount(List.of(donor))).isEqualTo(2L);
        assertThat(count("select count(*) from bank_statement where statement_ref = '" + ref + "'")).isEqualTo(1L);

        // the next statement repeats two of these transactions and adds one
        String next = ref + "-NEXT";
        byte[] overlapping = Statements.camt(next, "60.00", List.of(lines.get(1), lines.get(2),
                Line.credit("40.00", BOOKED, ref + "-4", iban, "gift"))).getBytes(StandardCharsets.UTF_8);
        String third = asyncUpload(overlapping);
        ImportJobs.awaitSucceeded(third);
        String nextStatement = ImportJobs.statementOf(third);
        assertThat(entryCount(nextStatement)).isEqualTo(1L);
        assertThat(count("select duplicate_count from bank_statement where id = '" + nextStatement + "'"))
                .isEqualTo(2L);
        assertThat(giftCount(List.of(donor))).isEqualTo(3L);
        assertThat(giftTotal(List.of(donor))).isEqualByComparingTo("70.00");
        // and once more through the synchronous API: a repeat, nothing added
        given().contentType("application/xml").body(overlapping).when().post("/api/v1/bank-statements")
                .then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(giftCount(List.of(donor))).isEqualTo(3L);
        assertThat(entryCount(nextStatement)).isEqualTo(1L);
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aRefusedFileThroughTheAsyncPathFailsItsJobWithTheReasonAndLeavesNothingStaged() {
        String job = asyncUpload("<notes>".getBytes(StandardCharsets.UTF_8));
        JsonPath failed = ImportJobs.awaitFinished(job);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).isEqualTo("The file was refused, nothing was imported: the file is "
                + "not a CAMT.053 statement; expected camt.053.001.02 to camt.053.001.08");
        assertThat(count("select count(*) from bank_staged_entry")).isZero();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aCreditBookedInABatchWritesTheSameRowsAsTheSameGiftRecordedThroughTheApi() {
        String donor = replicas.individual();
        String iban = randomIban();
        DonorLookupStub.holds(iban, donor);
        String ref = "ROWS-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("application/xml").body(Statements.camt(ref, "0.00",
                        List.of(Line.credit("12.34", BOOKED, ref + "-1", iban, "gift"))).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/bank-statements").then().statusCode(201);
        String imported = text("select gift_id from bank_entry where statement_id = '" + statementId(ref) + "'");
        String recorded = given().contentType("application/json").body("{\"donorId\":\"" + donor + "\",\"amount\":"
                        + "\"12.34\",\"currency\":\"EUR\",\"incomeDate\":\"" + BOOKED + "\",\"receivedDate\":\""
                        + BOOKED + "\",\"channel\":\"BANK_TRANSFER\"}")
                .when().post("/api/v1/gifts").then().statusCode(201).extract().path("id");

        String gift = "select concat_ws('|', donor_id, amount, currency, income_date, received_date, channel, status, "
                + "coalesce(campaign_id, '-'), coalesce(appeal_id, '-'), coalesce(description, '-'), "
                + "coalesce(batch_id, '-'), recorded_by, version) from gift where id = '%s'";
        String allocation = "select concat_ws('|', line_no, earmark_class, fund_id, fund_code, amount) "
                + "from gift_allocation where gift_id = '%s'";
        String history = "select concat_ws('|', action, actor, details) from gift_history where gift_id = '%s'";
        String outbox = "select concat_ws('|', event_type, partition_key, "
                + "replace(payload, '%1$s', 'GIFT')) from outbox_event where aggregate_id = '%1$s'";
        assertThat(text(gift.formatted(imported))).isEqualTo(text(gift.formatted(recorded)))
                .startsWith(donor + "|12.34|EUR|" + BOOKED + "|" + BOOKED + "|BANK_TRANSFER|RECORDED|");
        assertThat(text(allocation.formatted(imported))).isEqualTo(text(allocation.formatted(recorded)));
        assertThat(text(history.formatted(imported))).isEqualTo(text(history.formatted(recorded)));
        // the event's recordedAt differs (the moment each was recorded); everything else is the same
        assertThat(text(outbox.formatted(imported)).replaceAll("\"recordedAt\":\"[^\"]+\"", "T"))
                .isEqualTo(text(outbox.formatted(recorded)).replaceAll("\"recordedAt\":\"[^\"]+\"", "T"))
                .contains("\"amount\":\"12.34\"");
    }

    private String text(String sql) {
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(sql);
             ResultSet row = select.executeQuery()) {
            assertThat(row.next()).as(sql).isTrue();
            String value = row.getString(1);
            assertThat(row.next()).as("one row: " + sql).isFalse();
            return value;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String asyncUpload(byte[] xml) {
        return given().header("Prefer", "respond-async").contentType("application/xml").body(xml)
                .when().post("/api/v1/bank-statements")
                .then().statusCode(202).extract().path("id");
    }

    /** "1.234,56": money as the results write it. */
    private static String dutch(BigDecimal amount) {
        return org.donorcrm.platform.i18n.Formats.money(amount).replace("€", "").strip();
    }

    /** A stored upload, as the screen's upload stores it, in two parts (cut in the middle of an entry). */
    private String storedUpload(byte[] xml) throws Exception {
        String upload = UUID.randomUUID().toString();
        try (Connection c = database.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("insert into bank_upload (id, content_hash, format, "
                    + "size_bytes, uploaded_by, uploaded_at) values (?, ?, 'CAMT053', ?, 'ada', ?)")) {
                insert.setString(1, upload);
                insert.setString(2, BankImportService.sha256(xml));
                insert.setLong(3, xml.length);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            int cut = xml.length / 2 + 7;
            byte[][] parts = {Arrays.copyOfRange(xml, 0, cut), Arrays.copyOfRange(xml, cut, xml.length)};
            for (int i = 0; i < parts.length; i++) {
                try (PreparedStatement insert = c.prepareStatement("insert into bank_upload_part (upload_id, part_no, "
                        + "content) values (?, ?, ?)")) {
                    insert.setString(1, upload);
                    insert.setInt(2, i);
                    insert.setBytes(3, parts[i]);
                    insert.executeUpdate();
                }
            }
        }
        return upload;
    }

    /** A job row as another replica runs it now (fresh heartbeat: the sweep leaves it alone for a few seconds). */
    private void runningJob(String job, String upload, String params) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into platform_job (id, kind, subject, guard_key, status, params, done, total, checkpoint, "
                        + "started_by, owner, heartbeat_at, created_at, started_at, attempts) values (?, 'bank-import', "
                        + "?, ?, 'RUNNING', ?, 2000, 3000, 'booked:2000', 'ada', 'another-instance', ?, ?, ?, 1)")) {
            insert.setString(1, job);
            insert.setString(2, upload);
            insert.setString(3, "bank-import|" + upload);
            insert.setString(4, params);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
        }
    }

    private void update(String sql) {
        try (Connection c = database.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String statementId(String ref) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select s.id from BankStatement s where s.statementRef = :r", String.class)
                .setParameter("r", ref).getSingleResult());
    }

    private long entryCount(String statementId) {
        return count("select count(*) from bank_entry where statement_id = '" + statementId + "'");
    }

    private long statusCount(String statementId, String status) {
        return count("select count(*) from bank_entry where statement_id = '" + statementId + "' and status = '"
                + status + "'");
    }

    private BigDecimal statusTotal(String statementId, String status) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select coalesce(sum(e.amount), 0) from BankEntry e where e.statementId = :s "
                                + "and e.status = :st", BigDecimal.class)
                .setParameter("s", statementId).setParameter("st", EntryStatus.valueOf(status)).getSingleResult());
    }

    private long giftCount(List<String> donors) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(g) from Gift g where g.donorId in :d", Long.class)
                .setParameter("d", donors).getSingleResult());
    }

    private BigDecimal giftTotal(List<String> donors) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select coalesce(sum(g.amount), 0) from Gift g where g.donorId in :d", BigDecimal.class)
                .setParameter("d", donors).getSingleResult());
    }

    private long count(String sql) {
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(sql);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A crash of the runner: an Error, which no handler code catches, so nothing of the run's end is written. */
    private static final class SimulatedCrash extends Error {
    }

    /** What a job's handler sees, for running it directly; keeps the last checkpoint it wrote. */
    private static final class RecordingContext implements JobContext {

        private final String params;
        private final String startedWith;
        volatile String checkpoint;

        RecordingContext(String params, String checkpoint) {
            this.params = params;
            this.startedWith = checkpoint;
            this.checkpoint = checkpoint;
        }

        @Override
        public String jobId() {
            return "test-job";
        }

        @Override
        public String startedBy() {
            return "ada";
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
            return startedWith;
        }

        @Override
        public void progress(long done, Long total) {
        }

        @Override
        public void checkpoint(String checkpoint, long done, Long total) {
            this.checkpoint = checkpoint;
        }
    }
}
