package org.donorcrm.gift.bankimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.support.Replicas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Finance's bank screens with ING's public CAMT.053 sample: three lines — a debit of 4,753.74 and credits of
 * 2,688.00 and 5,000.00 — between an opening balance of 7,329.80 and a closing balance of 23,038.20 (the
 * publisher cut the sample short, so it does not reconcile).
 */
@QuarkusTest
class BankImportPagesTest {

    private static final String NO_DONOR = "geen donateur gevonden via end-to-end-id, machtigingskenmerk, rekening of omschrijving";
    private static final String NO_DONOR_EN = "no donor found by end-to-end id, mandate reference, account or remittance text";

    @Inject
    Replicas replicas;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void funds() {
        replicas.standardFunds();
    }

    private static RequestSpecification form() {
        return given().redirects().follow(false).header("Origin", RestAssured.baseURI + ":" + RestAssured.port);
    }

    /**
     * The ING sample as a statement of its own: a new statement id and bank references (so that it is neither
     * this nor another test's import of the same file), and booked in 2026, when the test funds are open.
     */
    private static byte[] ingSample() throws IOException {
        String xml;
        try (InputStream in = BankImportPagesTest.class
                .getResourceAsStream("/iso20022/camt053/nl_ing_batch_camt.053.001.02.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        return xml.replace("<Id>2019062434566666666666666</Id>", "<Id>WEB-" + run + "</Id>")
                .replaceAll("<AcctSvcrRef>([^<]+)</AcctSvcrRef>", "<AcctSvcrRef>$1-" + run + "</AcctSvcrRef>")
                .replace("<EndToEndId>GBSXX21170607391766562</EndToEndId>", "<EndToEndId>GBSXX-" + run + "</EndToEndId>")
                .replace("2019-", "2026-")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String upload(byte[] xml) {
        return form().multiPart("file", "statement.xml", xml, "application/xml")
                .when().post("/bank/statements")
                .then().statusCode(303)
                .header("Location", matchesPattern(".*/bank/statements/[0-9a-f-]{36}(\\?again=true)?"))
                .extract().header("Location");
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void uploadingTheIngSampleShowsItsLinesWithTheirReasonsAndWhetherItReconciles() throws IOException {
        byte[] xml = ingSample();
        String statement = upload(xml);

        given().when().get(statement).then().statusCode(200)
                .body(containsString("<th>Beginsaldo</th><td class=\"money\">€ 7.329,80</td>"))
                .body(containsString("<th>+ Bijschrijvingen (2)</th><td class=\"money\">€ 7.688,00</td>"))
                .body(containsString("<th>− Afschrijvingen (1)</th><td class=\"money\">€ 4.753,74</td>"))
                // 7,329.80 + 2,688.00 + 5,000.00 − 4,753.74 = 10,264.06, not the 23,038.20 the bank states
                .body(containsString("<th>Berekend eindsaldo</th><td class=\"money\">€ 10.264,06</td>"))
                .body(containsString("<th>Eindsaldo (afschrift)</th><td class=\"money\">€ 23.038,20</td>"))
                .body(containsString("<span class=\"badge text-bg-danger\">nee</span>"))
                // both credits wait for finance, the debit is only counted
                .body(containsString("<td><a href=\"?status=REVIEW\">te beoordelen</a></td><td>bij</td><td class=\"money\">2</td><td class=\"money\">€ 7.688,00</td>"))
                .body(containsString("<td><a href=\"?status=DEBIT\">uitgaande betaling</a></td><td>af</td><td class=\"money\">1</td><td class=\"money\">€ 4.753,74</td>"))
                .body(containsString("Bijschrijvingen per status (afschrift: € 7.688,00)</th><th class=\"money\">€ 7.688,00"))
                .body(containsString(NO_DONOR))
                .body(containsString("uitgaande betaling: geen gift"))
                .body(containsString("TERUGGAAF"));
        given().cookie("crm-lang", "en").when().get(statement).then().statusCode(200)
                .body(containsString("<th>Opening balance</th><td class=\"money\">€ 7.329,80</td>"))
                .body(containsString("<h2 class=\"h5\">Lines by status</h2>"))
                .body(containsString("<td><a href=\"?status=REVIEW\">to review</a></td><td>credit</td><td class=\"money\">2</td><td class=\"money\">€ 7.688,00</td>"))
                .body(containsString("Credits by status (statement: € 7.688,00)</th><th class=\"money\">€ 7.688,00"))
                .body(containsString(NO_DONOR_EN))
                .body(containsString("payment out: not a gift"));

        given().when().get("/bank/queue").then().statusCode(200)
                .body(containsString("€ 5.000,00"))
                .body(containsString("€ 2.688,00"));

        // the same file again adds nothing and says so
        String again = upload(xml);
        assertThat(again).isEqualTo(statement + "?again=true");
        given().when().get(again).then()
                .body(containsString("Dit afschrift was al eerder geïmporteerd: er is niets toegevoegd."))
                .body(containsString("<th>+ Bijschrijvingen (2)</th>"));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void assigningAQueuedCreditToADonorRecordsTheGiftAndIgnoringOneTakesItOutOfTheQueue() throws IOException {
        String donorId = replicas.individual();
        String statement = upload(ingSample());
        String statementId = statement.substring(statement.lastIndexOf('/') + 1);
        String credit = entryId(statementId, "5000.00");
        String refund = entryId(statementId, "2688.00");

        given().when().get("/bank/entries/" + credit).then().statusCode(200)
                .body(containsString("http://127.0.0.1:8081/donors/new"))
                .body(containsString(NO_DONOR));
        // an unknown donor is shown on the form and changes nothing
        String unknown = UUID.randomUUID().toString();
        form().formParam("donorId", unknown).when().post("/bank/entries/" + credit + "/assignment")
                .then().statusCode(422)
                .body(containsString("unknown donor " + unknown));
        assertThat(status(credit)).isEqualTo("REVIEW");

        // one fund without an amount takes the whole credit; the account is not remembered (box not ticked)
        form().formParam("donorId", donorId).formParam("fundCode0", "PRG-MIG")
                .when().post("/bank/entries/" + credit + "/assignment")
                .then().statusCode(303).header("Location", containsString("/bank/entries/" + credit));
        given().when().get("/bank/entries/" + credit).then()
                .body(containsString("<span class=\"badge text-bg-secondary align-middle\">toegewezen</span>"))
                .body(containsString("door financiën aan de donateur toegewezen"))
                .body(containsString("door femke"));
        given().cookie("crm-lang", "en").when().get("/bank/entries/" + credit).then()
                .body(containsString("<span class=\"badge text-bg-secondary align-middle\">assigned</span>"))
                .body(containsString("assigned to the donor by finance"))
                .body(containsString("by femke"));
        given().when().get("/donors/" + donorId + "/gifts").then()
                .body(containsString("1 gift<"))
                .body(containsString("18-06-2026"))
                .body(containsString("PRG-MIG"))
                .body(containsString("€ 5.000,00"));

        form().formParam("reason", "").when().post("/bank/entries/" + refund + "/ignore")
                .then().statusCode(422).body(containsString("must not be blank"));
        form().formParam("reason", "tax refund, not a gift").when().post("/bank/entries/" + refund + "/ignore")
                .then().statusCode(303).header("Location", containsString("/bank/queue"));

        // every credit accounted for: 5,000.00 assigned + 2,688.00 ignored = 7,688.00
        given().when().get(statement).then()
                .body(containsString("<td><a href=\"?status=ASSIGNED\">toegewezen</a></td><td>bij</td><td class=\"money\">1</td><td class=\"money\">€ 5.000,00</td>"))
                .body(containsString("<td><a href=\"?status=IGNORED\">geen gift</a></td><td>bij</td><td class=\"money\">1</td><td class=\"money\">€ 2.688,00</td>"))
                .body(containsString("Bijschrijvingen per status (afschrift: € 7.688,00)</th><th class=\"money\">€ 7.688,00"))
                .body(containsString("geen gift: tax refund, not a gift"));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aFileThatIsNotAStatementIsShownOnTheUploadFormAndStoresNothing() {
        long before = count();
        form().multiPart("file", "notes.xml", "<notes>".getBytes(StandardCharsets.UTF_8), "application/xml")
                .when().post("/bank/statements")
                .then().statusCode(422)
                .body(containsString("field-error"))
                .body(containsString("CAMT.053-afschrift uploaden"));
        form().multiPart("file", "gifts.csv", "Datum;Bedrag\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("source", "mollie").multiPart("date", "Datum").multiPart("amount", "Bedrag")
                .multiPart("reference", "Transactie").multiPart("delimiter", ";")
                .when().post("/bank/statements/csv")
                .then().statusCode(422)
                .body(containsString("the file has no column &#39;Transactie&#39;"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserGets403OnTheBankScreens() {
        given().when().get("/bank").then().statusCode(403);
        given().when().get("/bank/queue").then().statusCode(403);
        form().multiPart("file", "statement.xml", "<x/>".getBytes(StandardCharsets.UTF_8), "application/xml")
                .when().post("/bank/statements").then().statusCode(403);
    }

    private String entryId(String statementId, String amount) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select e.id from BankEntry e where e.statementId = :s and e.amount = :a", String.class)
                .setParameter("s", statementId).setParameter("a", new java.math.BigDecimal(amount))
                .getSingleResult());
    }

    private String status(String entryId) {
        return QuarkusTransaction.requiringNew().call(() ->
                entityManager.find(BankEntry.class, entryId).status.name());
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(s) from BankStatement s", Long.class).getSingleResult());
    }
}
