package org.donorcrm.platform.http;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.donorcrm.platform.testapp.ProblemsResource;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What a client reads when a request fails: an RFC 9457 problem, naming the fields and nothing internal. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEMS = "/api/v1/test/problems/";

    @TestHTTPResource("/")
    URI base;

    @Test
    void aBrokenRuleIs422RuleBrokenWithThePointerOfTheField() {
        Response response = get("rule");

        assertProblem(response, 422, "Rule broken", "The allocations do not add up to the amount.");
        assertThat(response.jsonPath().getList("errors", Map.class)).containsExactly(
                Map.of("pointer", "#/allocations/0/amount", "detail", "The allocations do not add up to the amount."));
    }

    @Test
    void invalidInputIs400NamingEveryField() {
        Response response = get("invalid");

        assertProblem(response, 400, "Invalid request", "The request has invalid fields.");
        assertThat(response.jsonPath().getList("errors", Map.class)).containsExactly(
                Map.of("pointer", "#/iban", "detail", "has wrong check digits"),
                Map.of("pointer", "#/postcode", "detail", "is not a Dutch postcode"));
    }

    @Test
    void aConflictIs409WithItsOwnTitle() {
        Response titled = get("conflict");
        assertProblem(titled, 409, "Duplicate code", "The code SPRING26 is taken.");
        assertThat(titled.jsonPath().getMap("$")).doesNotContainKey("errors");

        assertProblem(get("plain-conflict"), 409, "Conflict", "The month is closed.");
    }

    @Test
    void notFoundIs404() {
        assertProblem(get("not-found"), 404, "Not found", "There is no donor 42.");
    }

    @Test
    void anUnexpectedExceptionIs500InternalErrorAndTellsNothingOfItself() {
        Response response = get("boom");

        assertProblem(response, 500, "Internal error", "Something went wrong on our side; nothing was changed.");
        assertThat(response.asString()).doesNotContain("hunter2").doesNotContain("IllegalStateException")
                .doesNotContain(ProblemsResource.INTERNAL_DETAIL);
    }

    @Test
    void malformedJsonIs400ProblemThatTellsNothingOfTheParser() {
        Response response = post("{\"name\": \"Jan\", \"count\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(400);
        assertThat(response.asString()).doesNotContain("Unexpected end-of-input").doesNotContain("jackson")
                .doesNotContain("Exception");
    }

    @Test
    void malformedJsonIs400UnreadableRequest() {
        Response response = post("{\"name\": \"Jan\", \"count\": ");

        assertProblem(response, 400, "Unreadable request", "The body is not valid JSON of the expected shape.");
        assertThat(response.jsonPath().getList("errors", Map.class))
                .containsExactly(Map.of("pointer", "#", "detail", "has the wrong type or format"));
    }

    @Test
    void aFieldOfTheWrongTypeIs400UnreadableRequestAtThatField() {
        // a count of 1.5 is the client's mistake, not 1 (JsonConfig)
        Response fraction = post("{\"name\": \"Jan\", \"count\": 1.5}");
        assertProblem(fraction, 400, "Unreadable request", "The body is not valid JSON of the expected shape.");
        assertThat(fraction.jsonPath().getList("errors", Map.class))
                .containsExactly(Map.of("pointer", "#/count", "detail", "has the wrong type or format"));

        Response text = post("{\"name\": \"Jan\", \"count\": \"many\"}");
        assertThat(text.jsonPath().getList("errors.pointer")).containsExactly("#/count");
    }

    @Test
    void aMethodTheResourceDoesNotHaveIs405Problem() {
        Response response = given().auth().oauth2(TestTokens.forRoles("fundraiser")).delete(PROBLEMS + "ok");

        assertProblem(response, 405, "Method Not Allowed", "HTTP 405 Method Not Allowed");
    }

    @Test
    void aWebApplicationExceptionKeepsTheHeadersOfItsResponse() {
        Response response = get("unavailable");

        assertProblem(response, 503, "Service Unavailable", "HTTP 503 Service Unavailable");
        assertThat(response.header("Retry-After")).isEqualTo("120");
    }

    @Test
    void beanValidationIs400NamingEachFieldByItsPointer() {
        Response response = post("{\"name\": \" \", \"count\": 2, \"tags\": [\"a\", \"\"]}");

        assertProblem(response, 400, "Invalid request", "The request has invalid fields.");
        assertThat(response.jsonPath().getList("errors.pointer")).containsExactly("#/name", "#/tags/1");
    }

    @Test
    void aValidRequestPassesAndMoneyTravelsAsDecimalStrings() {
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body("{\"name\": \"Jan\", \"count\": 2, \"tags\": [\"a\"]}")
                .post(PROBLEMS + "echo")
                .then().statusCode(200);
        String ok = given().auth().oauth2(TestTokens.forRoles("fundraiser")).get(PROBLEMS + "ok")
                .then().statusCode(200).extract().asString();
        assertThat(ok).contains("\"amount\":\"25.50\"");
    }

    /**
     * A body announced larger than quarkus.http.limits.max-body-size (64K here) is refused before it is read: the
     * request head alone gets the 413 problem.
     */
    @Test
    void aBodyAnnouncedLargerThanTheLimitIs413Problem() throws Exception {
        String answer = rawRequest("POST " + PROBLEMS + "echo HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Authorization: Bearer " + TestTokens.forRoles("fundraiser") + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + (64 * 1024 + 1) + "\r\n\r\n");

        String[] headAndBody = answer.split("\r\n\r\n", 2);
        assertThat(headAndBody[0]).startsWith("HTTP/1.1 413 ");
        assertThat(headAndBody[0].toLowerCase()).contains("content-type: application/problem+json");
        // the refusal carries the security headers like every other answer
        assertThat(headAndBody[0]).contains("X-Frame-Options: DENY", "X-Content-Type-Options: nosniff");
        assertThat(headAndBody[1]).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Body too large\",\"status\":413,"
                + "\"detail\":\"The request body is larger than the 65536 bytes this service accepts.\"}");
    }

    @Test
    void aBodyWithinTheLimitIsRead() throws Exception {
        String name = "x".repeat(60 * 1024);
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"count\": 1}")
                .post(PROBLEMS + "echo")
                .then().statusCode(200);
    }

    private static Response get(String kind) {
        return given().auth().oauth2(TestTokens.forRoles("fundraiser")).accept(ContentType.JSON)
                .get(PROBLEMS + kind);
    }

    private static Response post(String body) {
        return given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON).body(body)
                .post(PROBLEMS + "echo");
    }

    private static void assertProblem(Response response, int status, String title, String detail) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("about:blank");
        assertThat(response.jsonPath().getString("title")).isEqualTo(title);
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("detail")).isEqualTo(detail);
    }

    /** Sends a request head as it is and reads the answer until the server closes or has sent it. */
    private String rawRequest(String head) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            try {
                while ((read = in.read(buffer)) != -1) {
                    answer.write(buffer, 0, read);
                    String sofar = answer.toString(StandardCharsets.UTF_8);
                    int end = sofar.indexOf("\r\n\r\n");
                    if (end > 0 && contentLength(sofar.substring(0, end)) <= sofar.length() - end - 4) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // what came is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static int contentLength(String head) {
        for (String line : List.of(head.split("\r\n"))) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return Integer.MAX_VALUE;
    }
}
