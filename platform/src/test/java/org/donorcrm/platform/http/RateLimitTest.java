package org.donorcrm.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.donorcrm.platform.testapp.Db;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The request limit per client in front of the API, with a small limit (3 at once, then 1 every 5 s): the fourth
 * request of a user at once gets 429 with Retry-After and a problem body and changes nothing; another user is not
 * held up; after Retry-After the first user gets through again.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimit.class)
class RateLimitTest {

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crm.rate-limit.requests", "1", "crm.rate-limit.period", "5s", "crm.rate-limit.burst", "3");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void aClientOverItsLimitWaitsAndChangesNothingWhileOthersGoOn() throws Exception {
        String anna = TestTokens.forUser("anna-" + UUID.randomUUID(), "fundraiser");
        String bert = TestTokens.forUser("bert-" + UUID.randomUUID(), "fundraiser");
        for (int i = 0; i < 3; i++) {
            ok(anna).then().statusCode(200);
        }
        Db db = new Db(dataSource);
        String text = "limited " + UUID.randomUUID();
        Response refused = given().auth().oauth2(anna).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("text", text, "amount", "1.00"))
                .post("/api/v1/test/notes");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 5L);
        assertThat(db.count("select count(*) from test_note where text = ?", text)).isZero();

        // another user is not held up by anna's limit
        ok(bert).then().statusCode(200).body("status", equalTo("fine"));

        Thread.sleep(retryAfter * 1000 + 100);
        ok(anna).then().statusCode(200);
    }

    private static Response ok(String token) {
        return given().auth().oauth2(token).get("/api/v1/test/problems/ok");
    }
}
