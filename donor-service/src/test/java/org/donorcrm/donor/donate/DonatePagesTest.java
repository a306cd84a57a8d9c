package org.donorcrm.donor.donate;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.donorcrm.donor.mail.GreenMailResource;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The public donation page as a donor uses it, signed out: the page, a sign-up by SEPA e-mandate end to end (the
 * donor, the consents, the mandate handed to gift-service — played by {@link GiftServiceStub} — and the confirmation
 * e-mail through GreenMail), linking instead of duplicating, the hand-over when gift-service is down, and the page's
 * protections (honeypot, fill time, bad input, rate limits).
 */
@QuarkusTest
class DonatePagesTest {

    private static final String IBAN = "NL91ABNA0417164300";
    private static final String SECRET = "test-donation-form-secret-0123456789";
    private static String campaignCode;
    private static String campaignId;
    private static String appealCode;
    private static String appealId;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void campaignWithAnAppeal() {
        if (campaignCode != null) {
            return;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        campaignCode = "GEVEN-" + suffix;
        appealCode = "MAIL-" + suffix;
        campaignId = UUID.randomUUID().toString();
        appealId = UUID.randomUUID().toString();
        try (EventPublisher campaigns = new EventPublisher(bootstrapServers, "/donor-crm/campaign-service")) {
            campaigns.publish("crm.campaigns", campaignId, "crm.campaign.defined.v1", campaignId,
                    defined(campaignId, campaignCode, "Kinderrechten 2026", null));
            campaigns.publish("crm.campaigns", appealId, "crm.campaign.defined.v1", appealId,
                    defined(appealId, appealCode, "Voorjaarsmailing", campaignId));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/geven/" + campaignCode + "/" + appealCode).then().statusCode(200));
    }

    private static String defined(String id, String code, String name, String parent) {
        return """
                {"campaignId":"%s","code":"%s","name":"%s","goal":"10000.00","currency":"EUR",
                 "startDate":"2026-01-01","endDate":"2026-12-31","status":"ACTIVE","parentCampaignId":%s,
                 "channel":%s,"definedAt":"2026-01-01T09:00:00Z"}
                """.formatted(id, code, name, parent == null ? "null" : "\"" + parent + "\"",
                parent == null ? "null" : "\"LETTER\"");
    }

    // ---------------------------------------------------------------- the page

    @Test
    void aSignedOutVisitorGetsTheDutchPageWithTheSuggestedAmountsAndTheIdealMessage() {
        given().when().get("/geven/" + campaignCode)
                .then().statusCode(200)
                .body(containsString("<html lang=\"nl\">"))
                .body(containsString("<h1 class=\"h2\">Word donateur</h1>"))
                .body(containsString("Steun Kinderrechten 2026 met een vaste gift."))
                .body(containsString("<label class=\"form-check-label\" for=\"amount-0\">€ 5,00</label>"))
                .body(containsString("<label class=\"form-check-label\" for=\"amount-1\">€ 10,00</label>"))
                .body(containsString("<label class=\"form-check-label\" for=\"amount-2\">€ 25,00</label>"))
                .body(containsString("<label class=\"form-check-label\" for=\"amount-3\">€ 50,00</label>"))
                .body(containsString("Eenmalig online betalen met iDEAL is op deze pagina niet beschikbaar."))
                .body(containsString("<legend class=\"h5\">Hoe vaak?</legend>"))
                .body(containsString("Per kwartaal"))
                .body(containsString("data-per-yearly=\"per jaar\">Totaal: € 5,00 per maand</p>"))
                .body(containsString("incassant-ID NL98ZZZ999999999999"))
                .body(containsString("<a href=\"https://www.defenceforchildren.nl/privacy/\" id=\"privacy-link\">"))
                .body(containsString("name=\"website\" value=\"\" tabindex=\"-1\""))
                .body(containsString("<div class=\"visually-hidden\" aria-hidden=\"true\">"))
                // consent is never ticked beforehand
                .body(not(containsString("id=\"consentEmail\" value=\"yes\" checked")));
        given().when().get("/geven/" + campaignCode + "/" + appealCode)
                .then().statusCode(200)
                .body(containsString("Steun Voorjaarsmailing met een vaste gift."))
                .body(containsString("action=\"/geven/" + campaignCode + "/" + appealCode + "\""));
        // the same page in English, on request
        given().cookie("crm-lang", "en").when().get("/geven/" + campaignCode)
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1 class=\"h2\">Become a donor</h1>"))
                .body(containsString("Paying once online by iDEAL is not available on this page."))
                .body(containsString("Total: € 5,00 per month"));
        given().redirects().follow(false).when().get("/geven/taal/en?terug=/geven/" + campaignCode)
                .then().statusCode(303)
                .header("Location", containsString("/geven/" + campaignCode))
                .cookie("crm-lang", "en");
        given().when().get("/geven/ONBEKEND-" + campaignCode).then().statusCode(404);
        given().when().get("/geven/" + campaignCode + "/ONBEKEND").then().statusCode(404);
    }

