package org.donorcrm.gift.bankimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.sepa.SepaFixtures;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.gift.bankimport.Statements.Line;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Bank statements in, against real MariaDB and Kafka: samples, matching, review queue, returns, bad input. */
@QuarkusTest
class BankImportResourceTest {

    private static final List<String> SAMPLES = List.of("ch_postfinance_sdd-returns_camt.053.001.04.xml",
            "ch_ubs_camt.053.001.08.xml", "de_vrbank_batch-return_camt.053.001.02.xml",
            "iso_mdr-example_camt.053.001.02.xml", "nl_ing_batch_camt.053.001.02.xml",
            "nl_snsbank_camt.053.001.02.xml", "us_goldmansachs_reversals_camt.053.001.02.xml");
    private static final List<String> CREDIT_STATUSES = List.of("MATCHED", "COLLECTION", "REVIEW", "ASSIGNED",
            "IGNORED", "RETURN_IN");
    private static final List<String> DEBIT_STATUSES = List.of("REVERSED", "RETURN_UNMATCHED", "DEBIT");

    @Inject
    Replicas replicas;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void funds() {
        replicas.standardFunds();
    }

    @Test
    void everyCamtSampleImportsReconcilesItsLinesAndASecondImportChangesNothing() throws Exception {
        for (String sample : SAMPLES) {
            byte[] xml;
            try (InputStream in = getClass().getResourceAsStream("/iso20022/camt053/" + sample)) {
                xml = in.readAllBytes();
            }
            List<Map<String, Object>> statements = upload(xml).statusCode(201)
                    .extract().jsonPath().getList("statements");
            for (Map<String, Object> s : statements) {
                // every line lands in exactly one status: the statuses add up to the statement's own totals
                assertThat(sum(s, CREDIT_STATUSES)).as(sample + " credits")
                        .isEqualByComparingTo(total(s, "credits"));
                assertThat(sum(s, DEBIT_STATUSES)).as(sample + " debits").isEqualByComparingTo(total(s, "debits"));
            }
            long lines = count("BankEntry");
            long gifts = count("Gift");
            upload(xml).statusCode(200).header("Idempotent-Replayed", "true");
            assertThat(count("BankEntry")).as(sample + " imported twice").isEqualTo(lines);
            assertThat(count("Gift")).isEqualTo(gifts);
        }
        // the ISO example reconciles (500,000.00 + 135,678.50 − 200,000.00 = 435,678.50); the ING sample is cut
        // short by its publisher, so its mismatch is reported, not fatal
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("size", 20)
                .when().get("/api/v1/bank-statements")
                .then().statusCode(200)
                .body("items.find { it.statementRef == 'AAAASESS-FP-STAT001' }.reconciles", equalTo(true))
                .body("items.find { it.statementRef == 'AAAASESS-FP-STAT001' }.computedClosingBalance", equalTo("435678.50"))
                .body("items.find { it.account == 'NL18INGB00012345678' }.reconciles", equalTo(false));
    }

    @Test
    void matchedCreditsBecomeGiftsAndTheMatchedTotalEqualsTheSumOfCredits() {
        String byMandateAccount = replicas.individual();
        String byRemittance = replicas.individual();
        String byCollection = replicas.individual();
        String iban = randomIban();
        mandateWithIban(byMandateAccount, iban);
        LocalDate due = SepaFixtures.dueIn(8);
        String mandateId = SepaFixtures.mandate(byCollection, SepaFixtures.reference("BNK"), "12.50", "MONTHLY", due);
        SepaFixtures.run(due);
        String endToEnd = SepaFixtures.collection(mandateId, 0, "endToEndId");

        String statementId = "MATCH-" + UUID.randomUUID();
        String statement = upload(Statements.camt(statementId, "1000.00", List.of(
                Line.credit("25.00", "2026-03-02", statementId + "-1", iban, "maandgift"),
                Line.credit("40.00", "2026-03-02", statementId + "-2", randomIban(), "gift donor " + byRemittance),
                new Line("12.50", true, "2026-03-02", statementId + "-3", endToEnd, null, null, null, null))))
                .statusCode(201)
                // 25.00 + 40.00 new gifts, 12.50 the booking of our own collection: 77.50 of 77.50 matched
                .body("statements[0].credits.total", equalTo("77.50"))
                .body("statements[0].byStatus.MATCHED.total", equalTo("65.00"))
                .body("statements[0].byStatus.COLLECTION.total", equalTo("12.50"))
                .body("statements[0].byStatus.REVIEW.count", equalTo(0))
                .body("statements[0].reconciles", equalTo(true))
                .extract().path("statements[0].id");

        given().auth().oauth2(TestTokens.forRoles("finance"))
                .when().get("/api/v1/bank-statements/" + statement + "/entries")
                .then().statusCode(200)
                .body("items[0].matchReason", equalTo("matched by debtor account of the donor's mandate"))
                .body("items[0].donorId", equalTo(byMandateAccount))
                .body("items[1].matchReason", equalTo("matched by donor id in the remittance text"))
                .body("items[1].donorId", equalTo(byRemittance))
                .body("items[2].status", equalTo("COLLECTION"))
                .body("items[2].donorId", equalTo(byCollection));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("donorId", byMandateAccount)
                .when().get("/api/v1/gifts")
                .then().body("total", equalTo(1))
                .body("items[0].amount", equalTo("25.00"))
                .body("items[0].channel", equalTo("BANK_TRANSFER"))
                .body("items[0].incomeDate", equalTo("2026-03-02"));
        // the collection's credit recorded no second gift
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("donorId", byCollection)
                .when().get("/api/v1/gifts").then().body("total", equalTo(1));
    }

