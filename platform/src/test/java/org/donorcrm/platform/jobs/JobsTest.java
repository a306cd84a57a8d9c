package org.donorcrm.platform.jobs;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.donorcrm.platform.testapp.Db;
import org.donorcrm.platform.testapp.Gate;
import org.donorcrm.platform.testapp.StepsJob;
import org.donorcrm.testing.TestData;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The background-job facility as its user sees it through the API: started at once, progress while it runs, its
 * result, once at a time per subject, visible to its owner and admins only, resumed from its checkpoint after its
 * runner died. The job is testapp.StepsJob (ten steps, each committed with its checkpoint; held after step three
 * while the test holds its subject). Every test uses subjects of its own.
 */
@QuarkusTest
class JobsTest {

    @Inject
    Gate gate;

    @Inject
    DataSource dataSource;

    private Db db;

    @BeforeEach
    void connect() {
        db = new Db(dataSource);
    }

    @Test
    void aJobStartsAtOnceShowsItsProgressAndEndsWithItsResult() throws Exception {
        String subject = "import-" + TestData.id();
        gate.hold(subject);
        String id;
        try {
            Response started = start("alice", subject, null);

            assertThat(started.statusCode()).isEqualTo(202);
            id = started.jsonPath().getString("id");
            assertThat(started.header("Location")).endsWith("/api/v1/jobs/" + id);
            assertThat(started.jsonPath().getString("kind")).isEqualTo(StepsJob.KIND);
            assertThat(started.jsonPath().getString("subject")).isEqualTo(subject);
            assertThat(started.jsonPath().getString("status")).isIn("QUEUED", "RUNNING");
            assertThat(started.jsonPath().getString("startedBy")).isEqualTo("alice");

            JsonPath held = awaitJob("alice", id, job -> job.getLong("done") == 3);
            assertThat(held.getString("status")).isEqualTo("RUNNING");
            assertThat(held.getLong("total")).isEqualTo(10);
            assertThat(held.getInt("percent")).isEqualTo(30);
            assertThat(held.getInt("attempts")).isEqualTo(1);
            assertThat(held.getString("result")).isNull();
            assertThat(held.getString("finishedAt")).isNull();

            // held longer than crm.jobs.stale-after (2s): its heartbeat keeps it, nobody takes it over
            Thread.sleep(3_000);
            JsonPath still = awaitJob("alice", id, job -> true);
            assertThat(still.getString("status")).isEqualTo("RUNNING");
            assertThat(still.getInt("attempts")).isEqualTo(1);
            assertThat(still.getLong("done")).isEqualTo(3);
        } finally {
            gate.release(subject);
        }
        JsonPath done = awaitJob("alice", id, job -> !"RUNNING".equals(job.getString("status")));
        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getString("result")).isEqualTo("10 steps done after step 0");
        assertThat(done.getLong("done")).isEqualTo(10);
        assertThat(done.getLong("total")).isEqualTo(10);
        assertThat(done.getInt("percent")).isEqualTo(100);
        assertThat(done.getInt("attempts")).isEqualTo(1);
        assertThat(done.getString("error")).isNull();
        assertThat(done.getString("finishedAt")).isNotNull();
        assertThat(gate.startedFrom(subject)).isEqualTo("(none)");
        assertThat(db.column("select step from test_job_step where job_id = ? order by step", id))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        // the guard is freed and the runner let go of it
        assertThat(db.one("select guard_key from platform_job where id = ?", id)).isNull();
        assertThat(db.one("select owner from platform_job where id = ?", id)).isNull();
    }

    @Test
    void theSameWorkCannotStartTwiceWhileItRunsAndCanAfterwards() {
        String subject = "close-" + TestData.id();
        gate.hold(subject);
        String first;
        try {
            first = start("alice", subject, null).then().statusCode(202).extract().jsonPath().getString("id");
            awaitJob("alice", first, job -> job.getLong("done") == 3);

            Response second = start("bob", subject, null);

            assertThat(second.statusCode()).isEqualTo(409);
            assertThat(second.contentType()).isEqualTo("application/problem+json");
            assertThat(second.jsonPath().getString("title")).isEqualTo("Already running");
            assertThat(second.jsonPath().getInt("status")).isEqualTo(409);
            assertThat(second.jsonPath().getString("detail"))
                    .isEqualTo("A job '" + StepsJob.KIND + "' for '" + subject + "' is already running.");
            assertThat(second.jsonPath().getString("jobId")).isEqualTo(first);
            assertThat(second.header("Location")).endsWith("/jobs/" + first);
            assertThat(db.count("select count(*) from platform_job where subject = ?", subject)).isEqualTo(1);
        } finally {
            gate.release(subject);
        }
        awaitJob("alice", first, job -> "SUCCEEDED".equals(job.getString("status")));

        Response again = start("bob", subject, null);

        assertThat(again.statusCode()).isEqualTo(202);
        String next = again.jsonPath().getString("id");
        assertThat(next).isNotEqualTo(first);
        assertThat(awaitJob("bob", next, job -> "SUCCEEDED".equals(job.getString("status"))).getString("result"))
                .isEqualTo("10 steps done after step 0");
    }

    @Test
    void ofTwoStartsOfTheSameWorkAtOnceOneRunsAndTheOtherIsToldWhich() throws Exception {
        String subject = "twin-" + TestData.id();
        gate.hold(subject);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Response> answers = clients.invokeAll(List.<Callable<Response>>of(
                    () -> start("alice", subject, null), () -> start("bob", subject, null)),
                    60, TimeUnit.SECONDS).stream().map(JobsTest::result).toList();

            assertThat(answers.stream().map(Response::statusCode).sorted().toList()).containsExactly(202, 409);
            String running = answers.stream().filter(a -> a.statusCode() == 202).findFirst().orElseThrow()
                    .jsonPath().getString("id");
            assertThat(answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow()
                    .jsonPath().getString("jobId")).isEqualTo(running);
            assertThat(db.count("select count(*) from platform_job where subject = ?", subject)).isEqualTo(1);
        } finally {
            gate.release(subject);
            clients.shutdownNow();
        }
    }

    @Inject
    Jobs jobs;

    @Test
    void anOccurrenceOfWorkOnATimerRunsOnceHoweverManyReplicasTimersFireAndNeverAgain() throws Exception {
        // every replica's timer fires for the same night; two at the same moment, one after the job has finished
        String night = "nightly-" + TestData.id();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<java.util.Optional<Job>> started = replicas.invokeAll(List.<Callable<java.util.Optional<Job>>>of(
                    () -> jobs.startOnce(StepsJob.KIND, night, null),
                    () -> jobs.startOnce(StepsJob.KIND, night, null)), 60, TimeUnit.SECONDS).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();

            assertThat(started.stream().filter(java.util.Optional::isPresent).count()).isEqualTo(1);
            Job job = started.stream().flatMap(java.util.Optional::stream).findFirst().orElseThrow();
            assertThat(job.startedBy).isEqualTo(Jobs.SCHEDULE);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    jobs.find(job.id).map(j -> j.status == Job.Status.SUCCEEDED).orElse(false));
            assertThat(jobs.find(job.id).orElseThrow().result).isEqualTo("10 steps done after step 0");

            assertThat(jobs.startOnce(StepsJob.KIND, night, null)).isEmpty();
            assertThat(db.count("select count(*) from platform_job where subject = ?", night)).isEqualTo(1);
            assertThat(db.count("select count(*) from test_job_step where job_id = ?", job.id)).isEqualTo(10);
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void anotherUserCannotSeeAJobAnAdminCan() {
        String subject = "export-" + TestData.id();
        String id = start("alice", subject, null).then().statusCode(202).extract().jsonPath().getString("id");
        awaitJob("alice", id, job -> "SUCCEEDED".equals(job.getString("status")));

        Response other = given().auth().oauth2(TestTokens.forUser("bob", "fundraiser")).get("/api/v1/jobs/" + id);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(other.jsonPath().getString("title")).isEqualTo("Not found");
        assertThat(given().auth().oauth2(TestTokens.forUser("bob", "fundraiser")).get("/api/v1/jobs")
                .jsonPath().getList("id")).doesNotContain(id);

        Response admin = given().auth().oauth2(TestTokens.forUser("ada", "admin")).get("/api/v1/jobs/" + id);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.jsonPath().getString("startedBy")).isEqualTo("alice");
        assertThat(given().auth().oauth2(TestTokens.forUser("ada", "admin")).get("/api/v1/jobs")
                .jsonPath().getList("id")).contains(id);
        assertThat(given().auth().oauth2(TestTokens.forUser("alice", "fundraiser")).get("/api/v1/jobs")
                .jsonPath().getList("id")).contains(id);
    }

    @Test
    void aJobWhoseRunnerStoppedIsResumedFromItsCheckpoint() {
        String subject = "rebuild-" + TestData.id();
        String id = TestData.id();
        // what a replica killed after step 4 leaves behind: running, its heartbeat a minute old, checkpoint 4
        db.update("insert into platform_job (id, kind, subject, guard_key, status, params, done, total, checkpoint, "
                        + "started_by, owner, heartbeat_at, created_at, started_at, attempts) values "
                        + "(?, ?, ?, ?, 'RUNNING', null, 4, 10, '4', 'alice', 'instance-killed', "
                        + "utc_timestamp(6) - interval 60 second, utc_timestamp(6) - interval 120 second, "
                        + "utc_timestamp(6) - interval 110 second, 1)",
                id, StepsJob.KIND, subject, StepsJob.KIND + "|" + subject);
        for (int step = 1; step <= 4; step++) {
            db.update("insert into test_job_step (job_id, step) values (?, ?)", id, step);
        }

        JsonPath resumed = awaitJob("alice", id, job -> "SUCCEEDED".equals(job.getString("status")));

        assertThat(gate.startedFrom(subject)).isEqualTo("4");
        assertThat(resumed.getInt("attempts")).isEqualTo(2);
        assertThat(resumed.getString("result")).isEqualTo("6 steps done after step 4");
        assertThat(resumed.getLong("done")).isEqualTo(10);
        // steps 1-4 were not done again (their rows would have collided), 5-10 were done once
        assertThat(db.column("select step from test_job_step where job_id = ? order by step", id))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(db.one("select owner from platform_job where id = ?", id)).isNull();
    }

    /**
     * A runner that stalled longer than crm.jobs.stale-after (a long GC pause, a frozen VM) while another replica
     * took its job over must not go on committing the job's work: its next chunk would repeat what the new runner
     * does from the checkpoint. The takeover is what Jobs.claim writes on the other replica.
     */
    @Test
    void aRunnerWhoseJobWasTakenOverCommitsNoMoreOfItsWork() throws Exception {
        String subject = "takeover-" + TestData.id();
        gate.hold(subject);
        String id;
        try {
            id = start("alice", subject, null).then().statusCode(202).extract().jsonPath().getString("id");
            awaitJob("alice", id, job -> job.getLong("done") == 3);
            // another replica claimed it (its heartbeat fresh for the length of the test)
            assertThat(db.update("update platform_job set owner = 'instance-other', attempts = attempts + 1, "
                    + "heartbeat_at = utc_timestamp(6) + interval 1 hour where id = ?", id)).isEqualTo(1);
        } finally {
            gate.release(subject);
        }
        try {
            assertThat(gate.awaitEnd(subject, 30)).isTrue();

            assertThat(db.column("select step from test_job_step where job_id = ? order by step", id))
                    .containsExactly("1", "2", "3");
            assertThat(db.one("select checkpoint from platform_job where id = ?", id)).isEqualTo("3");
            assertThat(db.one("select owner from platform_job where id = ?", id)).isEqualTo("instance-other");
            assertThat(db.one("select status from platform_job where id = ?", id)).isEqualTo("RUNNING");
        } finally {
            // the other replica "finishes" it, so that no sweep takes it up after the test
            db.update("update platform_job set status = 'FAILED', guard_key = null, owner = null where id = ?", id);
        }
    }

    @Test
    void aJobWhoseHandlerFailsEndsFailedWithTheMessage() {
        String subject = "broken-" + TestData.id();
        String id = start("alice", subject, "fail").then().statusCode(202).extract().jsonPath().getString("id");

        JsonPath failed = awaitJob("alice", id, job -> !"QUEUED".equals(job.getString("status"))
                && !"RUNNING".equals(job.getString("status")));

        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).isEqualTo(StepsJob.FAILURE);
        assertThat(failed.getString("result")).isNull();
        assertThat(failed.getString("finishedAt")).isNotNull();
        // failed work may be started again at once
        String retry = start("alice", subject, null).then().statusCode(202).extract().jsonPath().getString("id");
        awaitJob("alice", retry, job -> "SUCCEEDED".equals(job.getString("status")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "finance")
    void theJobsPageShowsTheProgressLiveAndThenTheResult() {
        String subject = "statement-" + TestData.id();
        gate.hold(subject);
        String id;
        try {
            id = start("carol", subject, null).then().statusCode(202).extract().jsonPath().getString("id");
            awaitJob("carol", id, job -> job.getLong("done") == 3);

            String progress = given().get("/jobs/" + id + "/progress").then().statusCode(200).extract().asString();

            assertThat(progress).contains("hx-get=\"/jobs/" + id + "/progress\" hx-trigger=\"every 1s\"")
                    .contains("<strong data-job-status=\"RUNNING\">bezig</strong>")
                    .contains("gestart door carol")
                    .contains("<div class=\"progress-bar progress-w-30\">30 %</div>")
                    .contains("3 van 10 gedaan")
                    .doesNotContain("data-job-result"); // no result to open while it runs
            assertThat(given().cookie("crm-lang", "en").get("/jobs/" + id + "/progress").then().statusCode(200)
                    .extract().asString())
                    .contains("<strong data-job-status=\"RUNNING\">running</strong>")
                    .contains("started by carol")
                    .contains("3 of 10 done");
        } finally {
            gate.release(subject);
        }
        awaitJob("carol", id, job -> "SUCCEEDED".equals(job.getString("status")));

        String page = given().get("/jobs/" + id).then().statusCode(200).extract().asString();

        assertThat(page).contains("<strong data-job-status=\"SUCCEEDED\">klaar</strong>")
                .contains("<div class=\"progress-bar progress-w-100\">100 %</div>")
                .contains("10 van 10 gedaan")
                .contains("<div class=\"alert alert-success\">10 steps done after step 0</div>")
                .contains("<a class=\"btn btn-primary\" href=\"/statements/" + subject
                        + "\" data-job-result>Bekijk het resultaat</a>")
                .contains("<small class=\"text-body-secondary\">steps for " + subject + "</small>")
                .doesNotContain("hx-get"); // finished: the page stops polling
        assertThat(given().get("/api/v1/jobs/" + id).then().statusCode(200).extract().jsonPath()
                .getString("resultLink")).isEqualTo("/statements/" + subject);
        assertThat(given().get("/jobs").then().statusCode(200).extract().asString())
                .contains("<a href=\"/jobs/" + id + "\">" + StepsJob.KIND + "</a>");
    }

    private static Response start(String user, String subject, String params) {
        var request = given().auth().oauth2(TestTokens.forUser(user, "fundraiser"));
        if (params != null) {
            request.queryParam("params", params);
        }
        return request.post("/api/v1/test/jobs/" + StepsJob.KIND + "/" + subject);
    }

    private static Response result(Future<Response> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath awaitJob(String user, String id, Predicate<JsonPath> until) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Response response = given().auth().oauth2(TestTokens.forUser(user, "fundraiser"))
                    .get("/api/v1/jobs/" + id);
            if (response.statusCode() != 200) {
                return false;
            }
            last[0] = response.jsonPath();
            return until.test(last[0]);
        });
        return last[0];
    }
}
