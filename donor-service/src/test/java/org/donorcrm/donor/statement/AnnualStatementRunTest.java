package org.donorcrm.donor.statement;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.donorcrm.donor.giving.GiftEvents;
import org.donorcrm.donor.mail.GreenMailResource;
import org.donorcrm.donor.mail.MailSender;
import org.donorcrm.platform.jobs.JobContext;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The annual statements of all donors of a year as a background job: who is in a run (gave in the year, not
 * reversed, not erased, not declined, an address or an e-mail address) and who is skipped, the zip with one PDF per
 * donor and the donor's total, erasure taking a donor's statement out of the zip, one run per year at a time (409),
 * a resumed run storing no donor twice, the screen, bad years and the roles. Every test has a year of its own, so
 * that the donors of the other tests (which give in recent years) are in none of its runs.
 */
@QuarkusTest
class AnnualStatementRunTest {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    DataSource database;
    @Inject
    AnnualStatementRun handler;
    @Inject
    MailSender mails;

    private GiftEvents gifts;

    @BeforeEach
    void connect() {
        gifts = new GiftEvents(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        gifts.close();
    }

    private static String person(String last, boolean address, String email, boolean declines) {
        return """
                {"kind":"INDIVIDUAL","firstName":"Anna","lastName":"%s",%s"email":%s,"preferredLanguage":"nl",
                 "declinesAnnualStatement":%s}
                """.formatted(last, address ? "\"street\":\"Breestraat\",\"houseNumber\":\"12\",\"postcode\":"
                + "\"2311 CS\",\"city\":\"Leiden\"," : "", email == null ? "null" : "\"" + email + "\"", declines);
    }

    @Test
    void aRunStoresTheStatementsOfTheDonorsWhoGaveAndTheZipHoldsExactlyThemWithTheirTotals() throws Exception {
        int year = 2004;
        String withAddress = register(person(unique("Adres"), true, null, false));
        String withReversal = register(person(unique("Terug"), true, null, false));
        String onlyEmail = register(person(unique("Mail"), false, unique("mail") + "@example.org", false));
        String declines = register(person(unique("Geen"), true, null, true));
        String erased = register(person(unique("Gewist"), true, null, false));
        String noAddress = register(person(unique("Zonder"), false, null, false));
        String allReversed = register(person(unique("Alles"), true, null, false));

        gifts.recorded(withAddress, "1000.00", year + "-02-10", "BANK_TRANSFER");
        gifts.recorded(withAddress, "234.56", year + "-09-01", "ONLINE");
        gifts.recorded(withAddress, "99.00", (year + 1) + "-01-02", "ONLINE");          // another year
        String back = gifts.recorded(withReversal, "45.50", year + "-03-01", "ONLINE");
        gifts.reversed(back, withReversal, "45.50", year + "-03-01", year + "-04-01");
        gifts.recorded(withReversal, "80.00", year + "-05-01", "ONLINE");
        gifts.recorded(onlyEmail, "25.00", year + "-06-15", "ONLINE");
        gifts.recorded(declines, "60.00", year + "-07-01", "ONLINE");
        gifts.recorded(erased, "70.00", year + "-08-01", "ONLINE");
        gifts.recorded(noAddress, "10.00", year + "-10-01", "ONLINE");
        String whole = gifts.recorded(allReversed, "30.00", year + "-11-01", "ONLINE");
        gifts.reversed(whole, allReversed, "30.00", year + "-11-01", year + "-11-20");

        awaitTotal(withAddress, year, "1234.56");
        awaitTotal(withReversal, year, "80.00");
        awaitTotal(onlyEmail, year, "25.00");
        awaitTotal(declines, year, "60.00");
        awaitTotal(erased, year, "70.00");
        awaitTotal(noAddress, year, "10.00");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> Boolean.TRUE.equals(
                as("fundraiser").when().get("/api/v1/donors/" + allReversed + "/privacy-export").then().extract()
                        .path("gifts[0].reversed")));
        as("admin").when().post("/api/v1/donors/" + erased + "/erasure").then().statusCode(200);

        // the flag is in the API, and a change that does not name it keeps it
        as("fundraiser").when().get("/api/v1/donors/" + declines).then().statusCode(200)
                .body("declinesAnnualStatement", equalTo(true));
        as("fundraiser").body("{\"kind\":\"INDIVIDUAL\",\"lastName\":\"Geen\",\"street\":\"Breestraat\","
                        + "\"city\":\"Leiden\"}").when().put("/api/v1/donors/" + declines).then().statusCode(200)
                .body("declinesAnnualStatement", equalTo(true));

        io.restassured.response.Response started = as("finance").when()
                .post("/api/v1/annual-statement-runs?year=" + year);
        started.then().statusCode(202)
                .body("kind", equalTo("annual-statements"))
                .body("subject", equalTo(String.valueOf(year)))
                .body("startedBy", equalTo("finance-user"));
        String job = started.path("id");
        assertThat(started.header("Location")).endsWith("/api/v1/jobs/" + job);
        JsonPath done = awaitFinished("finance", job);
        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getString("result")).isEqualTo("3 jaaroverzichten, 1 overgeslagen (geen adres)");
        assertThat(done.getLong("done")).isEqualTo(3);
        assertThat(done.getLong("total")).isEqualTo(3);
        assertThat(done.getString("resultLink")).isEqualTo("/annual-statements/runs/" + job);

