package org.donorcrm.donor.thankyou;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.donorcrm.donor.giving.GiftEvents;
import org.donorcrm.donor.mail.GreenMailResource;
import org.donorcrm.donor.mail.MailMessage;
import org.donorcrm.donor.mail.MailQueue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.awaitGifts;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.donorcrm.donor.thankyou.ThankYouTaskResourceTest.day;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Thanking from the thank-you list with an e-mail (through a real SMTP server, GreenMail: {@code GreenMailResource})
 * or a letter (a PDF): the text in the donor's language with the merge fields, once per gift however often it is
 * asked, one thank-you on the timeline, retries while SMTP is down and the dead-letter view, consent, and erasure.
 */
@QuarkusTest
class ThankYouMailTest {

    private static final String FROM = "bedankt@defenceforchildren.nl";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MailQueue mails;

    @Inject
    ThankYouLetters letters;

    private GiftEvents gifts;

    @BeforeEach
    void connect() {
        gifts = new GiftEvents(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        gifts.close();
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void anEmailArrivesOnceInTheDonorsLanguageWithTheMergeFieldsAndTheTimelineHasOneThankYou() throws Exception {
        String owner = unique("owner-");
        String annaMail = unique("anna-") + "@example.org";
        String jan = unique("jan-") + "@example.org";
        String emma = unique("emma-") + "@example.org";
        String anna = donor("Anna", null, "Jansen", "INFORMAL", "nl", annaMail, owner, false);
        String deVries = donor("Jan", "de", "Vries", "FORMAL_MALE", "nl", jan, owner, false);
        String english = donor("Emma", null, "Smith", "INFORMAL", "en", emma, owner, false);
        List.of(anna, deVries, english).forEach(d -> consent(d, "EMAIL", true));
        String annaGift = gifts.recorded(anna, "25.00", day(3), "ONLINE");
        String janGift = gifts.recorded(deVries, "1234.56", day(5), "BANK_TRANSFER");
        String emmaGift = gifts.recorded(english, "25.00", day(4), "ONLINE");
        awaitGifts(anna, 1);
        awaitGifts(deVries, 1);
        awaitGifts(english, 1);

        given().queryParam("owner", owner).when().get("/thank-you").then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"gift\" value=\"" + annaGift + "\">"))
                .body(containsString("value=\"" + janGift + "\" form=\"thank-selection\""))
                .body(containsString(">Brief (PDF)</button>"))
                .body(containsString("value=\"EMAIL\">E-mail</button>"))
                .body(not(containsString("data-no-email")));

        // Anna's own button, twice (a double click): one message
        send("EMAIL", owner, annaGift).then().statusCode(303)
                .header("Location", containsString("/thank-you?owner=" + owner + "&mailed=1"));
        send("EMAIL", owner, annaGift).then().statusCode(303)
                .header("Location", containsString("mailed=0&mailedBefore=1"));
        given().queryParam("owner", owner).queryParam("mailed", 0).queryParam("mailedBefore", 1)
                .when().get("/thank-you").then().statusCode(200)
                .body(containsString("0 e-mail(s) in de wachtrij gezet; 1 stond(en) er al in."));
        // the others ticked together
        send("EMAIL", owner, janGift, emmaGift).then().statusCode(303)
                .header("Location", containsString("mailed=2"));

        MimeMessage toAnna = awaitOne(annaMail);
        assertThat(toAnna.getSubject()).isEqualTo("Hartelijk dank voor uw gift");
        assertThat(((InternetAddress) toAnna.getFrom()[0]).getAddress()).isEqualTo(FROM);
        assertThat(((InternetAddress) toAnna.getFrom()[0]).getPersonal())
                .isEqualTo("Defence for Children – ECPAT Nederland");
        assertThat(((InternetAddress) toAnna.getReplyTo()[0]).getAddress()).isEqualTo("info@defenceforchildren.nl");
        assertThat(text(toAnna)).startsWith("Beste Anna,\n")
                .contains("Hartelijk dank voor uw gift van € 25,00, die wij op " + longDate(day(3), "nl")
                        + " ontvingen.")
                .contains("Relatienummer: " + number(anna))
                .doesNotContain("bestemd voor");
        MimeMessage toJan = awaitOne(jan);
        assertThat(text(toJan)).startsWith("Geachte heer De Vries,\n")
                .contains("uw gift van € 1.234,56, die")
                .contains("Relatienummer: " + number(deVries));
        MimeMessage toEmma = awaitOne(emma);
        assertThat(toEmma.getSubject()).isEqualTo("Thank you for your gift");
        assertThat(text(toEmma)).startsWith("Dear Emma,\n")
                .contains("Thank you very much for your gift of € 25,00, which we received on "
                        + longDate(day(4), "en") + ".")
                .contains("Donor number: " + number(english));

        // the thank-you on the timeline once the mail went out, and the tasks are done
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> timeline(anna).body("$", hasSize(1)));
        timeline(anna).body("[0].type", equalTo("THANK_YOU_SENT"))
                .body("[0].author", equalTo("fenna"))
                .body("[0].summary", equalTo("Thanked by e-mail for the gift of € 25.00 of " + day(3)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> timeline(english).body("$", hasSize(1)));
        given().queryParam("owner", owner).when().get("/thank-you").then().statusCode(200)
                .body(containsString("0 te bedanken"));

        // asking again afterwards sends nothing new
        send("EMAIL", owner, annaGift).then().statusCode(303).header("Location", containsString("mailedBefore=1"));
        Thread.sleep(1000);
        assertThat(GreenMailResource.receivedBy(annaMail)).hasSize(1);
        timeline(anna).body("$", hasSize(1));
        assertThat(mails.of(annaGift, MailMessage.Kind.THANK_YOU).orElseThrow().status)
                .isEqualTo(MailMessage.Status.SENT);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void whileSmtpIsDownTheMailIsRetriedThenFailedAndShownAndATryAgainDeliversItOnce() {
        String owner = unique("owner-");
        String address = unique("kim-") + "@example.org";
        String kim = donor("Kim", null, "Bakker", "INFORMAL", "nl", address, owner, false);
        consent(kim, "EMAIL", true);
        String gift = gifts.recorded(kim, "40.00", day(2), "ONLINE");
        awaitGifts(kim, 1);

        GreenMailResource.stopServer();
        try {
            send("EMAIL", owner, gift).then().statusCode(303);
            await().atMost(Duration.ofSeconds(30)).until(() -> mails.of(gift, MailMessage.Kind.THANK_YOU)
                    .orElseThrow().status == MailMessage.Status.FAILED);
        } finally {
            GreenMailResource.startServer();
        }
        MailMessage failed = mails.of(gift, MailMessage.Kind.THANK_YOU).orElseThrow();
        assertThat(failed.attempts).isEqualTo(3);
        assertThat(failed.lastError).isNotBlank().doesNotContain(address);
        timeline(kim).body("$", hasSize(0));
        given().queryParam("owner", owner).when().get("/thank-you").then().statusCode(200)
                .body(containsString("1 te bedanken"))
                .body(containsString("<div class=\"small\" data-mail=\"FAILED\">E-mail mislukt</div>"))
                .body(containsString("Mislukte e-mails ("));
        given().when().get("/thank-you/mail").then().statusCode(200)
                .body(containsString("<tr data-mail=\"" + failed.id + "\" data-gift=\"" + gift + "\">"))
                .body(containsString("\">" + address + "</a></td>"))
                .body(containsString("<td>3</td>"))
                .body(containsString("action=\"/thank-you/mail/" + failed.id + "/retry\""))
                .body(containsString(">Opnieuw proberen</button>"));
        given().cookie("crm-lang", "en").when().get("/thank-you/mail").then().statusCode(200)
                .body(containsString(">Try again</button>"));

        given().redirects().follow(false).header("Origin", origin())
                .when().post("/thank-you/mail/" + failed.id + "/retry")
                .then().statusCode(303).header("Location", containsString("/thank-you/mail?retried=true"));
        awaitOne(address);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> timeline(kim).body("$", hasSize(1)));
        given().queryParam("retried", true).when().get("/thank-you/mail").then().statusCode(200)
                .body(containsString("De e-mail staat weer in de wachtrij."))
                .body(not(containsString("data-mail=\"" + failed.id + "\"")));
        assertThat(GreenMailResource.receivedBy(address)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void donorsWithoutConsentAnAddressOrWhoMayNotBeContactedGetNothingAndTheScreenSaysWhy() {
        String owner = unique("owner-");
        String noConsentMail = unique("lot-") + "@example.org";
        String noConsent = donor("Lot", null, "Visser", "INFORMAL", "nl", noConsentMail, owner, false);
        String noAddress = donor("Bas", null, "Smit", "INFORMAL", "nl", null, owner, false);
        String withdrawnMail = unique("ria-") + "@example.org";
        String withdrawn = donor("Ria", null, "Mulder", "INFORMAL", "nl", withdrawnMail, owner, false);
        String doNotContactMail = unique("tom-") + "@example.org";
        String doNotContact = donor("Tom", null, "Bos", "INFORMAL", "nl", doNotContactMail, owner, true);
        String erasedMail = unique("eva-") + "@example.org";
        String erased = donor("Eva", null, "Dekker", "INFORMAL", "nl", erasedMail, owner, false);
        consent(noAddress, "EMAIL", true);
        consent(withdrawn, "EMAIL", true);
        consent(withdrawn, "EMAIL", false);
        consent(doNotContact, "EMAIL", true);
        consent(erased, "EMAIL", true);
        String noConsentGift = gifts.recorded(noConsent, "30.00", day(3), "ONLINE");
        String noAddressGift = gifts.recorded(noAddress, "31.00", day(3), "ONLINE");
        String withdrawnGift = gifts.recorded(withdrawn, "32.00", day(3), "ONLINE");
        String doNotContactGift = gifts.recorded(doNotContact, "33.00", day(3), "ONLINE");
        String erasedGift = gifts.recorded(erased, "34.00", day(3), "ONLINE");
        List.of(noConsent, noAddress, withdrawn, doNotContact, erased).forEach(d -> awaitGifts(d, 1));
        as("admin").when().post("/api/v1/donors/" + erased + "/erasure").then().statusCode(200);

        given().queryParam("owner", owner).when().get("/thank-you").then().statusCode(200)
                .body(containsString("3 te bedanken"))
                .body(containsString("data-no-email=\"NO_EMAIL_CONSENT\">Geen e-mail: geen toestemming voor e-mail"))
                .body(containsString("data-no-email=\"NO_EMAIL_ADDRESS\">Geen e-mail: geen e-mailadres bekend"))
                .body(containsString("data-no-letter=\"NO_POSTAL_ADDRESS\">Geen brief: geen postadres bekend"))
                .body(containsString("value=\"EMAIL\" disabled>E-mail</button>"));
        given().cookie("crm-lang", "en").queryParam("owner", owner).when().get("/thank-you").then().statusCode(200)
                .body(containsString("No email: no consent for email"));

        send("EMAIL", owner, noConsentGift, noAddressGift, withdrawnGift, doNotContactGift, erasedGift).then()
                .statusCode(422)
                .body(containsString("Niets verstuurd: bij deze giften kan het niet."))
                .body(containsString("<li>Lot Visser: geen toestemming voor e-mail</li>"))
                .body(containsString("<li>Bas Smit: geen e-mailadres bekend</li>"))
                .body(containsString("<li>Ria Mulder: geen toestemming voor e-mail</li>"))
                .body(containsString("<li>" + doNotContactGift + ": de donateur wil niet benaderd worden</li>"))
                .body(containsString("<li>" + erasedGift + ": de donateur is gewist</li>"));
        // one that may be e-mailed does not take the others along
        send("EMAIL", owner, noConsentGift).then().statusCode(422)
                .body(containsString("<li>Lot Visser: geen toestemming voor e-mail</li>"));
        send("LETTER", owner, noConsentGift).then().statusCode(422)
                .body(containsString("<li>Lot Visser: geen postadres bekend</li>"));
        send("EMAIL", owner).then().statusCode(422).body(containsString("Kies eerst een of meer giften."));

        for (String gift : List.of(noConsentGift, noAddressGift, withdrawnGift, doNotContactGift, erasedGift)) {
            assertThat(mails.of(gift, MailMessage.Kind.THANK_YOU)).isEmpty();
        }
        for (String address : List.of(noConsentMail, withdrawnMail, doNotContactMail, erasedMail)) {
            assertThat(GreenMailResource.receivedBy(address)).isEmpty();
        }
        List.of(noConsent, noAddress, withdrawn, doNotContact).forEach(d -> timeline(d).body("$", hasSize(0)));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aLetterIsAPdfPageWithTheMergeFieldsAndRecordsTheThankYouOnce() throws IOException {
        String owner = unique("owner-");
        String jan = register("""
                {"kind":"INDIVIDUAL","firstName":"Jan","infix":"de","lastName":"Vries","salutationForm":"FORMAL_MALE",
                 "street":"Prinsengracht","houseNumber":"263","postcode":"1016 GV","city":"Amsterdam","country":"NL",
                 "preferredLanguage":"nl","owner":"%s"}""".formatted(owner));
        String anna = register("""
                {"kind":"INDIVIDUAL","firstName":"Anna","lastName":"Smith","salutationForm":"INFORMAL",
                 "street":"Baker Street","houseNumber":"221B","city":"London","country":"GB",
                 "preferredLanguage":"en","owner":"%s"}""".formatted(owner));
        String noPost = register("""
                {"kind":"INDIVIDUAL","firstName":"Piet","lastName":"Jong","street":"Dam","houseNumber":"1",
                 "postcode":"1012 JS","city":"Amsterdam","country":"NL","owner":"%s"}""".formatted(owner));
        consent(jan, "POST", true);
        consent(anna, "POST", true);
        String janGift = gifts.recorded(jan, "25.00", day(6), "BANK_TRANSFER");
        String annaGift = gifts.recorded(anna, "1234.56", day(2), "ONLINE");
        String pietGift = gifts.recorded(noPost, "10.00", day(2), "ONLINE");
        awaitGifts(jan, 1);
        awaitGifts(anna, 1);
        awaitGifts(noPost, 1);
        gifts.reallocated(janGift, jan, "25.00", day(6));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> as("fundraiser").queryParam("owner", owner)
                .when().get("/api/v1/thank-you-tasks").then()
                .body("items.find { it.giftId == '" + janGift + "' }.funds", equalTo("PRJ-DTZ")));

        given().queryParam("owner", owner).when().get("/thank-you").then().statusCode(200)
                .body(containsString("data-no-letter=\"NO_POST_CONSENT\">Geen brief: geen toestemming voor post"));
        send("LETTER", owner, janGift, pietGift).then().statusCode(422)
                .body(containsString("<li>Piet Jong: geen toestemming voor post</li>"));
        timeline(jan).body("$", hasSize(0));

        ExtractableResponse<Response> pdf = send("LETTER", owner, janGift, annaGift).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename=\"thank-you-letters-"))
                .extract();
        PdfReader reader = new PdfReader(pdf.asByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("Defence for Children – ECPAT Nederland", "Hooglandse Kerkgracht 17-G",
                "Jan de Vries", "Prinsengracht 263", "1016 GV Amsterdam", "Hartelijk dank voor uw gift",
                "Relatienummer: " + number(jan), "Geachte heer De Vries,",
                "€ 25,00", longDate(day(6), "nl"), "Uw gift is bestemd voor PRJ-DTZ.", "Met vriendelijke groet,");
        String second = new PdfTextExtractor(reader).getTextFromPage(2);
        assertThat(second).contains("Anna Smith", "Baker Street 221B", "London", "Thank you for your gift",
                "Donor number: " + number(anna), "Dear Anna,", "€ 1.234,56", longDate(day(2), "en"),
                "Kind regards,");
        reader.close();

        timeline(jan).body("$", hasSize(1)).body("[0].type", equalTo("THANK_YOU_SENT"))
                .body("[0].summary", equalTo("Thanked by letter for the gift of € 25.00 of " + day(6)));
        timeline(anna).body("$", hasSize(1));
        given().queryParam("owner", owner).when().get("/thank-you").then().statusCode(200)
                .body(containsString("1 te bedanken"))
                .body(not(containsString("value=\"" + janGift + "\"")));
        // printed again (another tab): a PDF, but no second thank-you
        send("LETTER", owner, janGift).then().statusCode(200).contentType("application/pdf");
        timeline(jan).body("$", hasSize(1));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void thePrivacyExportShowsTheMailsAndErasingADonorDeletesThem() {
        String owner = unique("owner-");
        String address = unique("noor-") + "@example.org";
        String noor = donor("Noor", null, "Peters", "INFORMAL", "nl", address, owner, false);
        consent(noor, "EMAIL", true);
        String gift = gifts.recorded(noor, "50.00", day(1), "ONLINE");
        awaitGifts(noor, 1);
        send("EMAIL", owner, gift).then().statusCode(303);
        awaitOne(address);
        await().atMost(Duration.ofSeconds(20)).until(() -> mails.of(gift, MailMessage.Kind.THANK_YOU)
                .orElseThrow().status == MailMessage.Status.SENT);
        // the privacy export shows it while it is held
        as("fundraiser").when().get("/api/v1/donors/" + noor + "/privacy-export").then().statusCode(200)
                .body("mails", hasSize(1))
                .body("mails[0].giftId", equalTo(gift))
                .body("mails[0].recipient", equalTo(address))
                .body("mails[0].subject", equalTo("Hartelijk dank voor uw gift"))
                .body("mails[0].status", equalTo("SENT"));

        as("admin").when().post("/api/v1/donors/" + noor + "/erasure").then().statusCode(200);
        assertThat(mails.of(gift, MailMessage.Kind.THANK_YOU)).isEmpty();
        assertThat(mails.failed()).noneMatch(m -> m.donorId.equals(noor));
    }

    @Test
    void aMailQueuedBeforeTheConsentWasWithdrawnIsNotSent() {
        String owner = unique("owner-");
        String lies = donor("Lies", null, "Wit", "INFORMAL", "nl", unique("lies-") + "@example.org", owner, false);
        consent(lies, "EMAIL", true);
        MailMessage queued = new MailMessage();
        queued.donorId = lies;
        queued.kind = MailMessage.Kind.THANK_YOU;
        assertThat(letters.refusal(queued)).isEmpty();
        consent(lies, "EMAIL", false);
        // what the sender asks just before it sends: the message becomes FAILED with this code, and nothing is sent
        assertThat(letters.refusal(queued)).contains("NO_EMAIL_CONSENT");
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void directorsCannotSendOrSeeTheMails() {
        given().header("Origin", origin()).formParam("gift", UUID.randomUUID().toString())
                .formParam("channel", "EMAIL").when().post("/thank-you/send").then().statusCode(403);
        given().when().get("/thank-you/mail").then().statusCode(403);
        given().header("Origin", origin()).when().post("/thank-you/mail/" + UUID.randomUUID() + "/retry")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFormFromElsewhereIsRefused() {
        given().redirects().follow(false).header("Origin", "https://attacker.example")
                .formParam("gift", UUID.randomUUID().toString()).formParam("channel", "EMAIL")
                .when().post("/thank-you/send").then().statusCode(403);
    }

    // ---- helpers

    private Response send(String channel, String owner, String... giftIds) {
        var request = given().redirects().follow(false).header("Origin", origin()).queryParam("owner", owner)
                .formParam("channel", channel);
        for (String giftId : giftIds) {
            request.formParam("gift", giftId);
        }
        if (giftIds.length == 0) {
            request.formParam("gift", "");
        }
        return request.when().post("/thank-you/send");
    }

    private static String donor(String first, String infix, String last, String form, String language, String email,
                                String owner, boolean doNotContact) {
        return register("""
                {"kind":"INDIVIDUAL","firstName":"%s","infix":%s,"lastName":"%s","salutationForm":"%s",
                 "postcode":"1017 AB","city":"Amsterdam","country":"NL","email":%s,"preferredLanguage":"%s",
                 "owner":"%s","doNotContact":%s}
                """.formatted(first, json(infix), last, form, json(email), language, owner, doNotContact));
    }

    private static void consent(String donorId, String channel, boolean granted) {
        as("fundraiser").body("""
                        {"channel":"%s","purpose":"FUNDRAISING","granted":%s,"source":"web form"}"""
                        .formatted(channel, granted))
                .when().post("/api/v1/donors/" + donorId + "/consents").then().statusCode(201);
    }

    private static long number(String donorId) {
        return as("fundraiser").when().get("/api/v1/donors/" + donorId).then().statusCode(200).extract()
                .jsonPath().getLong("number");
    }

    private static io.restassured.response.ValidatableResponse timeline(String donorId) {
        return as("fundraiser").when().get("/api/v1/donors/" + donorId + "/interactions").then().statusCode(200);
    }

    private static MimeMessage awaitOne(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !GreenMailResource.receivedBy(address).isEmpty());
        List<MimeMessage> received = GreenMailResource.receivedBy(address);
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    /** The plain text of a message, however the mailer packed it. */
    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s.replace("\r\n", "\n");
        }
        Multipart multipart = (Multipart) content;
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return ((String) part.getContent()).replace("\r\n", "\n");
            }
        }
        throw new AssertionError("no text/plain part");
    }

    /** A date in running text: 7 dec. 2026, 7 Dec 2026. */
    private static String longDate(String isoDate, String language) {
        return LocalDate.parse(isoDate)
                .format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag(language)));
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }
}
