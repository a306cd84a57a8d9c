package org.donorcrm.gift.bankimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
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
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Finance's bank screens with ING's public CAMT.053 sample: three lines — a debit of 4,753.74 and credits of
 * 2,688.00 and 5,000.00 — between an opening balance of 7,329.80 and a closing balance of 23,038.20 (the
 * publisher cut the sample short, so it does not reconcile).
 */
@QuarkusTest
class BankImportPagesTest {

    private static final String NO_DONOR = "geen donateur gevonden via end-to-end-id, machtigingskenmerk, rekening of omschrijving";
    private static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
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
        return ImportJobs.form();
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

    /** Uploads on the screen and waits for the import job; the statement's page, as the job's result gives it. */
    private static String upload(byte[] xml) {
        String job = ImportJobs.uploadCamt(xml);
        ImportJobs.awaitSucceeded(job);
        return "/bank/statements/" + ImportJobs.statementOf(job);
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void uploadingTheIngSampleShowsItsLinesWithTheirReasonsAndWhetherItReconciles() throws IOException {
        byte[] xml = ingSample();
        String job = ImportJobs.uploadCamt(xml);
        String result = ImportJobs.awaitSucceeded(job);
        String statement = "/bank/statements/" + ImportJobs.statementOf(job);
        assertThat(result).isEqualTo("Ingelezen: 1 afschrift met 2 bijschrijvingen (€ 7.688,00), waarvan 0 als gift "
                + "geboekt en 2 te beoordelen.");
        given().when().get("/jobs/" + job).then().statusCode(200)
                .body(containsString("<a class=\"btn btn-primary\" href=\"" + statement
                        + "\" data-job-result>Bekijk het resultaat</a>"))
                .body(containsString("<small class=\"text-body-secondary\">statement.xml</small>"));

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
        long lines = entries(statement);
        String again = ImportJobs.uploadCamt(xml);
        assertThat(ImportJobs.awaitSucceeded(again)).isEqualTo(
                "Dit bestand was al eerder ingelezen: er is niets toegevoegd.");
        assertThat("/bank/statements/" + ImportJobs.statementOf(again)).isEqualTo(statement);
        assertThat(entries(statement)).isEqualTo(lines).isEqualTo(3);
        given().when().get(statement).then()
                .body(containsString("<th>+ Bijschrijvingen (2)</th>"));
        // no id is shown as text on the bank screens: donors by name (or "the donor"), lines and gifts by link
        assertThat(visibleText(given().when().get(statement).then().statusCode(200).extract().asString()))
                .doesNotContainPattern(UUID_PATTERN);
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void assigningAQueuedCreditToADonorRecordsTheGiftAndIgnoringOneTakesItOutOfTheQueue() throws IOException {
        String donorId = replicas.individual();
        String statement = upload(ingSample());
        String statementId = statement.substring(statement.lastIndexOf('/') + 1);
        String credit = entryId(statementId, "5000.00");
        String refund = entryId(statementId, "2688.00");

        String campaign = replicas.campaign("BANK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), null);
        // the donor is chosen by name with the gift entry's donor search, the campaign from the list: no id typed
        String page = given().when().get("/bank/entries/" + credit).then().statusCode(200)
                .body(containsString("http://127.0.0.1:8081/donors/new"))
                .body(containsString(NO_DONOR))
                .body(containsString("<label class=\"form-label\" for=\"donorSearch\">Donateur</label>"))
                .body(containsString("hx-get=\"/gifts/donor-search\""))
                .body(containsString("<fieldset id=\"donor-options\" class=\"mt-2\" aria-live=\"polite\">"))
                .body(containsString("en zoek de donateur daarna hierboven op."))
                .body(containsString("<option value=\"\">— geen —</option>"))
                .body(containsString("<option value=\"" + campaign + "\" >BANK-"))
                .body(not(containsString("id=\"donorId\"")))
                .body(not(containsString("Donateur-id")))
                .extract().asString();
        assertThat(visibleText(page)).doesNotContainPattern(UUID_PATTERN);
        // no donor chosen: said on the form, nothing changes
        form().formParam("donorSearch", "jan").when().post("/bank/entries/" + credit + "/assignment")
                .then().statusCode(422)
                .body(containsString("<div class=\"field-error\">kies de donateur</div>"))
                .body(containsString("value=\"jan\""));
        // a donor this service does not know (yet) is said without its id and changes nothing
        String unknown = UUID.randomUUID().toString();
        String refused = form().formParam("donorId", unknown).when().post("/bank/entries/" + credit + "/assignment")
                .then().statusCode(422)
                .body(containsString("<div class=\"field-error\">deze donateur is hier nog niet bekend (net ingeschreven?); "
                        + "probeer het over een minuut opnieuw</div>"))
                // the choice stays made, unnamed (donor-service names it for a signed-in person's session)
                .body(containsString("<input class=\"form-check-input\" type=\"radio\" name=\"donorId\" id=\"donor-"
                        + unknown + "\" value=\"" + unknown + "\" checked>"))
                .extract().asString();
        assertThat(visibleText(refused)).doesNotContainPattern(UUID_PATTERN);
        assertThat(status(credit)).isEqualTo("REVIEW");

        // the donor as the search's choice; one fund without an amount takes the whole credit; the campaign from the
        // list; the account is not remembered (box not ticked)
        form().formParam("donorSearch", "de vries").formParam("donorId", donorId).formParam("fundCode0", "PRG-MIG")
                .formParam("campaignId", campaign)
                .when().post("/bank/entries/" + credit + "/assignment")
                .then().statusCode(303).header("Location", containsString("/bank/entries/" + credit));
        String assigned = given().when().get("/bank/entries/" + credit).then()
                .body(containsString("<span class=\"badge text-bg-secondary align-middle\">toegewezen</span>"))
                .body(containsString("door financiën aan de donateur toegewezen"))
                .body(containsString("door femke"))
                // the donor by name where donor-service gives one (here, without a session's token, none): never by id
                .body(containsString("<a href=\"/donors/" + donorId + "/gifts\">de donateur</a>"))
                .body(containsString("<a href=\"/gifts/" + giftOf(credit) + "\">gift</a>"))
                .extract().asString();
        assertThat(visibleText(assigned)).doesNotContainPattern(UUID_PATTERN);
        assertThat(campaignOfGift(giftOf(credit))).isEqualTo(campaign);
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
                .then().statusCode(422).body(containsString("<div class=\"field-error\">vul dit in</div>"));
        form().formParam("reason", "tax refund, not a gift").when().post("/bank/entries/" + refund + "/ignore")
                .then().statusCode(303).header("Location", containsString("/bank/queue"));

        // every credit accounted for: 5,000.00 assigned + 2,688.00 ignored = 7,688.00
        given().when().get(statement).then()
                .body(containsString("<td><a href=\"?status=ASSIGNED\">toegewezen</a></td><td>bij</td><td class=\"money\">1</td><td class=\"money\">€ 5.000,00</td>"))
                .body(containsString("<td><a href=\"?status=IGNORED\">geen gift</a></td><td>bij</td><td class=\"money\">1</td><td class=\"money\">€ 2.688,00</td>"))
                .body(containsString("Bijschrijvingen per status (afschrift: € 7.688,00)</th><th class=\"money\">€ 7.688,00"))
                .body(containsString("geen gift: tax refund, not a gift"))
                .body(containsString("<td class=\"small\"><a href=\"/donors/" + donorId + "/gifts\">de donateur</a></td>"));
        assertThat(visibleText(given().when().get(statement).then().extract().asString()))
                .doesNotContainPattern(UUID_PATTERN);
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void anUploadWithoutAFileOrColumnsIsShownOnTheUploadFormAndStoresNothing() {
        long before = count();
        form().multiPart("source", "mollie").when().post("/bank/statements")
                .then().statusCode(422)
                .body(containsString("<div class=\"field-error mb-2\">kies een CAMT.053-bestand</div>"))
                .body(containsString("CAMT.053-afschrift uploaden"));
        form().multiPart("file", "gifts.csv", "Datum;Bedrag\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("source", "mollie").multiPart("date", "Datum").multiPart("amount", "")
                .multiPart("reference", "Transactie").multiPart("delimiter", ";")
                .when().post("/bank/statements/csv")
                .then().statusCode(422)
                .body(containsString("<div class=\"field-error\">noem de kolom met het bedrag</div>"));
        assertThat(count()).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(u) from BankUpload u where u.uploadedBy = 'femke' and u.finishedAt is null",
                        Long.class).getSingleResult())).isZero();
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

    private String giftOf(String entryId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(BankEntry.class, entryId).giftId);
    }

    private String campaignOfGift(String giftId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select g.campaignId from Gift g where g.id = :id", String.class).setParameter("id", giftId)
                .getSingleResult());
    }

    private long entries(String statementPage) {
        String statementId = statementPage.substring(statementPage.lastIndexOf('/') + 1);
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(e) from BankEntry e where e.statementId = :s", Long.class)
                .setParameter("s", statementId).getSingleResult());
    }

    /** The text a person reads on a page: without its tags (and so without the ids in links and form values). */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
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