        Map<String, byte[]> zip = zip("finance", job);
        assertThat(zip.keySet()).containsExactly(
                "jaaroverzicht-" + year + "-" + number(withAddress) + ".pdf",
                "jaaroverzicht-" + year + "-" + number(withReversal) + ".pdf",
                "jaaroverzicht-" + year + "-" + number(onlyEmail) + ".pdf");
        String first = AnnualStatementTest.text(zip.get("jaaroverzicht-" + year + "-" + number(withAddress) + ".pdf"));
        assertThat(first).contains("Jaaroverzicht giften " + year, "Relatienummer: " + number(withAddress),
                "Breestraat 12", "€ 1.000,00", "€ 234,56", "Totaal " + year + ": € 1.234,56");
        assertThat(first).doesNotContain("€ 99,00");
        String second = AnnualStatementTest.text(zip.get("jaaroverzicht-" + year + "-" + number(withReversal)
                + ".pdf"));
        assertThat(second).contains("Totaal " + year + ": € 80,00").doesNotContain("€ 45,50");
        assertThat(AnnualStatementTest.text(zip.get("jaaroverzicht-" + year + "-" + number(onlyEmail) + ".pdf")))
                .contains("Totaal " + year + ": € 25,00");

        // the stored totals are the gift facts' (the single statement of each donor says the same)
        assertThat(storedTotals(job)).containsExactly(
                Map.entry(withAddress, "1234.56"), Map.entry(withReversal, "80.00"), Map.entry(onlyEmail, "25.00"));