    // ---------------------------------------------------------------- a sign-up end to end

    @Test
    void aMonthlyGiftOfTenEurosByMandateMakesTheDonorTheMandateAndTheConfirmation() throws Exception {
        String email = unique("anna") + "@example.org";
        String location = post("/geven/" + campaignCode, "192.0.2.1", signup(email, "10.00", "MONTHLY"))
                .then().statusCode(303)
                .header("Location", containsString("/geven/bedankt?kenmerk=DON-"))
                .extract().header("Location");
        String reference = location.substring(location.indexOf("kenmerk=") + 8);

        given().when().get("/geven/bedankt?kenmerk=" + reference)
                .then().statusCode(200)
                .body(containsString("<h1 class=\"h2\">Dank u wel!</h1>"))
                .body(containsString("<p id=\"reference\">Het kenmerk van uw machtiging is " + reference + ".</p>"));

        JsonNode donor = donorWithEmail(email);
        long number = donor.path("number").asLong();
        assertThat(reference).isEqualTo("DON-" + number + "-1");
        assertThat(donor.path("displayName").asText()).isEqualTo("Anna de Vries");
        assertThat(donor.path("initials").asText()).isEqualTo("A.");
        assertThat(donor.path("infix").asText()).isEqualTo("de");
        assertThat(donor.path("email").asText()).isEqualTo(email);
        assertThat(donor.path("iban").asText()).isEqualTo(IBAN);
        assertThat(donor.path("createdBy").asText()).isEqualTo("online");
        String donorId = donor.path("id").asText();

        Response consents = given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .when().get("/api/v1/donors/" + donorId + "/consents");
        consents.then().statusCode(200);
        assertThat(consent(consents, "EMAIL", "NEWSLETTER")).isEqualTo("true online");
        assertThat(consent(consents, "EMAIL", "FUNDRAISING")).isEqualTo("true online");
        assertThat(consent(consents, "POST", "NEWSLETTER")).isEqualTo("false null");
        assertThat(consent(consents, "PHONE", "FUNDRAISING")).isEqualTo("false null");

        List<JsonNode> mandates = GiftServiceStub.received(reference);
        assertThat(mandates).hasSize(1);
        JsonNode mandate = mandates.get(0);
        assertThat(mandate.path("donorId").asText()).isEqualTo(donorId);
        assertThat(mandate.path("reference").asText()).isEqualTo(reference);
        assertThat(mandate.path("amount").asText()).isEqualTo("10.00");
        assertThat(mandate.path("frequency").asText()).isEqualTo("MONTHLY");
        assertThat(mandate.path("debtorIban").asText()).isEqualTo(IBAN);
        assertThat(mandate.path("debtorName").asText()).isEqualTo("A. de Vries");
        assertThat(mandate.path("campaignId").asText()).isEqualTo(campaignId);
        assertThat(mandate.path("appealId").isNull()).isTrue();
        assertThat(mandate.path("signatureDate").asText()).isEqualTo(
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString());
        java.time.LocalDate first = java.time.LocalDate.parse(mandate.path("firstCollectionDate").asText());
        assertThat(first.getDayOfMonth()).isEqualTo(25);
        assertThat(first).isAfterOrEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                .plusDays(7));
        assertThat(status(reference)).isEqualTo("SENT");