    @Test
    void financeAssignsACreditFromTheReviewQueueAndTheAccountMatchesByItselfNextTime() {
        String donor = replicas.individual();
        String iban = randomIban();
        String first = "REVIEW-" + UUID.randomUUID();
        upload(Statements.camt(first, "0.00", List.of(
                Line.credit("30.00", "2026-03-03", first + "-1", iban, "voor de kinderen"),
                Line.credit("5.00", "2026-03-03", first + "-2", randomIban(), "terugstorting"))))
                .statusCode(201)
                .body("statements[0].byStatus.REVIEW.count", equalTo(2))
                .body("statements[0].byStatus.REVIEW.total", equalTo("35.00"));
        List<Map<String, Object>> queue = given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("size", 500)
                .when().get("/api/v1/bank-entries?status=REVIEW")
                .then().statusCode(200).extract().jsonPath().getList("items");
        String toAssign = idOf(queue, "30.00", "2026-03-03");
        String toIgnore = idOf(queue, "5.00", "2026-03-03");

        given().auth().oauth2(TestTokens.forUser("femke", "finance")).contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","allocations":[{"fundCode":"PRG-MIG","amount":"30.00"}]}""".formatted(donor))
                .when().post("/api/v1/bank-entries/" + toAssign + "/assignment")
                .then().statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("resolvedBy", equalTo("femke"))
                .body("donorId", equalTo(donor));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"reason\":\"refund of an invoice\"}")
                .when().post("/api/v1/bank-entries/" + toIgnore + "/ignore")
                .then().statusCode(200).body("status", equalTo("IGNORED"));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("{\"reason\":\"twice\"}")
                .when().post("/api/v1/bank-entries/" + toIgnore + "/ignore")
                .then().statusCode(409);
        // the table of known accounts holds a keyed hash, not the IBAN
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select k.ibanHash from KnownAccount k where k.donorId = :d", String.class)
                .setParameter("d", donor).getResultList()))
                .singleElement().satisfies(hash -> assertThat(hash).hasSize(64).doesNotContain(iban));

        String second = "REVIEW-" + UUID.randomUUID();
        upload(Statements.camt(second, "0.00", List.of(Line.credit("30.00", "2026-04-03", second + "-1", iban, null))))
                .statusCode(201)
                .body("statements[0].byStatus.MATCHED.total", equalTo("30.00"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("donorId", donor)
                .when().get("/api/v1/gifts")
                .then().body("total", equalTo(2))
                .body("items[0].incomeDate", equalTo("2026-04-03"))
                .body("items[1].allocations[0].fundCode", equalTo("PRG-MIG"));

        // erasing the donor forgets the account and blanks the counterparty of the donor's bank lines
        String erased = "{\"donorId\":\"%s\",\"erasedAt\":\"2026-06-01T10:00:00Z\"}".formatted(donor);
        assertThat(EventSchemas.errors("crm.donor.erased.v1", erased)).isEmpty();
        try (EventPublisher publisher = new EventPublisher(bootstrapServers, "/donor-crm/test")) {
            publisher.publish("crm.donors", donor, "crm.donor.erased.v1", donor, erased);
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                entityManager.createQuery("select count(k) from KnownAccount k where k.donorId = :d", Long.class)
                        .setParameter("d", donor).getSingleResult() == 0));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/bank-entries/" + toAssign)
                .then().statusCode(200)
                .body("counterpartyIban", equalTo(null))
                .body("counterpartyName", equalTo(null))
                .body("remittance", equalTo(null))
                .body("amount", equalTo("30.00"));
    }

    @Test
    void aReturnOnTheStatementReversesTheRightGiftOnceEvenInAnOverlappingStatement() {
        String returned = replicas.individual();
        String kept = replicas.individual();
        LocalDate due = SepaFixtures.dueIn(9);
        String returnedMandate = SepaFixtures.mandate(returned, SepaFixtures.reference("R"), "12.50", "MONTHLY", due);
        String keptMandate = SepaFixtures.mandate(kept, SepaFixtures.reference("K"), "12.50", "MONTHLY", due);
        SepaFixtures.run(due);
        String endToEnd = SepaFixtures.collection(returnedMandate, 0, "endToEndId");
        String returnedGift = SepaFixtures.collection(returnedMandate, 0, "giftId");
        String keptGift = SepaFixtures.collection(keptMandate, 0, "giftId");

        String id = "RETURN-" + UUID.randomUUID();
        Line back = new Line("12.50", false, due.plusDays(3).toString(), id + "-1", endToEnd, SepaFixtures.OTHER_IBAN,
                "A. de Vries", null, "MD06");
        upload(Statements.camt(id, "100.00", List.of(back))).statusCode(201)
                .body("statements[0].byStatus.REVERSED.total", equalTo("12.50"));

        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/gifts/" + returnedGift)
                .then().body("status", equalTo("REVERSED"));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/gifts/" + returnedGift + "/reversal")
                .then().body("reason", equalTo("SEPA_RETURN"))
                .body("reversalDate", equalTo(due.plusDays(3).toString()))
                .body("note", equalTo("SEPA return MD06"));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/gifts/" + keptGift)
                .then().body("status", equalTo("RECORDED"));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/mandates/" + returnedMandate)
                .then().body("returnCount", equalTo(1));

        // the next day's statement repeats the line: a duplicate, nothing reversed twice
        String overlapping = id + "-NEXT";
        upload(Statements.camt(overlapping, "100.00", List.of(back))).statusCode(201)
                .body("statements[0].duplicates", equalTo(1))
                .body("statements[0].byStatus.REVERSED.count", equalTo(0));
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/mandates/" + returnedMandate)
                .then().body("returnCount", equalTo(1));
    }

    @Test
    void theSameStatementUploadedTwiceAtOnceIsImportedOnceAndBothUploadsSucceed() throws Exception {
        String donor = replicas.individual();
        String statementId = "TWICE-" + UUID.randomUUID();
        byte[] xml = Statements.camt(statementId, "1000.00", List.of(
                Line.credit("31.45", "2026-03-03", statementId + "-1", randomIban(), "gift donor " + donor),
                Line.credit("18.55", "2026-03-03", statementId + "-2", randomIban(), "gift donor " + donor)))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers = List.of(
                    pool.submit(() -> { start.await(); return upload(xml).extract().response(); }),
                    pool.submit(() -> { start.await(); return upload(xml).extract().response(); }));
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            java.util.Set<String> statementIds = new java.util.HashSet<>();
            for (var answer : answers) {
                io.restassured.response.Response response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                statementIds.add(response.path("statements[0].id"));
            }
            // one import created the statement, the other (at once or a moment later) found it: never a 500
            assertThat(statuses).containsExactlyInAnyOrder(201, 200);
            assertThat(statementIds).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("donorId", donor)
                .when().get("/api/v1/gifts")
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void badFilesAreProblemsAndStoreNothing() {
        long before = count("BankStatement");
        upload("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>".getBytes())
                .statusCode(400)
                .contentType("application/problem+json");
        upload("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.10\"/>".getBytes()).statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("camt.053.001.10 is not supported"));
        String foreign = Statements.camt("FOREIGN-1", "0.00", List.of(Line.credit("1.00", "2026-03-02", "F-1", null, null)))
                .replace(Statements.OUR_ACCOUNT, "NL20INGB0001234567");
        upload(foreign).statusCode(422)
                .body("errors[0].pointer", equalTo("#/statements/0/account"));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType("text/csv")
                .queryParam("source", "mollie").queryParam("date", "Datum").queryParam("amount", "Bedrag")
                .queryParam("reference", "Id")
                .body("Datum,Id\n2026-03-01,tr_1\n")
                .when().post("/api/v1/bank-statements/csv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem("#/columns/amount"))
                .body("errors.detail", hasItem("the file has no column 'Bedrag'"));
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType("application/xml")
                .body(Statements.camt("FR-1", "0.00", List.of()))
                .when().post("/api/v1/bank-statements").then().statusCode(403);
        assertThat(count("BankStatement")).isEqualTo(before);
    }

    @Test
    void anOnlineDonationExportIsImportedWithAColumnMappingOnce() {
        String donor = replicas.individual();
        String csv = """
                Datum;Bedrag;Transactie;Klant;Omschrijving
                01-03-2026;"12,50";tr_%1$s_1;%2$s;Donatie
                02-03-2026;"7,50";tr_%1$s_2;;Donatie
                """.formatted(UUID.randomUUID().toString().substring(0, 8), donor);
        ValidatableResponse first = importCsv(csv).statusCode(201)
                // 12.50 + 7.50 in credits; the row with a known donor id is a gift, the other waits for finance
                .body("statements[0].credits.total", equalTo("20.00"))
                .body("statements[0].byStatus.MATCHED.total", equalTo("12.50"))
                .body("statements[0].byStatus.REVIEW.total", equalTo("7.50"));
        assertThat(first.extract().<String>path("statements[0].formatVersion")).isEqualTo("csv");
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("donorId", donor)
                .when().get("/api/v1/gifts")
                .then().body("total", equalTo(1))
                .body("items[0].channel", equalTo("ONLINE"))
                .body("items[0].incomeDate", equalTo("2026-03-01"));
        importCsv(csv).statusCode(200).header("Idempotent-Replayed", "true");
    }

    private ValidatableResponse importCsv(String csv) {
        return given().auth().oauth2(TestTokens.forRoles("finance")).contentType("text/csv")
                .queryParam("source", "mollie").queryParam("date", "Datum").queryParam("amount", "Bedrag")
                .queryParam("reference", "Transactie").queryParam("donorId", "Klant")
                .queryParam("description", "Omschrijving").queryParam("dateFormat", "dd-MM-yyyy")
                .queryParam("delimiter", ";")
                .body(csv)
                .when().post("/api/v1/bank-statements/csv").then();
    }

    private static ValidatableResponse upload(String xml) {
        return upload(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ValidatableResponse upload(byte[] xml) {
        return given().auth().oauth2(TestTokens.forUser("femke", "finance")).contentType("application/xml").body(xml)
                .when().post("/api/v1/bank-statements").then();
    }

    private void mandateWithIban(String donorId, String iban) {
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(SepaFixtures.mandateJson(donorId, SepaFixtures.reference("IB"), "25.00", "MONTHLY",
                        SepaFixtures.dueIn(28)).replace(SepaFixtures.OTHER_IBAN, iban))
                .when().post("/api/v1/mandates").then().statusCode(201);
    }

    private static String idOf(List<Map<String, Object>> queue, String amount, String date) {
        return queue.stream().filter(e -> amount.equals(e.get("amount")) && date.equals(e.get("bookingDate")))
                .map(e -> (String) e.get("id")).reduce((a, b) -> b).orElseThrow();
    }

    /** A valid Dutch IBAN with a random account number (check digits by ISO 7064 mod 97-10). */
    static String randomIban() {
        String account = String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        String bban = "TEST" + account;
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + "NL00").toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return "NL" + String.format("%02d", check) + bban;
    }

    private static BigDecimal sum(Map<String, Object> statement, List<String> statuses) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> byStatus = (Map<String, Map<String, Object>>) statement.get("byStatus");
        return statuses.stream().map(s -> new BigDecimal((String) byStatus.get(s).get("total")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal total(Map<String, Object> statement, String side) {
        return new BigDecimal((String) ((Map<String, Object>) statement.get(side)).get("total"));
    }

    private long count(String entity) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult());
    }
}
