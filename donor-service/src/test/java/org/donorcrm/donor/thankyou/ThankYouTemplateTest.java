package org.donorcrm.donor.thankyou;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.donorcrm.donor.giving.GiftEvents;
import org.donorcrm.donor.mail.GreenMailResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.awaitGifts;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.donorcrm.donor.thankyou.ThankYouTaskResourceTest.day;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The editable thank-you texts: a fundraiser's draft is not used until an admin approves it, a preview fills it in
 * for a real donor, bad input changes nothing, and "back to the standard text" restores the built-in one.
 */
@QuarkusTest
class ThankYouTemplateTest {

    private static final String SUBJECT = "Dank je wel, {name}!";
    private static final String BODY = "{salutation},\n\nDank voor {amount} op {date} ({fund}), nummer {number}.\n\n"
            + "Groet,\nHet team";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ThankYouTemplates templates;

    private GiftEvents gifts;

    @BeforeEach
    void connect() {
        gifts = new GiftEvents(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        gifts.close();
        // the other tests expect the standard texts
        ThankYouTemplates.LANGUAGES.forEach(templates::reset);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aDraftIsUsedOnlyAfterAnAdminApprovesIt() throws Exception {
        String owner = unique("owner-");
        String first = unique("sanne-") + "@example.org";
        String second = unique("sanne2-") + "@example.org";
        String sanne = donor("Sanne", "Kok", first, owner);
        String sanne2 = donor("Sanne", "Kok", second, owner);
        String gift = gifts.recorded(sanne, "25.00", day(3), "ONLINE");
        String gift2 = gifts.recorded(sanne2, "75.00", day(2), "ONLINE");
        awaitGifts(sanne, 1);
        awaitGifts(sanne2, 1);
        long number = number(sanne);

        given().when().get("/thank-you/templates/nl").then().statusCode(200)
                .body(containsString("Nog geen goedgekeurde tekst: de standaardtekst wordt gebruikt."))
                .body(containsString("{salutation},"))
                .body(containsString("Hartelijk dank voor uw gift van {amount}, die wij op {date} ontvingen."))
                .body(containsString("Geen concept."))
                .body(not(containsString(">Goedkeuren</button>")));

        save("nl", SUBJECT, BODY).then().statusCode(303)
                .header("Location", containsString("/thank-you/templates/nl?done=saved"));
        given().queryParam("done", "saved").queryParam("donor", number).when().get("/thank-you/templates/nl")
                .then().statusCode(200)
                .body(containsString("Het concept is opgeslagen."))
                .body(containsString("<strong id=\"draft-subject\">Dank je wel, {name}!</strong>"))
                .body(containsString("Opgeslagen door fenna op"))
                .body(containsString("Het concept, ingevuld voor de laatste gift van deze donateur:"))
                .body(containsString("<strong id=\"preview-subject\">Dank je wel, Sanne Kok!</strong>"))
                .body(containsString("Beste Sanne,\n\nDank voor € 25,00 op " + longDate(day(3))
                        + " (Vrij besteedbaar), nummer " + number + "."));
        given().queryParam("donor", "999999999").when().get("/thank-you/templates/nl").then().statusCode(200)
                .body(containsString("Geen donateur met dit relatienummer."));

        // not approved: the e-mail still has the standard text; a fundraiser may not approve
        send(gift);
        assertThat(awaitOne(first).getSubject()).isEqualTo("Hartelijk dank voor uw gift");
        given().header("Origin", origin()).when().post("/thank-you/templates/nl/approval").then().statusCode(403);

        // an admin approves (the screen's button as an admin: anAdminApprovesAndGoesBackToTheStandardText)
        assertThat(templates.approve("nl", "alex")).isTrue();
        send(gift2);
        MimeMessage mail = awaitOne(second);
        assertThat(mail.getSubject()).isEqualTo("Dank je wel, Sanne Kok!");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .startsWith("Beste Sanne,\n\nDank voor € 75,00 op " + longDate(day(2))
                        + " (Vrij besteedbaar), nummer " + number(sanne2)
                        + ".\n\nGroet,\nHet team\n\nRelatienummer: " + number(sanne2));
        // the English text is still the standard one
        assertThat(templates.inEffect("en")).isEmpty();
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void anEmptyTextOrAnUnknownFieldIsRefusedAndChangesNothing() {
        save("nl", "", BODY).then().statusCode(422).body(containsString("Vul dit in."));
        save("nl", SUBJECT, "{aanhef},\n\nDank voor {bedrag}.").then().statusCode(422)
                .body(containsString("Onbekend veld {aanhef} {bedrag}; mogelijk zijn: {salutation}, {name}, "
                        + "{number}, {amount}, {date}, {fund}."));
        given().cookie("crm-lang", "en").header("Origin", origin()).formParam("subject", SUBJECT)
                .formParam("body", "{naam}").when().post("/thank-you/templates/en")
                .then().statusCode(422).body(containsString("Unknown field {naam}; possible are:"));
        save("nl", SUBJECT, "x".repeat(4001)).then().statusCode(422)
                .body(containsString("Ten hoogste 4.000 tekens."));
        assertThat(templates.of("nl")).isEmpty();
        assertThat(templates.of("en")).isEmpty();
        given().when().get("/thank-you/templates/fr").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "alex", roles = "admin")
    void anAdminApprovesAndGoesBackToTheStandardText() {
        given().header("Origin", origin()).when().post("/thank-you/templates/en/approval").then().statusCode(422)
                .body(containsString("Er is geen concept om goed te keuren."));
        save("en", "Thanks, {name}", "{salutation},\n\nThanks for {amount}.").then().statusCode(303);
        given().when().get("/thank-you/templates/en").then().statusCode(200)
                .body(containsString(">Goedkeuren</button>"));
        given().redirects().follow(false).header("Origin", origin()).when().post("/thank-you/templates/en/approval")
                .then().statusCode(303).header("Location", containsString("/thank-you/templates/en?done=approved"));
        given().cookie("crm-lang", "en").when().get("/thank-you/templates/en").then().statusCode(200)
                .body(containsString("Approved by alex on"))
                .body(containsString("<strong id=\"in-effect-subject\">Thanks, {name}</strong>"))
                .body(containsString("No draft."));
        assertThat(templates.inEffect("en")).isPresent();

        given().redirects().follow(false).header("Origin", origin()).when().post("/thank-you/templates/en/reset")
                .then().statusCode(303);
        given().queryParam("done", "reset").when().get("/thank-you/templates/en").then().statusCode(200)
                .body(containsString("De standaardtekst is weer in gebruik."))
                .body(containsString("Thank you very much for your gift of {amount}, which we received on {date}."));
        assertThat(templates.inEffect("en")).isEmpty();
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void directorsDoNotSeeTheTexts() {
        given().when().get("/thank-you/templates/nl").then().statusCode(403);
        given().header("Origin", origin()).formParam("subject", SUBJECT).formParam("body", BODY)
                .when().post("/thank-you/templates/nl").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "fiona", roles = "finance")
    void financeReadsButDoesNotEdit() {
        given().when().get("/thank-you/templates/nl").then().statusCode(200)
                .body(not(containsString("id=\"template-form\"")));
        given().header("Origin", origin()).formParam("subject", SUBJECT).formParam("body", BODY)
                .when().post("/thank-you/templates/nl").then().statusCode(403);
    }

    // ---- helpers

    private io.restassured.response.Response save(String language, String subject, String body) {
        return given().redirects().follow(false).header("Origin", origin()).formParam("subject", subject)
                .formParam("body", body).when().post("/thank-you/templates/" + language);
    }

    private void send(String giftId) {
        given().redirects().follow(false).header("Origin", origin()).formParam("gift", giftId)
                .formParam("channel", "EMAIL").when().post("/thank-you/send").then().statusCode(303);
    }

    private static String donor(String first, String last, String email, String owner) {
        String id = register("""
                {"kind":"INDIVIDUAL","firstName":"%s","lastName":"%s","salutationForm":"INFORMAL",
                 "postcode":"1017 AB","city":"Amsterdam","country":"NL","email":"%s","preferredLanguage":"nl",
                 "owner":"%s"}""".formatted(first, last, email, owner));
        as("fundraiser").body("""
                        {"channel":"EMAIL","purpose":"FUNDRAISING","granted":true,"source":"web form"}""")
                .when().post("/api/v1/donors/" + id + "/consents").then().statusCode(201);
        return id;
    }

    private static long number(String donorId) {
        return as("fundraiser").when().get("/api/v1/donors/" + donorId).then().statusCode(200).extract()
                .jsonPath().getLong("number");
    }

    private static MimeMessage awaitOne(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !GreenMailResource.receivedBy(address).isEmpty());
        List<MimeMessage> received = GreenMailResource.receivedBy(address);
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private static String longDate(String isoDate) {
        return LocalDate.parse(isoDate)
                .format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("nl")));
    }

    private String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }
}