        // the zip is for the person who started the run and for admins; never for directors
        String url = "/api/v1/annual-statement-runs/" + job + "/zip";
        as("admin").when().get(url).then().statusCode(200).contentType("application/zip");
        given().auth().oauth2(TestTokens.forUser("someone-else", "finance")).when().get(url).then().statusCode(404)
                .contentType("application/problem+json");
        as("director").when().get(url).then().statusCode(403);
        as("director").when().post("/api/v1/annual-statement-runs?year=" + year).then().statusCode(403);
        given().when().get(url).then().statusCode(401);
        given().when().post("/api/v1/annual-statement-runs?year=" + year).then().statusCode(401);
        as("finance").when().get("/api/v1/annual-statement-runs/not-a-run/zip").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void withEmailOnTheDonorWithEmailConsentGetsTheStatementOnceAndTheOthersNone() throws Exception {
        int year = 2011;
        String consentedMail = unique("jaar") + "@example.org";
        String withoutConsentMail = unique("geen") + "@example.org";
        String declinesMail = unique("wil") + "@example.org";
        String erasedMail = unique("weg") + "@example.org";
        String consented = register(person(unique("Toestemming"), true, consentedMail, false));
        String withoutConsent = register(person(unique("Zonder"), true, withoutConsentMail, false));
        String declines = register(person(unique("Geen"), true, declinesMail, true));
        String erased = register(person(unique("Gewist"), true, erasedMail, false));
        // consent for e-mail for the newsletter only: enough for a service message, no fundraising consent needed
        consent(consented, "NEWSLETTER");
        consent(declines, "FUNDRAISING");
        consent(erased, "FUNDRAISING");

        gifts.recorded(consented, "100.00", year + "-03-01", "ONLINE");
        gifts.recorded(consented, "23.45", year + "-10-01", "ONLINE");
        gifts.recorded(withoutConsent, "10.00", year + "-04-01", "ONLINE");
        gifts.recorded(declines, "20.00", year + "-05-01", "ONLINE");
        gifts.recorded(erased, "30.00", year + "-06-01", "ONLINE");
        awaitTotal(consented, year, "123.45");
        awaitTotal(withoutConsent, year, "10.00");
        awaitTotal(declines, year, "20.00");
        awaitTotal(erased, year, "30.00");
        String salutation = as("fundraiser").when().get("/api/v1/donors/" + consented + "/annual-statements/"
                + year + "/summary").then().statusCode(200).extract().path("salutation");
        as("admin").when().post("/api/v1/donors/" + erased + "/erasure").then().statusCode(200);

        // only true or false; nothing started otherwise
        as("finance").when().post("/api/v1/annual-statement-runs?year=" + year + "&email=yes").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("#/email"))
                .body("errors.detail", contains("must be true or false"));
        assertThat(runsOf(year)).isZero();

        String job = as("finance").when().post("/api/v1/annual-statement-runs?year=" + year + "&email=true").then()
                .statusCode(202).extract().path("id");
        assertThat(awaitFinished("finance", job).getString("result"))
                .isEqualTo("2 jaaroverzichten, waarvan 1 per e-mail, 0 overgeslagen (geen adres)");

