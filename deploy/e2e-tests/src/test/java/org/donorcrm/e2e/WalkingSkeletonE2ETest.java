package org.donorcrm.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton, end to end, against a running local stack (deploy/local/up): a gift recorded
 * in gift-service reaches reporting-service's figures through Kafka, and both services enforce the
 * Keycloak roles.
 *
 * <p>Base URLs come from system properties (defaults: the local stack's ports):
 * {@code crm.e2e.keycloak-url} (the realm URL), {@code crm.e2e.gift-url},
 * {@code crm.e2e.reporting-url}, {@code crm.e2e.client-id} (a public client with direct access
 * grants), {@code crm.e2e.password} (of the demo users), {@code crm.e2e.year}, and
 * {@code crm.e2e.donor-id}: the donor the gift is recorded for (default: a new random UUID; give an
 * existing donor's id where gift-service only accepts donors it knows).
 *
 * <p>It assumes that nothing else records gifts for that year while it runs.
 */
class WalkingSkeletonE2ETest {

    private static final String KEYCLOAK_URL =
            property("crm.e2e.keycloak-url", "http://127.0.0.1:8180/realms/donor-crm");
    private static final String GIFT_URL = property("crm.e2e.gift-url", "http://127.0.0.1:8082");
    private static final String REPORTING_URL = property("crm.e2e.reporting-url", "http://127.0.0.1:8084");
    private static final String CLIENT_ID = property("crm.e2e.client-id", "crm-cli");
    private static final String PASSWORD = property("crm.e2e.password", "demo");
    private static final int YEAR = Integer.parseInt(property("crm.e2e.year", "2026"));
    private static final String DONOR_URL = property("crm.e2e.donor-url", "http://127.0.0.1:8081");
    /** A donor gift-service knows: -Dcrm.e2e.donor-id, or one the test registers through donor-service. */
    private static String donorId = property("crm.e2e.donor-id", "");

    private static final BigDecimal AMOUNT = new BigDecimal("123.45");
    private static final String FIGURES_PATH = "/api/v1/figures/unearmarked-share";
    private static final String GIFTS_PATH = "/api/v1/gifts";

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @BeforeAll
    static void stackIsUp() {
        for (String url : new String[] {
                KEYCLOAK_URL + "/.well-known/openid-configuration",
                DONOR_URL + "/q/health",
                GIFT_URL + "/q/health",
                REPORTING_URL + "/q/health"}) {
            int status;
            try {
                status = given().when().get(url).statusCode();
            } catch (Exception e) { // REST Assured rethrows ConnectException undeclared
                status = -1;
            }
            if (status != 200) {
                fail("%s answered %s, not 200: is the local stack up? Start it with deploy/local/up "
                        + "(or point -Dcrm.e2e.*-url at a running stack)", url,
                        status < 0 ? "nothing" : status);
            }
        }
        if (donorId.isEmpty()) {
            donorId = given().auth().oauth2(token("fundraiser"))
                    .contentType(ContentType.JSON).accept(ContentType.JSON)
                    .body("""
                            {"kind":"INDIVIDUAL","firstName":"Eef","lastName":"Endtoend","postcode":"1012 AB",
                             "city":"Amsterdam","country":"NL"}
                            """)
                    .when().post(DONOR_URL + "/api/v1/donors")
                    .then().log().ifValidationFails().statusCode(201)
                    .extract().path("id");
        }
    }

    @Test
    @DisplayName("a recorded unearmarked gift raises total and unearmarked income of its year by its amount")
    void recordedGiftReachesTheFigures() {
        String director = token("director");
        String fundraiser = token("fundraiser");
        Figures before = figures(director);

        // donor-service announces a new donor as an event: gift-service knows it within moments, not at once
        String key = UUID.randomUUID().toString();
        Response created = await("gift-service knows donor " + donorId)
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> given()
                                .auth().oauth2(fundraiser)
                                .contentType(ContentType.JSON)
                                .accept(ContentType.JSON)
                                .header("Idempotency-Key", key)
                                .body(giftBody())
                                .when()
                                .post(GIFT_URL + GIFTS_PATH)
                                .then().extract().response(),
                        r -> r.statusCode() != 422);
        assertThat(created.statusCode()).as("recording the gift: " + created.asString()).isEqualTo(201);
        assertThat(created.header("Location")).as("Location of the created gift").isNotBlank();

        await("the gift in the figures of " + YEAR)
                .atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    Figures now = figures(director);
                    assertThat(now.totalIncome()).as("totalIncome")
                            .isEqualByComparingTo(before.totalIncome().add(AMOUNT));
                    assertThat(now.unearmarkedIncome()).as("unearmarkedIncome")
                            .isEqualByComparingTo(before.unearmarkedIncome().add(AMOUNT));
                });

        Figures after = figures(director);
        assertThat(after.year()).isEqualTo(YEAR);
        assertThat(after.unearmarkedShareText()).as("unearmarkedShare, a percentage with 2 decimals")
                .matches("\\d{1,3}\\.\\d{2}");
        BigDecimal expectedShare = after.unearmarkedIncome().multiply(BigDecimal.valueOf(100))
                .divide(after.totalIncome(), 2, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(after.unearmarkedShareText()))
                .as("unearmarkedShare = 100 * unearmarkedIncome / totalIncome")
                .isCloseTo(expectedShare, Offset.offset(new BigDecimal("0.01")));
    }

    @Test
    @DisplayName("no token: 401 on the figures and on recording a gift")
    void withoutTokenIsUnauthorized() {
        given().accept(ContentType.JSON)
                .when().get(REPORTING_URL + FIGURES_PATH + "?year=" + YEAR)
                .then().log().ifValidationFails().statusCode(401);
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(giftBody())
                .when().post(GIFT_URL + GIFTS_PATH)
                .then().log().ifValidationFails().statusCode(401);
    }

    @Test
    @DisplayName("a director may not record a gift: 403")
    void directorMayNotRecordGifts() {
        given().auth().oauth2(token("director"))
                .contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(giftBody())
                .when().post(GIFT_URL + GIFTS_PATH)
                .then().log().ifValidationFails().statusCode(403);
    }

    private static String giftBody() {
        return """
                {"donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%d-06-15","earmarkClass":"UNEARMARKED"}
                """.formatted(donorId.isEmpty() ? UUID.randomUUID() : donorId, AMOUNT.toPlainString(), YEAR);
    }

    /** An access token for a demo user, by the password grant. */
    private static String token(String username) {
        return given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", CLIENT_ID)
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .when()
                .post(KEYCLOAK_URL + "/protocol/openid-connect/token")
                .then()
                .log().ifValidationFails()
                .statusCode(200)
                .extract().path("access_token");
    }

    private static Figures figures(String token) {
        JsonPath json = given()
                .auth().oauth2(token)
                .accept(ContentType.JSON)
                .queryParam("year", YEAR)
                .when()
                .get(REPORTING_URL + FIGURES_PATH)
                .then()
                .log().ifValidationFails()
                .statusCode(200)
                .extract().jsonPath()
                // Amounts may come as JSON numbers too: keep them exact.
                .using(new JsonPathConfig(NumberReturnType.BIG_DECIMAL));
        return new Figures(
                json.getInt("year"),
                decimal(json, "unearmarkedIncome"),
                decimal(json, "totalIncome"),
                json.getString("unearmarkedShare"));
    }

    private static BigDecimal decimal(JsonPath json, String field) {
        String text = json.getString(field);
        assertThat(text).as(field).isNotNull();
        return new BigDecimal(text);
    }

    private record Figures(int year, BigDecimal unearmarkedIncome, BigDecimal totalIncome,
            String unearmarkedShareText) {
    }
}
