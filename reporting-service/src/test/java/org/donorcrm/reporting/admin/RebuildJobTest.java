package org.donorcrm.reporting.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.donorcrm.testing.TestData;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The rebuild as a job of the platform's facility: one at a time (a second start is a 409 naming the running one),
 * started from the admin's screen, which sends the admin to the job's page, and taken up and finished by this
 * service when the replica that ran it died. The figures a rebuild reproduces: StrategicFiguresResourceTest.
 */
@QuarkusTest
class RebuildJobTest {

    @Inject
    DataSource database;

    @Test
    void aSecondStartWhileARebuildRunsIs409NamingTheRunningJob() throws Exception {
        String first;
        // a campaign_cost row this test holds uncommitted: the rebuild's emptying waits for it, so the rebuild is
        // still running when the second start comes
        try (Connection held = database.getConnection()) {
            held.setAutoCommit(false);
            try (PreparedStatement insert = held.prepareStatement("insert into campaign_cost (cost_id, campaign_id, "
                    + "amount) values (?, ?, 1.00)")) {
                insert.setString(1, TestData.id());
                insert.setString(2, TestData.id());
                insert.executeUpdate();
            }
            first = Rebuilds.start("ada");

            given().auth().oauth2(TestTokens.forUser("bram", "admin")).when().post("/api/v1/admin/rebuild")
                    .then().statusCode(409)
                    .contentType(startsWith("application/problem+json"))
                    .header("Location", endsWith("/jobs/" + first))
                    .body("status", equalTo(409))
                    .body("jobId", equalTo(first));
            held.rollback();
        }
        JsonPath job = Rebuilds.awaitFinished(first);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getLong("done")).isEqualTo(job.getLong("total"));
        // the second start left no job of its own
        assertThat(given().auth().oauth2(TestTokens.forUser("bram", "admin")).when().get("/api/v1/jobs")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.startedBy == 'bram' }"))
                .isEmpty();
    }

    @Test
    void aRebuildWhoseRunnerDiedIsTakenUpAndFinished() throws Exception {
        // a rebuild a replica was running when it died (its derived tables emptied): owned, RUNNING, and its
        // heartbeat older than crm.jobs.stale-after (2 s in tests)
        String id = TestData.id();
        Timestamp yesterday = Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS));
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into platform_job (id, kind, subject, guard_key, status, done, total, checkpoint, "
                        + "started_by, owner, heartbeat_at, created_at, started_at, attempts) values (?, 'rebuild', "
                        + "'read-models', 'rebuild|read-models', 'RUNNING', 0, null, 'emptied', 'ada', "
                        + "'instance-that-died', ?, ?, ?, 0)")) {
            insert.setString(1, id);
            insert.setTimestamp(2, yesterday);
            insert.setTimestamp(3, yesterday);
            insert.setTimestamp(4, yesterday);
            insert.executeUpdate();
        }

        JsonPath job = Rebuilds.awaitFinished(id);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("attempts")).isEqualTo(1);
        // a job of before the languages were kept (no params): its result in Dutch, the organisation's language
        assertThat(job.getString("result")).matches("[0-9.]+ gebeurtenissen opnieuw afgespeeld \\([0-9.]+ onleesbaar, "
                + "overgeslagen\\) in [0-9.]+,[0-9] s: [0-9.]+ gebeurtenissen per seconde\\.");
        assertThat(job.getLong("done")).isEqualTo(job.getLong("total"));
    }

    @Test
    @TestSecurity(user = "petra", roles = "admin")
    void theScreenStartsARebuildAndSendsTheAdminToItsPage() {
        String origin = RestAssured.baseURI + ":" + RestAssured.port;
        given().when().get("/admin/rebuild").then().statusCode(200)
                .body(containsString("De leesmodellen opnieuw opbouwen"))
                .body(containsString("action=\"/admin/rebuild\""))
                .body(containsString("href=\"/admin/rebuild\""));
        given().cookie("crm-lang", "en").when().get("/admin/rebuild").then().statusCode(200)
                .body(containsString("Rebuild the read models"))
                .body(not(containsString("De leesmodellen opnieuw opbouwen")));
        // a form from another site never starts one
        given().redirects().follow(false).header("Origin", "https://attacker.example")
                .when().post("/admin/rebuild").then().statusCode(403);

        // started in English: what it came to is written in English
        String page = given().redirects().follow(false).cookie("crm-lang", "en").header("Origin", origin)
                .when().post("/admin/rebuild").then().statusCode(303)
                .header("Location", containsString("/jobs/"))
                .extract().header("Location");
        String id = page.substring(page.lastIndexOf('/') + 1);
        given().when().get("/jobs/" + id).then().statusCode(200)
                .body(containsString("rebuild"))
                .body(containsString("data-job-status="));
        JsonPath job = Rebuilds.awaitFinished(id);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("startedBy")).isEqualTo("petra");
        assertThat(job.getString("result")).matches("Replayed [0-9.]+ events \\([0-9.]+ unreadable, skipped\\) in "
                + "[0-9.]+,[0-9] s: [0-9.]+ events/s\\.");
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void onlyAnAdminStartsARebuild() {
        given().when().get("/admin/rebuild").then().statusCode(403);
        given().header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .when().post("/admin/rebuild").then().statusCode(403);
    }
}