        await().atMost(Duration.ofSeconds(30)).until(() -> !GreenMailResource.receivedBy(consentedMail).isEmpty());
        List<MimeMessage> received = GreenMailResource.receivedBy(consentedMail);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Uw jaaroverzicht " + year);
        Multipart parts = (Multipart) mail.getContent();
        String body = null;
        Map<String, byte[]> attached = new LinkedHashMap<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                assertThat(part.isMimeType("application/pdf")).isTrue();
                try (InputStream in = part.getInputStream()) {
                    attached.put(part.getFileName(), in.readAllBytes());
                }
            } else if (part.isMimeType("text/plain")) {
                body = ((String) part.getContent()).replace("\r\n", "\n");
            }
        }
        assertThat(body).startsWith(salutation + ",\n\nIn de bijlage vindt u het overzicht van uw giften in "
                + year + " (pdf).").contains("Relatienummer: " + number(consented));
        String file = "jaaroverzicht-" + year + "-" + number(consented) + ".pdf";
        assertThat(attached).containsOnlyKeys(file);
        assertThat(AnnualStatementTest.text(attached.get(file))).contains("Relatienummer: " + number(consented),
                "€ 100,00", "€ 23,45", "Totaal " + year + ": € 123,45");
        // the attachment is the run's stored statement, not a copy made for the mail
        assertThat(attached.get(file)).isEqualTo(zip("finance", job).get(file));

        // the donor without consent, the one who declines and the erased one: nothing queued, nothing received
        // marked SENT in the sender's transaction, which commits just after the SMTP server took the mail
        await().atMost(Duration.ofSeconds(15)).until(() -> statementMails(List.of(consented, withoutConsent,
                declines, erased)).equals(Map.of(consented, "SENT")));
        mails.sendDue();
        for (String nobody : List.of(withoutConsentMail, declinesMail, erasedMail)) {
            assertThat(GreenMailResource.receivedBy(nobody)).isEmpty();
        }

        // the job taken up again (its runner died after the last donor), and another run of the year: no second mail
        assertThat(handler.run(new Runner(job, year, null, 0, "nl;email")))
                .isEqualTo("2 jaaroverzichten, waarvan 1 per e-mail, 0 overgeslagen (geen adres)");
        String again = as("finance").when().post("/api/v1/annual-statement-runs?year=" + year + "&email=true")
                .then().statusCode(202).extract().path("id");
        assertThat(awaitFinished("finance", again).getString("result"))
                .isEqualTo("2 jaaroverzichten, waarvan 0 per e-mail, 0 overgeslagen (geen adres)");
        mails.sendDue();
        assertThat(GreenMailResource.receivedBy(consentedMail)).hasSize(1);
        assertThat(statementMails(List.of(consented, withoutConsent, declines, erased)))
                .containsExactly(Map.entry(consented, "SENT"));
    }

    @Test
    void erasingADonorTakesTheirStatementOutOfTheZip() throws Exception {
        int year = 2009;
        String staysLast = unique("Blijft");
        String goesLast = unique("Weg");
        String stays = register(person(staysLast, true, null, false));
        String goes = register(person(goesLast, true, null, false));
        gifts.recorded(stays, "12.34", year + "-01-15", "ONLINE");
        gifts.recorded(goes, "1234.56", year + "-12-31", "ONLINE");
        awaitTotal(stays, year, "12.34");
        awaitTotal(goes, year, "1234.56");

        String job = as("fundraiser").when().post("/api/v1/annual-statement-runs?year=" + year).then()
                .statusCode(202).extract().path("id");
        assertThat(awaitFinished("fundraiser", job).getString("result"))
                .isEqualTo("2 jaaroverzichten, 0 overgeslagen (geen adres)");
        Map<String, byte[]> before = zip("fundraiser", job);
        assertThat(before.keySet()).containsExactly("jaaroverzicht-" + year + "-" + number(stays) + ".pdf",
                "jaaroverzicht-" + year + "-" + number(goes) + ".pdf");
        assertThat(AnnualStatementTest.text(before.get("jaaroverzicht-" + year + "-" + number(goes) + ".pdf")))
                .contains("Anna " + goesLast, "Totaal " + year + ": € 1.234,56");

        long goneNumber = number(goes);
        as("admin").when().post("/api/v1/donors/" + goes + "/erasure").then().statusCode(200);

        Map<String, byte[]> after = zip("fundraiser", job);
        assertThat(after.keySet()).containsExactly("jaaroverzicht-" + year + "-" + number(stays) + ".pdf");
        for (byte[] pdf : after.values()) {
            assertThat(AnnualStatementTest.text(pdf)).contains("Anna " + staysLast, "€ 12,34")
                    .doesNotContain(goesLast, "€ 1.234,56", String.valueOf(goneNumber));
        }
        assertThat(storedTotals(job)).containsOnlyKeys(stays);
    }

    @Test
    void aResumedRunStoresNoDonorTwice() throws Exception {
        int year = 2007;
        List<String> donors = new ArrayList<>();
        for (String amount : List.of("10.00", "20.00", "30.00")) {
            String donor = register(person(unique("Hervat"), true, null, false));
            gifts.recorded(donor, amount, year + "-04-01", "ONLINE");
            awaitTotal(donor, year, amount);
            donors.add(donor);
        }
        String runId = UUID.randomUUID().toString();
        // the first runner dies while it stores the second donor: the first is stored and checkpointed, the second
        // rolled back with its checkpoint
        assertThatThrownBy(() -> handler.run(new Runner(runId, year, null, 2)))
                .hasMessage("runner died");
        assertThat(storedTotals(runId)).containsOnlyKeys(donors.get(0));

        // resumed without its checkpoint (the worst case): the stored donor is skipped, the others stored once
        String result = handler.run(new Runner(runId, year, null, 0));
        assertThat(result).isEqualTo("3 jaaroverzichten, 0 overgeslagen (geen adres)");
        // and once more from the start: nothing new
        assertThat(handler.run(new Runner(runId, year, null, 0)))
                .isEqualTo("3 jaaroverzichten, 0 overgeslagen (geen adres)");
        assertThat(storedTotals(runId)).containsExactly(Map.entry(donors.get(0), "10.00"),
                Map.entry(donors.get(1), "20.00"), Map.entry(donors.get(2), "30.00"));
        assertThat(rowsPerDonor(runId)).containsOnly(1);
    }

    @Test
    void aRunWhoseRunnerDiedIsTakenUpAfterItsCheckpointAndFinished() throws Exception {
        int year = 2008;
        String storedBefore = register(person(unique("Voor"), true, null, false));
        String notYet = register(person(unique("Na"), true, null, false));
        gifts.recorded(storedBefore, "11.00", year + "-02-02", "ONLINE");
        gifts.recorded(notYet, "22.00", year + "-03-03", "ONLINE");
        awaitTotal(storedBefore, year, "11.00");
        awaitTotal(notYet, year, "22.00");

        // a run a replica was running when it died: the first donor stored and checkpointed, its heartbeat older
        // than crm.jobs.stale-after (5 s in tests)
        String id = UUID.randomUUID().toString();
        java.sql.Timestamp yesterday = java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(1)));
        try (Connection c = database.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("insert into platform_job (id, kind, subject, "
                    + "guard_key, status, params, done, total, checkpoint, started_by, owner, heartbeat_at, "
                    + "created_at, started_at, attempts) values (?, 'annual-statements', ?, ?, 'RUNNING', 'nl', 1, 2, "
                    + "?, 'finance-user', 'instance-that-died', ?, ?, ?, 1)")) {
                insert.setString(1, id);
                insert.setString(2, String.valueOf(year));
                insert.setString(3, "annual-statements|" + year);
                insert.setString(4, String.valueOf(number(storedBefore)));
                insert.setTimestamp(5, yesterday);
                insert.setTimestamp(6, yesterday);
                insert.setTimestamp(7, yesterday);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into stored_statement (run_id, "
                    + "statement_year, donor_id, donor_number, pdf, total_gifts, total_periodic, total, created_at) "
                    + "values (?, ?, ?, ?, ?, 11.00, 0.00, 11.00, ?)")) {
                insert.setString(1, id);
                insert.setInt(2, year);
                insert.setString(3, storedBefore);
                insert.setLong(4, number(storedBefore));
                insert.setBytes(5, "stored before the crash".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                insert.setTimestamp(6, yesterday);
                insert.executeUpdate();
            }
        }

        JsonPath job = awaitFinished("finance", id);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("attempts")).isEqualTo(2);
        assertThat(job.getString("result")).isEqualTo("2 jaaroverzichten, 0 overgeslagen (geen adres)");
        assertThat(job.getLong("done")).isEqualTo(2);
        Map<String, byte[]> zip = zip("finance", id);
        assertThat(zip.keySet()).containsExactly("jaaroverzicht-" + year + "-" + number(storedBefore) + ".pdf",
                "jaaroverzicht-" + year + "-" + number(notYet) + ".pdf");
        // the donor stored before the crash was not made again
        assertThat(new String(zip.get("jaaroverzicht-" + year + "-" + number(storedBefore) + ".pdf"),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("stored before the crash");
        assertThat(AnnualStatementTest.text(zip.get("jaaroverzicht-" + year + "-" + number(notYet) + ".pdf")))
                .contains("Totaal " + year + ": € 22,00");
        assertThat(rowsPerDonor(id)).containsExactly(1, 1);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void theScreenStartsTheRunASecondStartWhileItRunsIs409AndTheRunsPageOffersTheZip() throws Exception {
        int year = 2006;
        String donor = register(person(unique("Scherm"), true, null, false));
        gifts.recorded(donor, "1234.56", year + "-05-05", "ONLINE");
        awaitTotal(donor, year, "1234.56");

        given().when().get("/annual-statements?year=" + year).then().statusCode(200)
                .body(containsString("<h1 class=\"h3 mb-3\">Jaaroverzichten " + year + "</h1>"))
                .body(containsString("Jaaroverzichten " + year + " maken"))
                .body(containsString("Nog geen runs van " + year + "."))
                .body(containsString("<input class=\"form-check-input\" type=\"checkbox\" id=\"email\" "
                        + "name=\"email\">"))
                .body(containsString("Ook per e-mail versturen (aan donateurs met een e-mailadres en toestemming "
                        + "voor e-mail; ieder krijgt het jaaroverzicht van een jaar één keer per e-mail)"))
                .body(containsString("href=\"/annual-statements\""));          // the menu entry
        given().cookie("crm-lang", "en").when().get("/annual-statements?year=" + year).then().statusCode(200)
                .body(containsString("Make the annual statements " + year))
                .body(containsString("Also send by e-mail (to donors with an e-mail address and consent for "
                        + "e-mail; each gets the statement of a year by e-mail once)"))
                .body(not(containsString("Jaaroverzichten " + year + " maken")));

        String first;
        // this test holds the table of stored statements: the run waits at its first read of it, so it is still
        // running when it is started again
        try (Connection held = database.getConnection(); Statement lock = held.createStatement()) {
            lock.execute("LOCK TABLES stored_statement WRITE");
            try {
                String page = given().redirects().follow(false).header("Origin", origin()).formParam("year", year)
                        .when().post("/annual-statements").then().statusCode(303)
                        .header("Location", containsString("/jobs/")).extract().header("Location");
                first = page.substring(page.lastIndexOf('/') + 1);
                await().atMost(Duration.ofSeconds(30)).until(() -> "RUNNING".equals(
                        given().when().get("/api/v1/jobs/" + first).then().extract().path("status")));

                given().header("Origin", origin()).formParam("year", year).when().post("/annual-statements")
                        .then().statusCode(409)
                        .body(containsString("De jaaroverzichten " + year + " worden al gemaakt; ze zijn niet nog "
                                + "een keer gestart."))
                        .body(containsString("<a href=\"/jobs/" + first + "\">Voortgang volgen</a>"));
                given().when().post("/api/v1/annual-statement-runs?year=" + year).then().statusCode(409)
                        .contentType(startsWith("application/problem+json"))
                        .header("Location", endsWith("/jobs/" + first))
                        .body("status", equalTo(409))
                        .body("jobId", equalTo(first));
            } finally {
                lock.execute("UNLOCK TABLES");
            }
        }
        assertThat(awaitFinished(null, first).getString("result"))
                .isEqualTo("1 jaaroverzicht, 0 overgeslagen (geen adres)");
        // the second starts left no run of their own
        given().when().get("/annual-statements?year=" + year).then().statusCode(200)
                .body(containsString("<a href=\"/annual-statements/runs/" + first + "\">Openen</a>"))
                .body(not(containsString("Nog geen runs")));
        given().when().get("/jobs/" + first).then().statusCode(200)
                .body(containsString("href=\"/annual-statements/runs/" + first + "\""));
        given().when().get("/annual-statements/runs/" + first).then().statusCode(200)
                .body(containsString("1 jaaroverzicht, 0 overgeslagen (geen adres)"))
                .body(containsString("Het zip-bestand bevat 1 jaaroverzicht."))
                .body(containsString("<a class=\"btn btn-primary\" href=\"/annual-statements/runs/" + first
                        + "/zip\" id=\"zip-download\">Download zip</a>"));
        given().cookie("crm-lang", "en").when().get("/annual-statements/runs/" + first).then().statusCode(200)
                .body(containsString("The zip file holds 1 annual statement."))
                .body(containsString("Back to the annual statements"));
        byte[] zip = given().when().get("/annual-statements/runs/" + first + "/zip").then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", equalTo("attachment; filename=\"jaaroverzichten-" + year + ".zip\""))
                .extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet()).containsExactly("jaaroverzicht-" + year + "-" + number(donor) + ".pdf");
        assertThat(AnnualStatementTest.text(files.values().iterator().next()))
                .contains("Totaal " + year + ": € 1.234,56");

        // a year that has not ended, or not a year: the page again with the reason, nothing started
        int last = THIS_YEAR - 1;
        for (String bad : List.of(String.valueOf(THIS_YEAR), "1999", "20x5", "")) {
            given().header("Origin", origin()).formParam("year", bad).when().post("/annual-statements")
                    .then().statusCode(400)
                    .body(containsString("Kies een jaar van 2000 tot en met " + last + ": een jaaroverzicht maken "
                            + "we als het jaar voorbij is."));
            given().when().post("/api/v1/annual-statement-runs?year=" + bad).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("errors.pointer", contains("#/year"))
                    .body("errors.detail", contains("must be a year from 2000 to " + last
                            + ": the statements of a year are made once it has ended"));
        }
        given().when().post("/api/v1/annual-statement-runs").then().statusCode(400)
                .body("errors.pointer", contains("#/year"));
        assertThat(runsOf(THIS_YEAR)).isZero();
        // the box sends "on" or nothing; anything else is refused and starts nothing
        given().header("Origin", origin()).formParam("year", year).formParam("email", "yes").when()
                .post("/annual-statements").then().statusCode(400)
                .body(containsString("Kies of de jaaroverzichten ook per e-mail gaan met het vakje; er is niets "
                        + "gestart."));
        assertThat(runsOf(year)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void theDonorFormSetsAndClearsGeenJaaroverzicht() {
        given().when().get("/donors/new").then().statusCode(200)
                .body(containsString("<input class=\"form-check-input\" type=\"checkbox\" "
                        + "id=\"declinesAnnualStatement\" name=\"declinesAnnualStatement\">"))
                .body(containsString("Geen jaaroverzicht (de donateur wil geen jaaroverzicht van giften ontvangen)"));
        String last = unique("Formulier");
        String location = given().redirects().follow(false).header("Origin", origin())
                .formParam("kind", "INDIVIDUAL").formParam("lastName", last)
                .formParam("declinesAnnualStatement", "on")
                .when().post("/donors").then().statusCode(303).extract().header("Location");
        String donor = location.substring(location.lastIndexOf('/') + 1);
        given().when().get("/api/v1/donors/" + donor).then().statusCode(200)
                .body("declinesAnnualStatement", equalTo(true));
        given().when().get("/donors/" + donor).then().statusCode(200)
                .body(containsString("<span class=\"badge text-bg-secondary\">Geen jaaroverzicht</span>"));
        given().when().get("/donors/" + donor + "/edit").then().statusCode(200)
                .body(containsString("name=\"declinesAnnualStatement\" checked>"));

        // the form without the box ticked clears it
        given().redirects().follow(false).header("Origin", origin())
                .formParam("kind", "INDIVIDUAL").formParam("lastName", last)
                .when().post("/donors/" + donor).then().statusCode(303);
        given().when().get("/api/v1/donors/" + donor).then().statusCode(200)
                .body("declinesAnnualStatement", equalTo(false));
        given().when().get("/donors/" + donor).then().statusCode(200)
                .body(not(containsString("Geen jaaroverzicht</span>")));
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void directorsSeeNoneOfTheScreens() {
        given().when().get("/annual-statements").then().statusCode(403);
        given().header("Origin", origin()).formParam("year", 2003).when().post("/annual-statements")
                .then().statusCode(403);
        given().when().get("/annual-statements/runs/" + UUID.randomUUID()).then().statusCode(403);
    }

    /** A runner as the platform gives one to the handler, which dies at its {@code dieAt}-th checkpoint (0: never). */
    private static final class Runner implements JobContext {

        private final String id;
        private final int year;
        private final String checkpoint;
        private final int dieAt;
        private final String params;
        private int checkpoints;

        Runner(String id, int year, String checkpoint, int dieAt) {
            this(id, year, checkpoint, dieAt, "nl");
        }

        Runner(String id, int year, String checkpoint, int dieAt, String params) {
            this.id = id;
            this.year = year;
            this.checkpoint = checkpoint;
            this.dieAt = dieAt;
            this.params = params;
        }

        @Override
        public String jobId() {
            return id;
        }

        @Override
        public String startedBy() {
            return "finance-user";
        }

        @Override
        public String subject() {
            return String.valueOf(year);
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
        }

        @Override
        public void checkpoint(String checkpoint, long done, Long total) {
            if (++checkpoints == dieAt) {
                throw new IllegalStateException("runner died");
            }
        }
    }

    /** Consent for e-mail for this purpose, granted. */
    private static void consent(String donor, String purpose) {
        as("fundraiser").body("""
                        {"channel":"EMAIL","purpose":"%s","granted":true,"source":"web form"}""".formatted(purpose))
                .when().post("/api/v1/donors/" + donor + "/consents").then().statusCode(201);
    }

    /** The annual statement e-mails to these donors: donor id → status. */
    private Map<String, String> statementMails(List<String> donors) throws SQLException {
        Map<String, String> states = new LinkedHashMap<>();
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(
                "select donor_id, status from mail_message where kind = 'ANNUAL_STATEMENT' and donor_id = ?")) {
            for (String donor : donors) {
                select.setString(1, donor);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        states.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
        }
        return states;
    }

    private static String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static void awaitTotal(String donor, int year, String total) {
        String url = "/api/v1/donors/" + donor + "/annual-statements/" + year + "/summary";
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> total.equals(as("fundraiser").when().get(url).then().extract().path("total")));
    }

    private static long number(String donor) {
        return as("admin").when().get("/api/v1/donors/" + donor).then().statusCode(200).extract()
                .<Number>path("number").longValue();
    }

    /** Waits until the job ended; {@code role} null: as the test's signed-in person. */
    private static JsonPath awaitFinished(String role, String job) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String status = (role == null ? given() : as(role)).when().get("/api/v1/jobs/" + job).then()
                    .statusCode(200).extract().path("status");
            return "SUCCEEDED".equals(status) || "FAILED".equals(status);
        });
        return (role == null ? given() : as(role)).when().get("/api/v1/jobs/" + job).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, byte[]> zip(String role, String job) throws IOException {
        byte[] zip = as(role).when().get("/api/v1/annual-statement-runs/" + job + "/zip").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        return unzip(zip);
    }

    /** The files of a zip, in its order, read with java.util.zip. */
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** The stored statements of a run: donor id → total, by donor number. */
    private Map<String, String> storedTotals(String run) throws SQLException {
        Map<String, String> totals = new LinkedHashMap<>();
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(
                "select donor_id, total from stored_statement where run_id = ? order by donor_number")) {
            select.setString(1, run);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    totals.put(rows.getString(1), rows.getBigDecimal(2).toPlainString());
                }
            }
        }
        return totals;
    }

    private List<Integer> rowsPerDonor(String run) throws SQLException {
        List<Integer> counts = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(
                "select count(*) from stored_statement where run_id = ? group by donor_id")) {
            select.setString(1, run);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(rows.getInt(1));
                }
            }
        }
        return counts;
    }

    private long runsOf(int year) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(
                "select count(*) from platform_job where kind = 'annual-statements' and subject = ?")) {
            select.setString(1, String.valueOf(year));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
