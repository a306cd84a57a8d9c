package org.donorcrm.reporting.admin;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.donorcrm.testing.TestTokens;

import java.time.Duration;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A rebuild as the tests start and follow it: through the API, as the job the platform's facility runs. */
public final class Rebuilds {

    private Rebuilds() {
    }

    /** Starts a rebuild as this admin: 202 at once with the job and its page in Location; the job's id. */
    public static String start(String admin) {
        ExtractableResponse<Response> started = given().auth().oauth2(TestTokens.forUser(admin, "admin"))
                .when().post("/api/v1/admin/rebuild")
                .then().statusCode(202)
                .body("kind", equalTo(Rebuild.KIND))
                .body("subject", equalTo(Rebuild.SUBJECT))
                .body("startedBy", equalTo(admin))
                .extract();
        String id = started.path("id");
        assertThat(started.header("Location")).endsWith("/jobs/" + id);
        return id;
    }

    /** The job as the API shows it (to an admin). */
    public static JsonPath job(String id) {
        return given().auth().oauth2(TestTokens.forRoles("admin")).when().get("/api/v1/jobs/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Waits until the job has ended, SUCCEEDED or FAILED, and returns it. */
    public static JsonPath awaitFinished(String id) {
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                .until(() -> Set.of("SUCCEEDED", "FAILED").contains(job(id).getString("status")));
        return job(id);
    }
}
