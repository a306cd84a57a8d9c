package org.donorcrm.gift.bankimport;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * The screens' bank import as the tests follow it: an upload answers 303 to the page of its job, whose progress and
 * result the job API shows ({@code GET /api/v1/jobs/{id}}, as the signed-in test person, who started it).
 */
final class ImportJobs {

    private static final Pattern STATEMENT = Pattern.compile("/bank/statements/([0-9a-f-]{36})");

    private ImportJobs() {
    }

    /** A form post from the service's own pages (the platform refuses others), not following the redirect. */
    static RequestSpecification form() {
        return given().redirects().follow(false).header("Origin", RestAssured.baseURI + ":" + RestAssured.port);
    }

    /** Uploads a CAMT.053 file on the screen: 303 to its job's page at once; the job's id. */
    static String uploadCamt(RequestSpecification form, byte[] xml) {
        String page = form.multiPart("file", "statement.xml", xml, "application/xml")
                .when().post("/bank/statements")
                .then().statusCode(303)
                .header("Location", matchesPattern(".*/jobs/[0-9a-f-]{36}"))
                .extract().header("Location");
        return page.substring(page.lastIndexOf('/') + 1);
    }

    static String uploadCamt(byte[] xml) {
        return uploadCamt(form(), xml);
    }

    /** The job as the API shows it to the person who started it. */
    static JsonPath job(String id) {
        return given().when().get("/api/v1/jobs/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Polls the job API until the job has ended, SUCCEEDED or FAILED, and returns it. */
    static JsonPath awaitFinished(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Set.of("SUCCEEDED", "FAILED").contains(job(id).getString("status")));
        return job(id);
    }

    /** Waits for a job that must succeed; its result. */
    static String awaitSucceeded(String id) {
        JsonPath job = awaitFinished(id);
        assertThat(job.getString("status")).as("job %s: %s", id, job.getString("error")).isEqualTo("SUCCEEDED");
        return job.getString("result");
    }

    /** The id of the statement the finished job's page links to ("Bekijk het resultaat"). */
    static String statementOf(String jobId) {
        String link = job(jobId).getString("resultLink");
        Matcher address = STATEMENT.matcher(link == null ? "" : link);
        assertThat(address.matches()).as("the statement's page in: %s", link).isTrue();
        return address.group(1);
    }
}