        await().atMost(Duration.ofSeconds(20)).until(() -> GreenMailResource.receivedBy(email).size() == 1);
        MimeMessage mail = GreenMailResource.receivedBy(email).get(0);
        assertThat(mail.getSubject()).isEqualTo("Bevestiging van uw machtiging " + reference);
        String body = mail.getContent().toString();
        assertThat(body).contains("Kenmerk machtiging: " + reference)
                .contains("Bedrag: € 10,00 per maand")
                .contains("Rekening: NL** **** **** **43 00")
                .contains("Incassant-ID: NL98ZZZ999999999999")
                .contains("Wilt u stoppen?")
                .doesNotContain("0417");
    }

    @Test
    void anAppealsPageCarriesTheAppealAndItsCampaign() {
        String email = unique("appeal") + "@example.org";
        String location = post("/geven/" + campaignCode + "/" + appealCode, "192.0.2.2",
                signup(email, "OTHER", "QUARTERLY", Map.of("otherAmount", "12,50")))
                .then().statusCode(303).extract().header("Location");
        JsonNode mandate = GiftServiceStub.received(location.substring(location.indexOf("kenmerk=") + 8)).get(0);
        assertThat(mandate.path("campaignId").asText()).isEqualTo(campaignId);
        assertThat(mandate.path("appealId").asText()).isEqualTo(appealId);
        assertThat(mandate.path("amount").asText()).isEqualTo("12.50");
        assertThat(mandate.path("frequency").asText()).isEqualTo("QUARTERLY");
    }

    // ---------------------------------------------------------------- never twice

    @Test
    void theSameEmailAgainIsLinkedToTheSameDonorAndASimilarOneIsADuplicateCandidate() {
        String email = unique("bert") + "@example.org";
        post("/geven/" + campaignCode, "192.0.2.3", signup(email, "10.00", "MONTHLY")).then().statusCode(303);
        JsonNode first = donorWithEmail(email);

        String again = post("/geven/" + campaignCode, "192.0.2.3", signup(email.toUpperCase(), "25.00", "YEARLY"))
                .then().statusCode(303).extract().header("Location");
        assertThat(again).endsWith("kenmerk=DON-" + first.path("number").asLong() + "-2");
        assertThat(donorsWithEmail(email)).isEqualTo(1);
        assertThat(GiftServiceStub.received("DON-" + first.path("number").asLong() + "-2").get(0)
                .path("donorId").asText()).isEqualTo(first.path("id").asText());

        // another address, but the same account: a new donor, proposed as the same person as the first
        String other = unique("bert.werk") + "@example.org";
        post("/geven/" + campaignCode, "192.0.2.3", signup(other, "10.00", "MONTHLY")).then().statusCode(303);
        JsonNode second = donorWithEmail(other);
        assertThat(second.path("id").asText()).isNotEqualTo(first.path("id").asText());
        assertThat(candidateReasons(first.path("id").asText(), second.path("id").asText()))
                .isEqualTo("SAME_IBAN,SAME_NAME_AND_POSTCODE");
    }

    // ---------------------------------------------------------------- gift-service down

    @Test
    void whenGiftServiceIsDownTheSignUpIsKeptAndHandedOverLaterExactlyOnce() {
        String email = unique("carla") + "@example.org";
        GiftServiceStub.down(true);
        String reference;
        try {
            String location = post("/geven/" + campaignCode, "192.0.2.4", signup(email, "10.00", "MONTHLY"))
                    .then().statusCode(303).extract().header("Location");
            reference = location.substring(location.indexOf("kenmerk=") + 8);
            given().when().get(location).then().statusCode(200)
                    .body(containsString("We hebben uw aanmelding als donateur ontvangen."));
            assertThat(status(reference)).isEqualTo("PENDING");
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> attempts(reference) >= 2);
            assertThat(GiftServiceStub.received(reference)).isEmpty();
        } finally {
            GiftServiceStub.down(false);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(reference)));
        // a few more rounds of the background retry send nothing again
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(GiftServiceStub.received(reference)).hasSize(1);
    }

    /**
     * A new donor's sign-up can reach gift-service before the donor's registration event does: gift-service answers
     * 422 for the unknown donor; the sign-up waits and is handed over once gift-service knows the donor, not FAILED.
     */
    @Test
    void aSignUpFasterThanTheNewDonorsEventWaitsForItInsteadOfFailing() {
        String email = unique("dirk") + "@example.org";
        GiftServiceStub.donorUnknown(true);
        String reference;
        try {
            String location = post("/geven/" + campaignCode, "192.0.2.14", signup(email, "10.00", "MONTHLY"))
                    .then().statusCode(303).extract().header("Location");
            reference = location.substring(location.indexOf("kenmerk=") + 8);
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> attempts(reference) >= 2);
            assertThat(status(reference)).isEqualTo("PENDING");
            assertThat(GiftServiceStub.received(reference)).isEmpty();
        } finally {
            GiftServiceStub.donorUnknown(false);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(reference)));
        assertThat(GiftServiceStub.received(reference)).hasSize(1);
    }

    // ---------------------------------------------------------------- protections

    @Test
    void aFilledHoneypotOrAFormSentTooFastIsRefusedWithoutAWordAndStoresNoDonor() {
        String robot = unique("robot") + "@example.org";
        Map<String, String> form = signup(robot, "10.00", "MONTHLY");
        form.put("website", "http://spam.example");
        post("/geven/" + campaignCode, "192.0.2.5", form)
                .then().statusCode(303).header("Location", equalTo(RestAssured.baseURI + ":" + RestAssured.port
                        + "/geven/bedankt"));

        String fast = unique("fast") + "@example.org";
        String page = given().when().get("/geven/" + campaignCode).then().statusCode(200).extract().asString();
        String token = page.replaceAll("(?s).*name=\"formToken\" value=\"([^\"]+)\".*", "$1");
        Map<String, String> quick = signup(fast, "10.00", "MONTHLY");
        quick.put("formToken", token);
        post("/geven/" + campaignCode, "192.0.2.5", quick)
                .then().statusCode(303).header("Location", containsString("/geven/bedankt"))
                .header("Location", not(containsString("kenmerk")));

        assertThat(donorsWithEmail(robot)).isZero();
        assertThat(donorsWithEmail(fast)).isZero();
        // a form posted from another site is refused before it is read (the platform's SameOriginFilter)
        Map<String, String> crossSite = signup(unique("cross") + "@example.org", "10.00", "MONTHLY");
        RequestSpecification evil = given().redirects().follow(false).header("Origin", "https://evil.example")
                .header("X-Forwarded-For", "192.0.2.5");
        crossSite.forEach(evil::formParam);
        evil.when().post("/geven/" + campaignCode).then().statusCode(403);
        assertThat(donorsWithEmail(crossSite.get("email"))).isZero();
        // a token of another page, or none, is refused with the form again
        Map<String, String> forged = signup(unique("forged") + "@example.org", "10.00", "MONTHLY");
        forged.put("formToken", token("/geven/ANDERE", 10));
        post("/geven/" + campaignCode, "192.0.2.5", forged)
                .then().statusCode(400)
                .body(containsString("Het formulier is verlopen."));
    }

    @Test
    void badInputShowsTheFormAgainWithADutchReasonAtEachFieldAndStoresNothing() {
        String email = unique("fout") + "@example.org";
        long signupsBefore = signups();
        Map<String, String> form = signup(email, "OTHER", "MONTHLY", Map.of("otherAmount", "0,50"));
        form.put("iban", "NL91ABNA0417164301");
        form.put("phone", "bel me maar");
        form.remove("authorise");
        post("/geven/" + campaignCode, "192.0.2.6", form)
                .then().statusCode(400)
                .body(containsString("Niet alles is goed ingevuld."))
                .body(containsString("<div class=\"invalid-feedback d-block\" id=\"amount-error\">"
                        + "<span aria-hidden=\"true\">⚠ </span>Het bedrag is minimaal € 1,00.</div>"))
                .body(containsString("aria-describedby=\"iban-error\""))
                .body(containsString("<div class=\"invalid-feedback d-block\" id=\"iban-error\">"
                        + "<span aria-hidden=\"true\">⚠ </span>Dit IBAN klopt niet. Controleer het nummer.</div>"))
                .body(containsString("Vink aan dat u de machtiging geeft."))
                .body(containsString("<div class=\"invalid-feedback d-block\" id=\"phone-error\">"
                        + "<span aria-hidden=\"true\">⚠ </span>Vul een telefoonnummer in, zoals 071 123 45 67, of laat "
                        + "het veld leeg.</div>"))
                // what was typed stays
                .body(containsString("value=\"" + email + "\""));

        post("/geven/" + campaignCode, "192.0.2.6", signup(email, "OTHER", "MONTHLY", Map.of("otherAmount", "20000,00")))
                .then().statusCode(400)
                .body(containsString("Het bedrag is maximaal € 10.000,00."));
        post("/geven/" + campaignCode, "192.0.2.6", signup(email, "10.00", "ONCE"))
                .then().statusCode(400)
                .body(containsString("<div class=\"invalid-feedback d-block\" id=\"frequency-error\">"
                        + "<span aria-hidden=\"true\">⚠ </span>Eenmalig online betalen met iDEAL is op deze pagina "
                        + "niet beschikbaar."));

        assertThat(donorsWithEmail(email)).isZero();
        assertThat(signups()).isEqualTo(signupsBefore);
        assertThat(GreenMailResource.receivedBy(email)).isEmpty();
    }

    @Test
    void aThousandPostsFromOneAddressInAMinuteAreLimitedAndAnotherAddressIsNot() {
        String address = "192.0.2.200";
        Map<String, String> form = signup(unique("flood") + "@example.org", "10.00", "MONTHLY");
        form.put("website", "x");
        int limited = 0;
        String retryAfter = null;
        String lastBody = null;
        for (int i = 0; i < 1000; i++) {
            Response answer = post("/geven/" + campaignCode, address, form);
            if (i < 10) {
                assertThat(answer.statusCode()).as("post %d", i).isEqualTo(303);
            } else if (answer.statusCode() == 429) {
                limited++;
                retryAfter = answer.header("Retry-After");
                lastBody = answer.asString();
            }
        }
        assertThat(limited).isEqualTo(990);
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        assertThat(lastBody).contains("Dit formulier is te vaak verstuurd. Probeer het over " + retryAfter
                + " seconden opnieuw.");
        post("/geven/" + campaignCode, "192.0.2.201", form).then().statusCode(303);
        given().header("X-Forwarded-For", "192.0.2.201").when().get("/geven/" + campaignCode).then().statusCode(200);
    }

    @Test
    void threeSignUpsPerEmailAddressAnHourThenTheFourthIsLimited() {
        String email = unique("vaak") + "@example.org";
        for (int i = 0; i < 3; i++) {
            post("/geven/" + campaignCode, "192.0.2.7" + i, signup(email, "5.00", "MONTHLY")).then().statusCode(303);
        }
        post("/geven/" + campaignCode, "192.0.2.74", signup(email, "5.00", "MONTHLY"))
                .then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+"));
        assertThat(donorsWithEmail(email)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, String> signup(String email, String amount, String frequency) {
        return signup(email, amount, frequency, Map.of());
    }

    private static Map<String, String> signup(String email, String amount, String frequency,
                                              Map<String, String> more) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("formToken", token("/geven/" + campaignCode, 10));
        form.put("website", "");
        form.put("amount", amount);
        form.put("frequency", frequency);
        form.put("initials", "A.");
        form.put("firstName", "Anna");
        form.put("infix", "de");
        form.put("lastName", "Vries");
        form.put("email", email);
        form.put("postcode", "2312 HS");
        form.put("city", "Leiden");
        form.put("consentEmail", "yes");
        form.put("iban", "NL91 ABNA 0417 1643 00");
        form.put("accountHolder", "A. de Vries");
        form.put("authorise", "yes");
        form.putAll(more);
        return form;
    }

    /** A form token as the page signs it, for a form shown {@code secondsAgo} seconds ago. */
    static String token(String page, int secondsAgo) {
        try {
            String shown = Long.toString(System.currentTimeMillis() - secondsAgo * 1000L);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return shown + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal((shown + "|" + page).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response post(String path, String address, Map<String, String> form) {
        String origin = RestAssured.baseURI + ":" + RestAssured.port;
        RequestSpecification request = given().redirects().follow(false).header("Origin", origin)
                .header("X-Forwarded-For", address).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        if (path.contains("/geven/" + campaignCode + "/") && form.containsKey("formToken")) {
            form = new LinkedHashMap<>(form);
            form.put("formToken", token(path, 10));
        }
        form.forEach(request::formParam);
        return request.when().post(path);
    }

    private JsonNode donorWithEmail(String email) {
        Response found = given().auth().oauth2(TestTokens.forRoles("fundraiser")).queryParam("q", email)
                .when().get("/api/v1/donors");
        found.then().statusCode(200).body("total", equalTo(1));
        String id = found.path("items[0].id");
        return given().auth().oauth2(TestTokens.forRoles("fundraiser")).when().get("/api/v1/donors/" + id)
                .then().statusCode(200).extract().as(JsonNode.class);
    }

    private long donorsWithEmail(String email) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(d) from Donor d where lower(d.email) = :email", Long.class)
                .setParameter("email", email.toLowerCase()).getSingleResult());
    }

    private long signups() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select count(o) from OnlineSignup o", Long.class).getSingleResult());
    }

    private String status(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select o.status from OnlineSignup o where o.reference = :ref", OnlineSignup.Status.class)
                .setParameter("ref", reference).getSingleResult().name());
    }

    private int attempts(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select o.attempts from OnlineSignup o where o.reference = :ref", Integer.class)
                .setParameter("ref", reference).getSingleResult());
    }

    private String candidateReasons(String one, String other) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select c.reasons from DuplicateCandidate c where (c.donorA = :a and c.donorB = :b) "
                                + "or (c.donorA = :b and c.donorB = :a)", String.class)
                .setParameter("a", one).setParameter("b", other).getSingleResult());
    }

    private static String consent(Response consents, String channel, String purpose) {
        List<Map<String, Object>> current = consents.path("current");
        return current.stream().filter(c -> channel.equals(c.get("channel")) && purpose.equals(c.get("purpose")))
                .map(c -> c.get("granted") + " " + c.get("source")).findFirst().orElse("none");
    }
}
