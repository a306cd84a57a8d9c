package org.donorcrm.gift.sepa;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.support.DonorServiceStub;
import org.donorcrm.gift.support.Replicas;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.donorcrm.gift.sepa.SepaFixtures.dueIn;
import static org.donorcrm.gift.sepa.SepaFixtures.reference;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * The recurring-giving screens: mandates with their collections, finance's collection runs (preview, generate,
 * pain.008 download) and periodic-gift agreements. Due dates today + 11 … 17 are this class's (see SepaFixtures).
 * Every donor is chosen by search, never by a typed id, and shown by the name donor-service
 * ({@link DonorServiceStub}) gives the signed-in person, never by id.
 */
@QuarkusTest
class SepaPagesTest {

    @Inject
    Replicas replicas;

    @Inject
    EntityManager entityManager;

    /** Tells this test's donors apart from those of other tests in donor-service's search. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private String donorId;

    @BeforeEach
    void donorAndFunds() {
        replicas.standardFunds();
        donorId = replicas.individual();
    }

    private static RequestSpecification form() {
        return given().redirects().follow(false).header("Origin", RestAssured.baseURI + ":" + RestAssured.port);
    }

    private RequestSpecification mandateForm(String reference, String iban, LocalDate first) {
        return form().formParam("donorId", donorId).formParam("reference", reference)
                .formParam("signatureDate", first.minusDays(1).toString()).formParam("debtorName", "A. de Vries")
                .formParam("debtorIban", iban).formParam("amount", "12,50").formParam("frequency", "MONTHLY")
                .formParam("firstCollectionDate", first.toString()).formParam("fundCode", "PRG-MIG");
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserRecordsASignedMandateAndSeesItsSchedule() {
        String ref = reference("WEB");
        LocalDate first = dueIn(11);
        String location = mandateForm(ref, "NL91 ABNA 0417 1643 00", first).when().post("/mandates")
                .then().statusCode(303)
                .header("Location", matchesPattern(".*/mandates/[0-9a-f-]{36}"))
                .extract().header("Location");

