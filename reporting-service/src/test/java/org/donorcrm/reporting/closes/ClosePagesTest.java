package org.donorcrm.reporting.closes;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.donorcrm.platform.jobs.JobContext;
import org.donorcrm.reporting.TestYears;
import org.donorcrm.reporting.ledger.TestEvents;
import org.donorcrm.testing.TestData;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.reporting.ledger.TestEvents.alloc;
import static org.donorcrm.reporting.ledger.TestEvents.id;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Finance closes a month on the closes screen, in a year of its own that has ended: the close runs as a background
 * job (kind month-close, subject the month) whose page the form leads to; a month is closed once, whether its close
 * is started twice while it runs or its job is resumed after a crash. Others see no close form.
 */
@QuarkusTest
class ClosePagesTest {

    @Inject
    DataSource database;

    @Inject
    MonthCloseJob closeJob;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void financeClosesAMonthOnItsScreenAsABackgroundJob() throws Exception {
        int year = TestYears.ended();
        String donor = id();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.donorRegistered(donor, "INDIVIDUAL", "INDIVIDUALS", null);
            events.giftRecorded(id(), donor, year + "-03-10", "250.00", null, null,
                    alloc(1, "UNEARMARKED", "ALG", "150.00"), alloc(2, "PROJECT", "PRJ-DTZ", "100.00"));
        }
        // the gift and its donor's kind (another topic) applied, so that the close has figures to freeze
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .when().get("/api/v1/figures/private-donors?year=" + year + "&month=3")
                .then().body("privateIncome", equalTo("250.00")));

        given().when().get("/closes?year=" + year).then().statusCode(200)
                .body(containsString("Maandafsluitingen " + year))
                .body(containsString("action=\"/closes\""));
        String page = given().redirects().follow(false).header("Origin", origin())
                .formParam("year", String.valueOf(year)).formParam("month", "3")
                .when().post("/closes").then().statusCode(303)
                .header("Location", containsString("/jobs/"))
                .extract().header("Location");
        String jobId = page.substring(page.lastIndexOf('/') + 1);
        given().when().get("/jobs/" + jobId).then().statusCode(200)
                .body(containsString("Maand afsluiten"))
                .body(containsString(year + "-03"));

        JsonPath job = awaitFinished(jobId);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("kind")).isEqualTo("month-close");
        assertThat(job.getString("subject")).isEqualTo(year + "-03");
        assertThat(job.getString("startedBy")).isEqualTo("femke");
        // one step per KPI frozen: 5 of 5
        assertThat(job.getLong("done")).isEqualTo(5);
        assertThat(job.getLong("total")).isEqualTo(5);
        assertThat(job.getString("result"))
                .isEqualTo(year + "-3 is afgesloten door femke.");
        assertThat(job.getString("resultLink")).isEqualTo("/closes/" + year + "/3");
        assertThat(closes(year, 3)).isEqualTo(1);
        assertThat(snapshots(year, 3)).isEqualTo(5);

        // the frozen figures: 150.00 unearmarked + 100.00 project = 250.00, unearmarked share 150 / 250 = 60.00 %
        given().when().get("/api/v1/closes/" + year + "/3").then().statusCode(200)
                .body("closedBy", equalTo("femke"))
                .body(value("unearmarked-share", "unearmarkedIncome"), equalTo("150.00"))
                .body(value("unearmarked-share", "projectEarmarkedIncome"), equalTo("100.00"))
                .body(value("unearmarked-share", "totalIncome"), equalTo("250.00"))
                .body(value("unearmarked-share", "unearmarkedShare"), equalTo("60.00"))
                .body(value("private-donors", "privateIncome"), equalTo("250.00"))
                .body(value("private-donors", "gifts"), equalTo("1"))
                .body("adjusted", equalTo(false));
        given().when().get("/closes/" + year + "/3").then().statusCode(200)
                .body(containsString("Afsluiting van " + year + "-3"))
                .body(containsString("door femke op"))
                .body(containsString("Geen aanpassingen na afsluiting"))
                .body(containsString("/exports/close-" + year + "-3.csv"));
        given().when().get("/closes?year=" + year).then().statusCode(200)
                .body(containsString("<a href=\"/closes/" + year + "/3\">" + year + "-3</a>"));

        // closing it again is refused with the form: nothing runs
        given().header("Origin", origin()).formParam("year", String.valueOf(year)).formParam("month", "3")
                .when().post("/closes").then().statusCode(409)
                .body(containsString(year + "-3 is al eerder afgesloten"));
        given().cookie("crm-lang", "en").when().get("/closes/" + year + "/3").then().statusCode(200)
                .body(containsString("Close of " + year + "-3"))
                .body(containsString("by femke at"))
                .body(containsString("No adjustments after close"))
                .body(containsString("Frozen at close"));
        given().formParam("year", String.valueOf(year)).formParam("month", "4")
                .when().post("/closes").then().statusCode(403);
        // the close's table as CSV
        given().when().get("/exports/close-" + year + "-3.csv").then().statusCode(200)
                .body(containsString("Vastgelegd bij afsluiting"));
        assertThat(closes(year, 3)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aMonthStillRunningIsRefusedWithItsReasonInTheScreensLanguage() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        String y = String.valueOf(today.getYear());
        String m = String.valueOf(today.getMonthValue());
        given().header("Origin", origin()).formParam("year", y).formParam("month", m)
                .when().post("/closes").then().statusCode(422)
                .body(containsString(y + "-" + m + " is nog niet voorbij: een maand kan vanaf de volgende maand "
                        + "worden afgesloten"));
        given().cookie("crm-lang", "en").header("Origin", origin()).formParam("year", y).formParam("month", m)
                .when().post("/closes").then().statusCode(422)
                .body(containsString(y + "-" + m + " has not ended yet: a month can be closed from its next month on"));
        given().header("Origin", origin()).formParam("year", y)
                .when().post("/closes").then().statusCode(422)
                .body(containsString("kies een maand"));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aSecondCloseOfTheMonthWhileItsCloseRunsIsTheRunningJob() throws Exception {
        int year = TestYears.ended();
        String first;
        // the month's row held by an uncommitted insert of this test: the job's close waits for it, so the job is
        // still running when the second start comes
        try (Connection held = database.getConnection()) {
            held.setAutoCommit(false);
            try (PreparedStatement insert = held.prepareStatement("insert into month_close (close_year, close_month, "
                    + "closed_at, closed_by) values (?, 5, ?, 'holder')")) {
                insert.setInt(1, year);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            first = given().redirects().follow(false).header("Origin", origin())
                    .formParam("year", String.valueOf(year)).formParam("month", "5")
                    .when().post("/closes").then().statusCode(303).extract().header("Location");
            assertThat(first).contains("/jobs/");
            String firstId = first.substring(first.lastIndexOf('/') + 1);

            given().redirects().follow(false).header("Origin", origin())
                    .formParam("year", String.valueOf(year)).formParam("month", "5")
                    .when().post("/closes").then().statusCode(303)
                    .header("Location", endsWith("/jobs/" + firstId));
            // the API: 409 naming the running job, asked to close at once or in the background
            given().contentType(ContentType.JSON).body("{\"year\":" + year + ",\"month\":5}")
                    .when().post("/api/v1/closes").then().statusCode(409)
                    .body("jobId", equalTo(firstId));
            given().contentType(ContentType.JSON).header("Prefer", "respond-async")
                    .body("{\"year\":" + year + ",\"month\":5}")
                    .when().post("/api/v1/closes").then().statusCode(409)
                    .header("Location", endsWith("/jobs/" + firstId))
                    .body("jobId", equalTo(firstId));
            assertThat(given().when().get("/api/v1/jobs/" + firstId).then().statusCode(200)
                    .extract().path("status").toString()).isIn("QUEUED", "RUNNING");
            held.rollback();
        }
        String firstId = first.substring(first.lastIndexOf('/') + 1);
        JsonPath job = awaitFinished(firstId);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("result"))
                .isEqualTo(year + "-5 is afgesloten door femke.");
        assertThat(closes(year, 5)).isEqualTo(1);
        assertThat(snapshots(year, 5)).isEqualTo(5);
        // no second job was made for the second start
        assertThat(given().when().get("/api/v1/jobs").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.subject == '" + year + "-05' }")).hasSize(1);
    }

    @Test
    void aCloseWhoseRunnerDiedIsResumedAndClosesTheMonthOnceInItsLanguage() throws Exception {
        int year = TestYears.ended();
        // a close a replica was running when it died: owned, RUNNING, its heartbeat older than crm.jobs.stale-after
        // (2 s in tests); started by a person who reads English
        String id = crashedClose(year, 7, "en");
        JsonPath job = awaitFinishedAsAdmin(id);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("attempts")).isEqualTo(1);
        assertThat(job.getString("result"))
                .isEqualTo(year + "-7 is closed, by fiona.");
        assertThat(closes(year, 7)).isEqualTo(1);
        assertThat(snapshots(year, 7)).isEqualTo(5);

        // run again (a second resumption, or a runner that was only slow): the close there is, not a second one
        String again = closeJob.run(context(year + "-07", "nl", "femke"));
        assertThat(again).isEqualTo(year + "-7 is afgesloten door fiona.");
        assertThat(closes(year, 7)).isEqualTo(1);
        assertThat(snapshots(year, 7)).isEqualTo(5);
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get("/api/v1/closes/" + year + "/7")
                .then().statusCode(200).body("closedBy", equalTo("fiona"));

        // a crash after the close committed and before the job ended: the resumed job ends pointing at the close
        String late = crashedClose(year, 7, "nl");
        JsonPath resumed = awaitFinishedAsAdmin(late);
        assertThat(resumed.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(resumed.getString("result"))
                .isEqualTo(year + "-7 is afgesloten door fiona.");
        assertThat(closes(year, 7)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorSeesTheClosesWithoutTheFormAndMayNotClose() {
        int year = TestYears.ended();
        given().when().get("/closes?year=" + year).then().statusCode(200)
                .body(containsString("Nog geen maand van " + year + " is afgesloten."))
                .body(not(containsString("action=\"/closes\"")));
        given().formParam("year", String.valueOf(year)).formParam("month", "4")
                .header("Origin", origin())
                .when().post("/closes").then().statusCode(403);
        assertThat(given().when().get("/api/v1/jobs").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'month-close' }")).isEmpty();
    }

    /** A month-close job of fiona's whose runner died, as its row is left; its id. */
    private String crashedClose(int year, int month, String language) throws SQLException {
        String id = TestData.id();
        String subject = year + "-" + (month < 10 ? "0" : "") + month;
        Timestamp yesterday = Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS));
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into platform_job (id, kind, subject, guard_key, status, params, done, total, started_by, "
                        + "owner, heartbeat_at, created_at, started_at, attempts) values (?, 'month-close', ?, ?, "
                        + "'RUNNING', ?, 0, 5, 'fiona', 'instance-that-died', ?, ?, ?, 0)")) {
            insert.setString(1, id);
            insert.setString(2, subject);
            insert.setString(3, "month-close|" + subject);
            insert.setString(4, language);
            insert.setTimestamp(5, yesterday);
            insert.setTimestamp(6, yesterday);
            insert.setTimestamp(7, yesterday);
            insert.executeUpdate();
        }
        return id;
    }

    private static JobContext context(String subject, String params, String startedBy) {
        return new JobContext() {
            @Override
            public String jobId() {
                return TestData.id();
            }

            @Override
            public String startedBy() {
                return startedBy;
            }

            @Override
            public String subject() {
                return subject;
            }

            @Override
            public String params() {
                return params;
            }

            @Override
            public String checkpoint() {
                return null;
            }

            @Override
            public void progress(long done, Long total) {
            }

            @Override
            public void checkpoint(String checkpoint, long done, Long total) {
            }
        };
    }

    private static String value(String kpi, String field) {
        return "values.find { it.kpi == '" + kpi + "' && it.field == '" + field + "' }.frozen";
    }

    /** The job as the signed-in person sees it, once it has ended. */
    private static JsonPath awaitFinished(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> Set.of("SUCCEEDED",
                "FAILED").contains(given().when().get("/api/v1/jobs/" + id).then().statusCode(200)
                .extract().path("status").toString()));
        return given().when().get("/api/v1/jobs/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitFinishedAsAdmin(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> Set.of("SUCCEEDED",
                "FAILED").contains(given().auth().oauth2(TestTokens.forRoles("admin")).when()
                .get("/api/v1/jobs/" + id).then().statusCode(200).extract().path("status").toString()));
        return given().auth().oauth2(TestTokens.forRoles("admin")).when().get("/api/v1/jobs/" + id).then()
                .statusCode(200).extract().jsonPath();
    }

    private long closes(int year, int month) throws SQLException {
        return count("select count(*) from month_close where close_year = ? and close_month = ?", year, month);
    }

    private long snapshots(int year, int month) throws SQLException {
        return count("select count(*) from kpi_snapshot where close_year = ? and close_month = ?", year, month);
    }

    private long count(String sql, int year, int month) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setInt(1, year);
            query.setInt(2, month);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
