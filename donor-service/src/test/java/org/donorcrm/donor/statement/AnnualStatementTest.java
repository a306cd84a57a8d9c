package org.donorcrm.donor.statement;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.donorcrm.donor.giving.GiftEvents;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.EventSchemas;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * The annual gift statement: its figures from the gift facts (a reversal after the year's end, a gift under a
 * periodic-gift agreement, a reallocated fund), its PDF (text, salutation, amounts in nl-NL, RSIN, embedded font,
 * A4, the same content on every request), its bad input, and who may read it.
 */
@QuarkusTest
class AnnualStatementTest {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
    private static final int YEAR = THIS_YEAR - 1;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "crm.organisation.rsin")
    String rsin;

    private GiftEvents gifts;
    private EventPublisher giftService;

    @BeforeEach
    void connect() {
        gifts = new GiftEvents(bootstrapServers);
        giftService = new EventPublisher(bootstrapServers, "/donor-crm/gift-service");
    }

    @AfterEach
    void disconnect() {
        gifts.close();
        giftService.close();
    }

    private static String person(String language, String form, String first, String initials, String infix,
                                 String last) {
        return """
                {"kind":"INDIVIDUAL","firstName":"%s","lastName":"%s","street":"Breestraat","houseNumber":"12",
                 "postcode":"2311 CS","city":"Leiden","preferredLanguage":"%s","salutationForm":"%s",
                 "initials":%s,"infix":%s}
                """.formatted(first, last, language, form, initials == null ? "null" : "\"" + initials + "\"",
                infix == null ? "null" : "\"" + infix + "\"");
    }

    @Test
    void theStatementCountsTheGiftsOfTheYearKeepsThePeriodicGiftApartAndIsCorrectedAfterALateReversal()
            throws IOException {
        String last = unique("Berg");
        String donor = register(person("nl", "FORMAL_FEMALE", "Ans", null, "van den", last));
        long number = as("fundraiser").when().get("/api/v1/donors/" + donor).then().statusCode(200)
                .extract().<Number>path("number").longValue();

        String a = gifts.recorded(donor, "1234.56", YEAR + "-03-15", "BANK_TRANSFER");
        String b = gifts.recorded(donor, "250.00", YEAR + "-06-01", "ONLINE");
        String c = gifts.recorded(donor, "75.25", YEAR + "-11-30", "ONLINE");
        gifts.recorded(donor, "40.00", THIS_YEAR + "-01-05", "ONLINE");       // another year
        String mandate = UUID.randomUUID().toString();
        String transactionNumber = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        agreementSigned(donor, mandate, transactionNumber, YEAR + "-01-01", (YEAR + 4) + "-12-31");
        String p = UUID.randomUUID().toString();
        collectionScheduled(donor, mandate, p, YEAR + "-02-01");
        giftService.publish(GiftEvents.TOPIC, donor, "crm.gift.recorded.v1", p,
                GiftEvents.recordedData(p, donor, "100.00", YEAR + "-02-01", "SEPA_DIRECT_DEBIT"));
        // reversed after the year ended: no longer on the statement, which says it is corrected
        gifts.reversed(b, donor, "250.00", YEAR + "-06-01", THIS_YEAR + "-01-10");
        gifts.reallocated(a, donor, "1234.56", YEAR + "-03-15");

        // gifts 1,234.56 + 75.25 = 1,309.81; periodic 100.00; total 1,409.81 (250.00 reversed, 40.00 next year)
        awaitSummary(donor, YEAR, "1309.81")
                .body("donorNumber", equalTo((int) number))
                .body("year", equalTo(YEAR))
                .body("language", equalTo("nl"))
                .body("salutation", equalTo("Geachte mevrouw Van den " + last))
                .body("corrected", equalTo(true))
                .body("gifts.giftId", contains(a, c))
                .body("gifts.date", contains(YEAR + "-03-15", YEAR + "-11-30"))
                .body("gifts.amount", contains("1234.56", "75.25"))
                .body("gifts.funds", contains("PRJ-DTZ", "UNEARMARKED"))
                .body("totalGifts", equalTo("1309.81"))
                .body("agreements.number", contains(transactionNumber))
                .body("agreements[0].startDate", equalTo(YEAR + "-01-01"))
                .body("agreements[0].endDate", equalTo((YEAR + 4) + "-12-31"))
                .body("agreements[0].durationYears", equalTo(5))
                .body("agreements[0].gifts.giftId", contains(p))
                .body("agreements[0].total", equalTo("100.00"))
                .body("totalPeriodic", equalTo("100.00"))
                .body("total", equalTo("1409.81"))
                .body("organisation.name", equalTo("Defence for Children – ECPAT Nederland"))
                .body("organisation.rsin", equalTo(rsin))
                .body("organisation.anbi", equalTo(true));

        byte[] pdf = pdf(donor, YEAR);
        String text = text(pdf);
        assertThat(text).contains("Defence for Children – ECPAT Nederland", "Hooglandse Kerkgracht 17-G",
                "2312 HS Leiden", "RSIN " + rsin,
                "Ans van den " + last, "Breestraat 12", "2311 CS Leiden",
                "Jaaroverzicht giften " + YEAR, "Gecorrigeerd overzicht", "Relatienummer: " + number,
                "Geachte mevrouw Van den " + last + ",",
                "15-03-" + YEAR, "€ 1.234,56", "PRJ-DTZ", "30-11-" + YEAR, "€ 75,25", "Vrij besteedbaar",
                "Totaal giften", "€ 1.309,81",
                "Periodieke giften", "Overeenkomst " + transactionNumber + ", looptijd 01-01-" + YEAR + " tot en met 31-12-"
                        + (YEAR + 4), "01-02-" + YEAR, "€ 100,00", "Totaal periodieke giften: € 100,00",
                "Totaal " + YEAR + ": € 1.409,81", "algemeen nut beogende instelling (ANBI)");
        assertThat(text).doesNotContain("€ 250,00", "€ 40,00");

        // A4, the font embedded (a subset: its name has the six-letter tag), the same content every time
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(842f);
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        assertThat(fonts.getKeys()).isNotEmpty();
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(key);
            assertThat(font.getAsName(PdfName.BASEFONT).toString()).matches("/[A-Z]{6}\\+LiberationSans");
            PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            assertThat(descendant.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2)).isNotNull();
        }
        assertThat(reader.getInfo()).containsEntry("CreationDate", "D:" + YEAR + "1231120000+01'00'")
                .containsEntry("ModDate", "D:" + YEAR + "1231120000+01'00'");
        reader.close();
        assertThat(text(pdf(donor, YEAR))).isEqualTo(text);
    }

    @Test
    void anAgreementLearntBeforeItsEventCarriedTheTransactionNumberIsNamedByItsId() throws IOException {
        String donor = register(person("nl", "INFORMAL", "Olga", null, null, unique("Oud")));
        String mandate = UUID.randomUUID().toString();
        String agreement = agreementSigned(donor, mandate, null, YEAR + "-01-01", (YEAR + 4) + "-12-31");
        String p = UUID.randomUUID().toString();
        collectionScheduled(donor, mandate, p, YEAR + "-04-01");
        giftService.publish(GiftEvents.TOPIC, donor, "crm.gift.recorded.v1", p,
                GiftEvents.recordedData(p, donor, "60.00", YEAR + "-04-01", "SEPA_DIRECT_DEBIT"));

        String url = "/api/v1/donors/" + donor + "/annual-statements/" + YEAR + "/summary";
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> "60.00".equals(as("fundraiser").when().get(url).then().extract().path("totalPeriodic")));
        as("fundraiser").when().get(url).then().statusCode(200)
                .body("agreements.number", contains(agreement))
                .body("totalGifts", equalTo("0.00"))
                .body("total", equalTo("60.00"));
        assertThat(text(pdf(donor, YEAR))).contains("Overeenkomst " + agreement + ", looptijd 01-01-" + YEAR
                + " tot en met 31-12-" + (YEAR + 4), "Totaal periodieke giften: € 60,00", "RSIN " + rsin);
    }

    @Test
    void aStatementInEnglishWithAReversalInTheSameYearIsNotCorrected() throws IOException {
        String last = unique("Vries");
        String donor = register(person("en", "FORMAL_MALE", "Piet", "P.", "de", last));
        long number = as("fundraiser").when().get("/api/v1/donors/" + donor).then().statusCode(200)
                .extract().<Number>path("number").longValue();
        gifts.recorded(donor, "20.00", YEAR + "-05-05", "ONLINE");
        String reversed = gifts.recorded(donor, "30.00", YEAR + "-05-06", "ONLINE");
        gifts.reversed(reversed, donor, "30.00", YEAR + "-05-06", YEAR + "-05-20");

        awaitSummary(donor, YEAR, "20.00")
                .body("corrected", equalTo(false))
                .body("agreements", equalTo(List.of()))
                .body("totalPeriodic", equalTo("0.00"))
                .body("total", equalTo("20.00"))
                .body("salutation", equalTo("Dear Mr De " + last));
        String text = text(pdf(donor, YEAR));
        assertThat(text).contains("Annual gift statement " + YEAR, "Donor number: " + number,
                "Dear Mr De " + last + ",", "€ 20,00", "Total " + YEAR + ": € 20,00", "RSIN " + rsin);
        assertThat(text).doesNotContain("Corrected statement", "€ 30,00", "Periodic gifts");

        // a year without gifts is a statement too
        assertThat(text(pdf(donor, YEAR - 1))).contains("No gifts in " + (YEAR - 1) + ".",
                "Total " + (YEAR - 1) + ": € 0,00");
    }

    @Test
    void aYearOutsideTwoThousandToThisYearIs400AnUnknownDonor404AMergedOne301AnErasedOne410() {
        String donor = register(person("nl", "INFORMAL", "Iris", null, null, unique("Jaar")));
        for (String year : List.of("1999", String.valueOf(THIS_YEAR + 1), "20x5", "99999")) {
            for (String path : List.of("", "/summary")) {
                as("finance").when().get("/api/v1/donors/" + donor + "/annual-statements/" + year + path)
                        .then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("status", equalTo(400))
                        .body("errors.pointer", contains("#/year"))
                        .body("errors.detail", contains("must be a year from 2000 to " + THIS_YEAR));
            }
        }
        as("finance").when().get("/api/v1/donors/" + donor + "/annual-statements/2000/summary")
                .then().statusCode(200).body("total", equalTo("0.00"));
        as("finance").when().get("/api/v1/donors/" + UUID.randomUUID() + "/annual-statements/" + YEAR)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));

        // a merged donor's statement is its survivor's
        String survivor = register(person("nl", "INFORMAL", "Iris", null, null, unique("Blijft")));
        as("fundraiser").body("{\"survivorId\":\"%s\",\"mergedId\":\"%s\"}".formatted(survivor, donor))
                .when().post("/api/v1/donor-merges").then().statusCode(200);
        as("finance").redirects().follow(false).when().get("/api/v1/donors/" + donor + "/annual-statements/" + YEAR)
                .then().statusCode(301)
                .header("Location", endsWith("/api/v1/donors/" + survivor + "/annual-statements/" + YEAR));

        as("admin").when().post("/api/v1/donors/" + survivor + "/erasure").then().statusCode(200);
        as("finance").when().get("/api/v1/donors/" + survivor + "/annual-statements/" + YEAR)
                .then().statusCode(410).contentType("application/problem+json").body("status", equalTo(410));
    }

    @Test
    void fundraisersFinanceAndAdminsMayReadAStatementDirectorsMayNot() {
        String donor = register(person("nl", "NEUTRAL", "Rik", "R.", null, unique("Rol")));
        for (String path : List.of("", "/summary")) {
            String url = "/api/v1/donors/" + donor + "/annual-statements/" + YEAR + path;
            for (String role : List.of("fundraiser", "finance", "admin")) {
                as(role).when().get(url).then().statusCode(200);
            }
            as("director").when().get(url).then().statusCode(403);
            given().when().get(url).then().statusCode(401);
        }
    }

    private ValidatableResponse awaitSummary(String donor, int year, String totalGifts) {
        String url = "/api/v1/donors/" + donor + "/annual-statements/" + year + "/summary";
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> totalGifts.equals(as("fundraiser").when().get(url).then().extract().path("totalGifts"))
                        && (!"1309.81".equals(totalGifts) || "PRJ-DTZ".equals(as("fundraiser").when().get(url)
                        .then().extract().path("gifts[0].funds"))));
        return as("fundraiser").when().get(url).then().statusCode(200);
    }

    private static byte[] pdf(String donor, int year) {
        return as("fundraiser").when().get("/api/v1/donors/" + donor + "/annual-statements/" + year)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    /** The text of every page, as OpenPDF's extractor reads it. */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** An agreement signed; {@code transactionNumber} null: an event written before it carried the number. */
    private String agreementSigned(String donor, String mandate, String transactionNumber, String start,
                                   String end) {
        String agreement = UUID.randomUUID().toString();
        String data = """
                {"agreementId":"%s",%s"donorId":"%s","mandateId":"%s","yearlyAmount":"1200.00","currency":"EUR",
                 "startDate":"%s","endDate":"%s","durationYears":5,"signedAt":"%sT09:00:00Z"}
                """.formatted(agreement, transactionNumber == null ? ""
                : "\"transactionNumber\":\"" + transactionNumber + "\",", donor, mandate, start, end, start);
        assertThat(EventSchemas.errors("crm.agreement.signed.v1", data)).isEmpty();
        giftService.publish(GiftEvents.TOPIC, donor, "crm.agreement.signed.v1", agreement, data);
        return agreement;
    }

    private void collectionScheduled(String donor, String mandate, String gift, String dueDate) {
        String collection = UUID.randomUUID().toString();
        String data = """
                {"collectionId":"%s","mandateId":"%s","donorId":"%s","runId":"%s","giftId":"%s","dueDate":"%s",
                 "amount":"100.00","currency":"EUR","sequenceType":"RCUR","scheduledAt":"%sT06:00:00Z"}
                """.formatted(collection, mandate, donor, UUID.randomUUID(), gift, dueDate, dueDate);
        assertThat(EventSchemas.errors("crm.collection.scheduled.v1", data)).isEmpty();
        giftService.publish(GiftEvents.TOPIC, donor, "crm.collection.scheduled.v1", collection, data);
    }
}