        given().when().get(location).then().statusCode(200)
                .body(containsString("Machtiging " + ref))
                .body(containsString("€ 12,50 maandelijks naar PRG-MIG, vanaf " + dutch(first)))
                // the first collection lies after today, so it is the next one
                .body(containsString("<dd class=\"col-sm-9\">" + dutch(first) + "</dd>"))
                .body(containsString("NL91ABNA0417164300"))
                .body(containsString("Nog niet geïncasseerd."));
        given().cookie("crm-lang", "en").when().get(location).then().statusCode(200)
                .body(containsString("Mandate " + ref))
                .body(containsString("€ 12,50 monthly to PRG-MIG, from " + english(first)))
                .body(containsString("Not collected yet."));
        given().queryParam("donorId", donorId).when().get("/mandates").then().statusCode(200)
                .body(containsString("1 machtiging<"))
                .body(containsString("<td>maandelijks</td>"))
                .body(containsString(ref));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void anInvalidIbanIsShownOnTheFormAndNothingIsStored() {
        mandateForm(reference("BAD"), "NL91ABNA0417164301", dueIn(11)).when().post("/mandates")
                .then().statusCode(422)
                .body(containsString("<div class=\"field-error\">geen geldig IBAN (landcode, controlegetal of lengte klopt niet)</div>"))
                .body(containsString("value=\"NL91ABNA0417164301\""));
        assertThat(mandatesOf(donorId)).isZero();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void financePreviewsGeneratesAndDownloadsTheCollectionRunOfADueDate() throws Exception {
        LocalDate due = dueIn(12);
        String other = replicas.individual();
        String monthlyReference = reference("RUN");
        String monthly = SepaFixtures.mandate(donorId, monthlyReference, "12.50", "MONTHLY", due);
        String quarterly = SepaFixtures.mandate(other, reference("RUN"), "25.00", "QUARTERLY", due);

        // 12.50 + 25.00 = 37.50 in two debits
        given().queryParam("dueDate", due.toString()).when().get("/collection-runs/preview")
                .then().statusCode(200)
                .body(containsString("Te incasseren op " + dutch(due) + ": 2 incasso&#39;s, € 37,50"))
                // each debit's mandate by the reference people know it by, linked to its page; no id as text
                .body(containsString("<a href=\"/mandates/" + monthly + "\" class=\"font-monospace small\">"
                        + monthlyReference + "</a>"))
                .body(not(containsString(">" + monthly + "<")))
                .body(containsString("/mandates/" + quarterly));
        given().cookie("crm-lang", "en").queryParam("dueDate", due.toString()).when().get("/collection-runs/preview")
                .then().statusCode(200)
                .body(containsString("Due on " + english(due) + ": 2 debits, € 37,50"));

        String location = form().formParam("dueDate", due.toString()).when().post("/collection-runs")
                .then().statusCode(303)
                .header("Location", matchesPattern(".*/collection-runs/[0-9a-f-]{36}"))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200)
                .body(containsString("Incassorun van " + dutch(due) + ": 2 incasso&#39;s, € 37,50"))
                .body(containsString("herhaalde incasso (RCUR)"));

        Response file = given().when().get(location + "/pain008");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).matches("attachment; filename=\"DD-[0-9]{8}-[0-9a-f]{20}\\.xml\"");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/iso20022/xsd/pain.008.001.02.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(file.asByteArray())));
        assertThat(file.asString()).contains("<NbOfTxs>2</NbOfTxs>", "<CtrlSum>37.50</CtrlSum>");

        // generating again adds nothing: the preview is empty and the run that made the debits is shown
        given().queryParam("dueDate", due.toString()).when().get("/collection-runs/preview")
                .then().body(containsString("Te incasseren op " + dutch(due) + ": 0 incasso&#39;s, € 0,00</h1>"));
        form().formParam("dueDate", due.toString()).when().post("/collection-runs")
                .then().statusCode(303)
                .header("Location", containsString(location.substring(location.indexOf("/collection-runs/"))
                        + "?repeated=true"));
        given().when().get("/mandates/" + monthly).then()
                .body(containsString("<td>" + due.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                        + "</td><td class=\"money\">€ 12,50</td><td>herhaalde incasso (RCUR)</td><td>geïncasseerd</td>"));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aRunForTodayIsRefusedOnThePreview() {
        form().formParam("dueDate", SepaFixtures.today().toString()).when().post("/collection-runs")
                .then().statusCode(422)
                .body(containsString("een incasso moet na vandaag (" + dutch(SepaFixtures.today()) + ") vallen"));
        // a date on which no mandate is due at all: said on the preview, in the screen's language
        form().formParam("dueDate", dueIn(29).toString()).when().post("/collection-runs")
                .then().statusCode(422)
                .body(containsString("er is op " + dutch(dueIn(29)) + " geen machtiging te incasseren"));
        form().cookie("crm-lang", "en").formParam("dueDate", dueIn(29).toString()).when().post("/collection-runs")
                .then().statusCode(422)
                .body(containsString("no mandate is due on " + english(dueIn(29))));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserRecordsAFiveYearAgreementPaidByAMandateButNotAFourYearOne() {
        String mandateReference = reference("PG");
        String mandateId = SepaFixtures.mandate(donorId, mandateReference, "10.00", "MONTHLY", dueIn(13));
        // the paying mandate is chosen among the donor's active mandates, by reference, never typed
        given().queryParam("donorId", donorId).queryParam("mandateId", mandateId).when().get("/agreements/new")
                .then().statusCode(200)
                .body(containsString("<option value=\"" + mandateId + "\" selected>" + mandateReference
                        + " · € 10,00 · maandelijks</option>"))
                .body(containsString("hx-get=\"/agreements/mandate-options\""))
                .body(not(containsString("name=\"mandateId\" type=\"text\"")))
                .body(not(containsString("type=\"text\" id=\"mandateId\"")));
        // the choice follows the donor chosen on the form
        given().queryParam("donorId", donorId).when().get("/agreements/mandate-options")
                .then().statusCode(200)
                .body(containsString("<option value=\"" + mandateId + "\">" + mandateReference
                        + " · € 10,00 · maandelijks</option>"))
                .body(containsString("De lopende machtigingen van de gekozen donateur."));
        given().when().get("/agreements/mandate-options")
                .then().statusCode(200)
                .body(containsString("Kies eerst de donateur; daarna staan hier diens lopende machtigingen."))
                .body(not(containsString(mandateId)));

        String number = reference("PG");
        String location = form().formParam("donorId", donorId).formParam("mandateId", mandateId)
                .formParam("transactionNumber", number).formParam("yearlyAmount", "120.00")
                .formParam("startDate", "2027-01-01").formParam("endDate", "2031-12-31")
                .formParam("signatureDate", "2026-12-01")
                .when().post("/agreements")
                .then().statusCode(303).extract().header("Location");
        // 1 Jan 2027 – 31 Dec 2031 inclusive is five years
        given().when().get(location).then().statusCode(200)
                .body(containsString("Overeenkomst periodieke gift " + number))
                .body(containsString("€ 120,00"))
                .body(containsString("5 jaar, van 1 jan. 2027 tot en met 31 dec. 2031"))
                .body(containsString("<a href=\"/mandates/" + mandateId + "\">machtiging " + mandateReference + "</a>"));
        given().cookie("crm-lang", "en").when().get(location).then().statusCode(200)
                .body(containsString("Periodic-gift agreement " + number))
                .body(containsString("5 years from 1 Jan 2027 to 31 Dec 2031"));

        form().formParam("donorId", donorId).formParam("transactionNumber", reference("PG"))
                .formParam("yearlyAmount", "120.00").formParam("startDate", "2027-01-01")
                .formParam("endDate", "2030-12-31").formParam("signatureDate", "2026-12-01")
                .when().post("/agreements")
                .then().statusCode(422)
                .body(containsString("een overeenkomst periodieke gift loopt minstens vijf jaar; van 1 jan. 2027 tot en "
                        + "met 31 dec. 2030 is 4 jaar"));
        form().cookie("crm-lang", "en").formParam("donorId", donorId).formParam("transactionNumber", reference("PG"))
                .formParam("yearlyAmount", "120.00").formParam("startDate", "2027-01-01")
                .formParam("endDate", "2030-12-31").formParam("signatureDate", "2026-12-01")
                .when().post("/agreements")
                .then().statusCode(422)
                .body(containsString("a periodic-gift agreement runs at least five years; 1 Jan 2027 to 31 Dec 2030 "
                        + "is 4 years"));
        form().formParam("donorId", donorId).formParam("transactionNumber", number)
                .formParam("yearlyAmount", "60.00").formParam("startDate", "2027-01-01")
                .formParam("durationYears", "5").formParam("signatureDate", "2026-12-01")
                .when().post("/agreements")
                .then().statusCode(409)
                .body(containsString("<div class=\"field-error\">transactienummer " + number + " is al in gebruik</div>"));
        form().cookie("crm-lang", "en").formParam("donorId", donorId).formParam("transactionNumber", number)
                .formParam("yearlyAmount", "60.00").formParam("startDate", "2027-01-01")
                .formParam("durationYears", "5").formParam("signatureDate", "2026-12-01")
                .when().post("/agreements")
                .then().statusCode(409)
                .body(containsString("transaction number " + number + " is already in use"));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserHasNoCollectionRunScreens() {
        given().when().get("/collection-runs").then().statusCode(403);
        form().formParam("dueDate", dueIn(14).toString()).when().post("/collection-runs").then().statusCode(403);
        given().when().get("/mandates").then().statusCode(200)
                .body(not(containsString("href=\"/collection-runs\"")));
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorGets403OnTheMandateAndRunScreens() {
        given().when().get("/mandates").then().statusCode(403);
        given().when().get("/mandates/new").then().statusCode(403);
        given().when().get("/collection-runs").then().statusCode(403);
        given().when().get("/agreements").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void theMandateFormChoosesTheDonorBySearchAndARefusedFormKeepsTheDonorChosen() {
        String ans = replicas.individual("Ans Machtiging " + tag);
        given().when().get("/mandates/new").then().statusCode(200)
                .body(containsString("<label class=\"form-label\" for=\"donorSearch\">Donateur</label>"))
                .body(containsString("hx-get=\"/gifts/donor-search\""))
                .body(not(matchesPattern(ID_FIELD)))
                .body(not(containsString("Donateur-id")));
        // opened from a donor's page: the donor is chosen, by name
        given().queryParam("donorId", ans).when().get("/mandates/new").then().statusCode(200)
                .body(containsString(chosen(ans)))
                .body(containsString("<strong>Ans Machtiging " + tag + "</strong> · nr. " + DonorServiceStub.numberOf(ans)
                        + " · 1011 AB Amsterdam"));

        // a bad amount: the form comes back with the donor still chosen, by name, and the reason in Dutch
        mandateFormFor(ans, "twaalf").when().post("/mandates")
                .then().statusCode(422)
                .body(containsString(chosen(ans)))
                .body(containsString("<strong>Ans Machtiging " + tag + "</strong> · nr. " + DonorServiceStub.numberOf(ans)
                        + " · 1011 AB Amsterdam"))
                .body(containsString("value=\"twaalf\" inputmode=\"decimal\">\n  <div class=\"field-error\">geen bedrag; "
                        + "schrijf bijvoorbeeld 1.234,56 of 25,00</div>"))
                .body(not(containsString(">" + ans + "<")));
        // no donor chosen: the reason at the donor, the search as typed
        mandateFormFor("", "12,50").when().post("/mandates")
                .then().statusCode(422)
                .body(containsString("id=\"donorSearch\" name=\"donorSearch\" value=\"ans machtiging\""))
                .body(containsString("<div class=\"field-error\">kies de donateur: typ een deel van de naam en kies uit de "
                        + "gevonden donateurs</div>"));
        assertThat(mandatesOf(ans)).isZero();
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void theMandatesShowTheirDonorByNameAndAreFilteredByADonorChosenBySearch() {
        String bep = replicas.individual("Bep Machtiging " + tag);
        String cor = replicas.individual("Cor Machtiging " + tag);
        String bepsRef = reference("BEP");
        String corsRef = reference("COR");
        String beps = SepaFixtures.mandate(bep, bepsRef, "7.50", "MONTHLY", dueIn(15));
        SepaFixtures.mandate(cor, corsRef, "8.50", "MONTHLY", dueIn(15));

        String donorPage = "<a href=\"" + donorUrl() + "/donors/" + bep + "\">Bep Machtiging " + tag + "</a>";
        given().queryParam("donorSearch", "bep machtiging").queryParam("donorId", bep).when().get("/mandates")
                .then().statusCode(200)
                .body(containsString("1 machtiging<"))
                .body(containsString(bepsRef))
                .body(not(containsString(corsRef)))
                .body(containsString("<td>" + donorPage + "</td>"))
                // the filter: the donor chosen by search, still chosen, and the way back to every donor
                .body(containsString("id=\"donorSearch\" name=\"donorSearch\" value=\"bep machtiging\""))
                .body(containsString(chosen(bep)))
                .body(containsString("<a class=\"btn btn-link mt-md-2\" href=\"/mandates?status=\">Alle donateurs</a>"))
                .body(not(matchesPattern(ID_FIELD)))
                .body(not(containsString(">" + bep + "<")));
        given().cookie("crm-lang", "en").queryParam("donorId", bep).when().get("/mandates")
                .then().statusCode(200)
                .body(containsString("1 mandate<"))
                .body(containsString(">Every donor</a>"));
        // the list of every donor offers the same search, and shows no id
        given().when().get("/mandates").then().statusCode(200)
                .body(containsString("hx-get=\"/gifts/donor-search\""))
                .body(not(containsString("Alle donateurs")))
                .body(not(containsString(">" + bep + "<")));
        // an id that is none is no filter
        given().queryParam("donorId", "not-an-id").when().get("/mandates").then().statusCode(200)
                .body(not(containsString("Alle donateurs")));

        given().when().get("/mandates/" + beps).then().statusCode(200)
                .body(containsString("<dd class=\"col-sm-9\">" + donorPage))
                .body(not(containsString(">" + bep + "<")));
        // the names asked with the fundraiser's own token, the list's in one call
        assertThat(DonorServiceStub.askedBy("fenna")).contains("/api/v1/donors?ids=" + bep + "&size=1");
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void theDebitsOfACollectionRunPreviewShowTheirDonorsByName() {
        String dee = replicas.individual("Dee Incasso " + tag);
        String mandateId = SepaFixtures.mandate(dee, reference("DEE"), "9.00", "MONTHLY", dueIn(16));
        given().queryParam("dueDate", dueIn(16).toString()).when().get("/collection-runs/preview")
                .then().statusCode(200)
                .body(containsString("<td><a href=\"" + donorUrl() + "/donors/" + dee + "\">Dee Incasso " + tag
                        + "</a></td>"))
                .body(containsString("/mandates/" + mandateId))
                .body(not(containsString(">" + dee + "<")));
        assertThat(DonorServiceStub.askedBy("femke")).contains("/api/v1/donors?ids=" + dee + "&size=1");
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void anAgreementsDonorIsChosenBySearchAndShownByName() {
        String eef = replicas.individual("Eef Overeenkomst " + tag);
        String mandateId = SepaFixtures.mandate(eef, reference("EEF"), "10.00", "MONTHLY", dueIn(17));
        given().when().get("/agreements/new").then().statusCode(200)
                .body(containsString("<label class=\"form-label\" for=\"donorSearch\">Donateur</label>"))
                .body(containsString("hx-get=\"/gifts/donor-search\""))
                .body(not(matchesPattern(ID_FIELD)));
        // recorded from the mandate's page: its donor chosen, by name
        given().queryParam("donorId", eef).queryParam("mandateId", mandateId).when().get("/agreements/new")
                .then().statusCode(200)
                .body(containsString(chosen(eef)))
                .body(containsString("<strong>Eef Overeenkomst " + tag + "</strong>"));

        String number = reference("EEF");
        form().formParam("donorSearch", "eef").formParam("transactionNumber", number)
                .formParam("yearlyAmount", "120.00").formParam("startDate", "2027-01-01")
                .formParam("durationYears", "5").formParam("signatureDate", "2026-12-01")
                .when().post("/agreements")
                .then().statusCode(422)
                .body(containsString("kies de donateur: typ een deel van de naam en kies uit de gevonden donateurs"))
                .body(containsString("value=\"eef\""));
        String location = form().formParam("donorSearch", "eef").formParam("donorId", eef)
                .formParam("mandateId", mandateId).formParam("transactionNumber", number)
                .formParam("yearlyAmount", "120.00").formParam("startDate", "2027-01-01")
                .formParam("durationYears", "5").formParam("signatureDate", "2026-12-01")
                .when().post("/agreements")
                .then().statusCode(303).extract().header("Location");

        String donorPage = "<a href=\"" + donorUrl() + "/donors/" + eef + "\">Eef Overeenkomst " + tag + "</a>";
        given().when().get(location).then().statusCode(200)
                .body(containsString("<dd class=\"col-sm-9\">" + donorPage))
                .body(not(containsString(">" + eef + "<")));
        given().when().get("/agreements").then().statusCode(200)
                .body(containsString("<td>" + donorPage + "</td>"))
                .body(not(containsString(">" + eef + "<")));
    }

    /** The radio button of the donor chosen on a form with one donor, checked. */
    private static String chosen(String donor) {
        return "<input class=\"form-check-input\" type=\"radio\" name=\"donorId\" id=\"donor-" + donor + "\" value=\""
                + donor + "\" checked>";
    }

    /** A form's field for a donor id that is not a choice among the donors found (what the screens no longer have). */
    private static final String ID_FIELD = "(?s).*<input(?![^>]*type=\"radio\")[^>]*name=\"donorId.*";

    private static String donorUrl() {
        return ConfigProvider.getConfig().getValue("crm.web.donor-url", String.class);
    }

    private RequestSpecification mandateFormFor(String donor, String amount) {
        LocalDate first = dueIn(11);
        return form().formParam("donorSearch", "ans machtiging").formParam("donorId", donor)
                .formParam("reference", reference("ANS")).formParam("signatureDate", first.minusDays(1).toString())
                .formParam("debtorName", "A. de Vries").formParam("debtorIban", SepaFixtures.VALID_IBAN)
                .formParam("amount", amount).formParam("frequency", "MONTHLY")
                .formParam("firstCollectionDate", first.toString()).formParam("fundCode", "PRG-MIG");
    }

    /** A date as the Dutch screens write it in text: 7 dec. 2026. */
    private static String dutch(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("nl")));
    }

    /** A date as the English screens write it in text: 7 Dec 2026. */
    private static String english(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("en")));
    }

    private long mandatesOf(String donor) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(m) from Mandate m where m.donorId = :d", Long.class)
                .setParameter("d", donor).getSingleResult());
    }
}
