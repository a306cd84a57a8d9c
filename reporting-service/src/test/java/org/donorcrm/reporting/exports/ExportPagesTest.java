package org.donorcrm.reporting.exports;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.donorcrm.reporting.TestYears;
import org.donorcrm.reporting.ledger.TestEvents;
import org.donorcrm.testing.TestData;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.reporting.ledger.TestEvents.alloc;
import static org.donorcrm.reporting.ledger.TestEvents.id;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The long tables' exports from the screens (the allocations behind a figure, LYBUNT, SYBUNT) as background jobs:
 * the screen's button posts, the browser goes to the job's page, and the job's result names the file's download,
 * which only the person who asked for it (and an admin) may fetch. Data set, in a year Y of its own: individual
 * donor A gave 120.00 unearmarked (fund ALG) on Y-06-01, individual donor B 80.00 to the project PRJ-DTZ on
 * Y-02-01; neither gave in Y+1 (so both are LYBUNT as of Y+1).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportPagesTest {

    private static final Pattern DOWNLOAD = Pattern.compile("/exports/files/([0-9a-f-]{36})");
    /** The unearmarked allocations of the year: A's gift only. */
    private static final String UNEARMARKED = "/exports/allocations.csv?year=%d&earmarkClass=UNEARMARKED";
    private static final String UNEARMARKED_CSV =
            "Inkomstendatum,Boeking,Relatie,Soort,Inkomstencategorie,Oormerk,Fonds,Bedrag,Gift\r\n"
                    + "01-06-%1$d,geboekt,%2$s,particulier,particulieren,ongeoormerkt,ALG,120.00,%3$s\r\n";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource database;

    private static int year;
    private static String donorA;
    private static String donorB;
    private static String giftA;
    private static String giftB;
    private static String allocationsJob;
    private static String allocationsFile;
    private static String allocationsCsv;
    private static String oldFile;
    private static String runningJob;
    /** A connection of the test holding an old file's row, across two tests (see theSameExportAskedTwice…). */
    private static Connection held;

    @BeforeEach
    void dataSet() {
        if (donorA != null) {
            return;
        }
        year = TestYears.year();
        donorA = id();
        donorB = id();
        giftA = id();
        giftB = id();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.donorRegistered(donorA, "INDIVIDUAL", "INDIVIDUALS", null);
            events.donorRegistered(donorB, "INDIVIDUAL", "INDIVIDUALS", null);
            events.giftRecorded(giftA, donorA, year + "-06-01", "120.00", null, null,
                    alloc(1, "UNEARMARKED", "ALG", "120.00"));
            events.giftRecorded(giftB, donorB, year + "-02-01", "80.00", null, null,
                    alloc(1, "PROJECT", "PRJ-DTZ", "80.00"));
        }
        // both gifts and both donors' kind (another topic) applied
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.forRoles("director")).when().get("/api/v1/figures/private-donors?year=" + year)
                .then().body("privateIncome", equalTo("200.00")));
    }

    private static String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    @Test
    @Order(1)
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void theAllocationsAreExportedByAJobWhoseResultLinksTheFile() throws Exception {
        // the screen offers the export as a form's buttons, not as a link
        given().when().get("/figures/allocations?year=" + year).then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"/exports/allocations.csv?year=" + year + "\""))
                .body(containsString("formaction=\"/exports/allocations.xlsx?year=" + year + "\""))
                .body(not(containsString("href=\"/exports/allocations.csv")));

        allocationsJob = start("/exports/allocations.csv?year=" + year);
        given().when().get("/jobs/" + allocationsJob).then().statusCode(200)
                .body(containsString("Bestand exporteren"))
                .body(containsString("allocations.csv?year=" + year + " · fenna"));
        JsonPath job = awaitFinished(allocationsJob);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("kind")).isEqualTo("export");
        assertThat(job.getString("subject")).isEqualTo("allocations.csv?year=" + year + " · fenna");
        // rows written of all: 2 of 2
        assertThat(job.getLong("done")).isEqualTo(2);
        assertThat(job.getLong("total")).isEqualTo(2);
        allocationsFile = fileOf(job);
        assertThat(job.getString("result")).isEqualTo("allocations.csv is klaar: 2 regels. Te downloaden tot 7 dagen "
                + "na vandaag.");

        allocationsCsv = given().when().get("/exports/files/" + allocationsFile).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"allocations.csv\""))
                .extract().asString();
        // the headers in the language the export was asked in, the rows by income date, donors by id only
        assertThat(allocationsCsv).isEqualTo(
                "Inkomstendatum,Boeking,Relatie,Soort,Inkomstencategorie,Oormerk,Fonds,Bedrag,Gift\r\n"
                        + "01-02-" + year + ",geboekt," + donorB + ",particulier,particulieren,geoormerkt (project),"
                        + "PRJ-DTZ,80.00," + giftB + "\r\n"
                        + "01-06-" + year + ",geboekt," + donorA + ",particulier,particulieren,ongeoormerkt,ALG,"
                        + "120.00," + giftA + "\r\n");
        given().when().get("/exports/files/" + TestData.id()).then().statusCode(404);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "frank", roles = "fundraiser")
    void anotherPersonGetsNeitherTheFileNorItsJob() {
        given().when().get("/exports/files/" + allocationsFile).then().statusCode(404);
        given().when().get("/jobs/" + allocationsJob).then().statusCode(404);
        given().when().get("/api/v1/jobs/" + allocationsJob).then().statusCode(404);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "femke", roles = "finance")
    void anotherRoleGetsNoSuchFileEither() {
        given().when().get("/exports/files/" + allocationsFile).then().statusCode(404);
        // the short tables still download at once, from a link
        given().when().get("/finance/budget?year=" + year).then().statusCode(200)
                .body(containsString("href=\"/exports/budget-income.csv?year=" + year + "\""));
    }

    @Test
    @Order(4)
    @TestSecurity(user = "ada", roles = "admin")
    void anAdminFetchesAnyFileButExportsNothing() {
        given().when().get("/exports/files/" + allocationsFile).then().statusCode(200)
                .body(equalTo(allocationsCsv));
        given().redirects().follow(false).header("Origin", origin())
                .when().post("/exports/allocations.csv?year=" + year).then().statusCode(403);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void anExportAskedInEnglishIsWrittenInEnglish() throws Exception {
        String jobId = start(given().cookie("crm-lang", "en"), "/exports/lybunt.xlsx?asOf=" + (year + 1) + "-03-01");
        JsonPath job = awaitFinished(jobId);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("subject")).isEqualTo("lybunt.xlsx?asOf=" + (year + 1) + "-03-01 · fenna");
        String fileId = fileOf(job);
        assertThat(job.getString("result")).isEqualTo("lybunt.xlsx is ready: 2 rows. It can be downloaded for 7 days.");
        byte[] xlsx = given().when().get("/exports/files/" + fileId).then().statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", equalTo("attachment; filename=\"lybunt.xlsx\""))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Donor");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Last year with net giving");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Net amount that year");
            // the largest amount of the last year first: A 120.00, then B 80.00
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(donorA);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(year);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(120.00);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(donorB);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(80.00);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    @Order(6)
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void theSameExportAskedTwiceWhileItRunsIsOneJob() throws Exception {
        oldFile = TestData.id();
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into export_file (id, job_id, file_name, media_type, content, rows_written, created_at, "
                        + "created_by) values (?, ?, 'sybunt.csv', 'text/csv', ?, 0, ?, 'fenna')")) {
            insert.setString(1, oldFile);
            insert.setString(2, TestData.id());
            insert.setBytes(3, "Donateur\r\n".getBytes(StandardCharsets.UTF_8));
            insert.setTimestamp(4, Timestamp.from(Instant.now().minus(8, ChronoUnit.DAYS)));
            insert.executeUpdate();
        }
        // a file older than 7 days held by an uncommitted change of this test: the job's deleting of the old files
        // waits for it, so the job is still running when the same export is asked for again (and by a colleague,
        // next)
        held = database.getConnection();
        held.setAutoCommit(false);
        try (PreparedStatement touch = held.prepareStatement("update export_file set rows_written = 1 where id = ?")) {
            touch.setString(1, oldFile);
            touch.executeUpdate();
        }
        runningJob = start(UNEARMARKED.formatted(year));
        assertThat(start(UNEARMARKED.formatted(year))).isEqualTo(runningJob);
        assertThat(given().when().get("/api/v1/jobs/" + runningJob).then().statusCode(200).extract().path("status")
                .toString()).isIn("QUEUED", "RUNNING");
    }

    @Test
    @Order(7)
    @TestSecurity(user = "frank", roles = "fundraiser")
    void aColleagueAskingTheSameExportGetsAJobOfTheirOwn() throws Exception {
        String colleagues = start(UNEARMARKED.formatted(year));
        assertThat(colleagues).isNotEqualTo(runningJob);
        releaseHeld();
        JsonPath job = awaitFinished(colleagues);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("subject")).isEqualTo("allocations.csv?year=" + year + "&earmarkClass=UNEARMARKED"
                + " · frank");
        given().when().get("/exports/files/" + fileOf(job)).then().statusCode(200)
                .body(equalTo(UNEARMARKED_CSV.formatted(year, donorA, giftA)));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void theJobAskedTwiceWroteOneFileAndTheOldFilesAreDeleted() throws Exception {
        JsonPath job = awaitFinished(runningJob);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("subject"))
                .isEqualTo("allocations.csv?year=" + year + "&earmarkClass=UNEARMARKED · fenna");
        // the unearmarked allocations only: A's 120.00
        String fileId = fileOf(job);
        assertThat(job.getString("result")).isEqualTo("allocations.csv is klaar: 1 regel. Te downloaden tot 7 dagen "
                + "na vandaag.");
        given().when().get("/exports/files/" + fileId).then().statusCode(200)
                .body(equalTo(UNEARMARKED_CSV.formatted(year, donorA, giftA)));
        assertThat(given().when().get("/api/v1/jobs").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.subject == 'allocations.csv?year=" + year
                        + "&earmarkClass=UNEARMARKED · fenna' }")).hasSize(1);
        assertThat(count("select count(*) from export_file where job_id = ?", runningJob)).isEqualTo(1);
        // the file older than 7 days was deleted when a new one was written
        assertThat(count("select count(*) from export_file where id = ?", oldFile)).isZero();
        given().when().get("/exports/files/" + oldFile).then().statusCode(404);
    }

    @Test
    @Order(9)
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void onlyTheLongTablesAreExportedInTheBackgroundAndOnlyFromThisServicesPages() {
        given().redirects().follow(false).header("Origin", origin())
                .when().post("/exports/monthly-income.csv?year=" + year).then().statusCode(404);
        given().redirects().follow(false).header("Origin", "https://attacker.example")
                .when().post("/exports/allocations.csv?year=" + year).then().statusCode(403);
        given().redirects().follow(false).header("Origin", origin())
                .when().post("/exports/allocations.csv?year=" + year + "&month=2&quarter=1").then().statusCode(400);
    }

    @AfterAll
    static void releaseHeld() throws SQLException {
        if (held != null) {
            held.rollback();
            held.close();
            held = null;
        }
    }

    private static String start(String export) {
        return start(given(), export);
    }

    /** Posts an export's button as the screen does; the job's id from the page the browser is sent to. */
    private static String start(RequestSpecification request, String export) {
        String page = request.redirects().follow(false).header("Origin", origin())
                .contentType("application/x-www-form-urlencoded").when().post(export).then().statusCode(303)
                .header("Location", containsString("/jobs/")).extract().header("Location");
        return page.substring(page.lastIndexOf('/') + 1);
    }

    /** The job as the signed-in person sees it, once it has ended. */
    private static JsonPath awaitFinished(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> Set.of("SUCCEEDED",
                "FAILED").contains(given().when().get("/api/v1/jobs/" + id).then().statusCode(200)
                .extract().path("status").toString()));
        return given().when().get("/api/v1/jobs/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The file the finished export job's page links to ("Bekijk het resultaat"). */
    private static String fileOf(JsonPath job) {
        String link = job.getString("resultLink");
        Matcher download = DOWNLOAD.matcher(link == null ? "" : link);
        assertThat(download.matches()).as("the download in: %s", link).isTrue();
        return download.group(1);
    }

    private long count(String sql, String id) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
