package org.donorcrm.reporting.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.donorcrm.reporting.ledger.GiftRecorded;
import org.donorcrm.testing.EventPublisher;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The admin's dead-letter screen: lists a poison event with its reason and a Replay form, replays it from a page
 * of this service, refuses a form from elsewhere, and is for admins only.
 */
@QuarkusTest
class DeadLetterPagesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "petra", roles = "admin")
    void anAdminSeesAPoisonEventWithItsReasonAndReplaysItFromTheScreen() {
        String poisonId;
        try (EventPublisher giftService = new EventPublisher(bootstrapServers, "/donor-crm/gift-service")) {
            poisonId = giftService.publish("crm.gifts", UUID.randomUUID().toString(), "crm.gift.recorded.v1",
                    UUID.randomUUID().toString(), "not json at all");
        }
        Map<String, Object> letter = await().atMost(Duration.ofSeconds(30)).until(() ->
                given().auth().oauth2(TestTokens.forRoles("admin")).when().get("/api/v1/admin/dead-letters")
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                        .filter(i -> poisonId.equals(i.get("eventId"))).findFirst().orElse(null),
                found -> found != null);
        String action = "/admin/dead-letters/crm.gifts.dlq.reporting/" + letter.get("partition") + "/"
                + letter.get("offset") + "/replay";

        given().when().get("/admin/dead-letters").then().statusCode(200)
                .body(containsString("Onverwerkte berichten"))
                .body(containsString(poisonId))
                .body(containsString("event data is not a GiftRecorded"))
                .body(containsString("action=\"" + action + "\""))
                .body(containsString("hx-post=\"" + action + "\""))
                .body(containsString("/webjars/htmx.org/2.0.4/dist/htmx.min.js"))
                .body(containsString("href=\"/admin/dead-letters\""))
                .body(not(containsString("<script>")))
                .body(not(containsString("style=")));

        String origin = RestAssured.baseURI + ":" + RestAssured.port;
        given().formParam("again", "false").when().post(action).then().statusCode(403);
        given().header("Origin", "https://attacker.example").formParam("again", "false")
                .when().post(action).then().statusCode(403);
        given().redirects().follow(false).header("Origin", origin).formParam("again", "false")
                .when().post(action).then().statusCode(303)
                .header("Location", containsString("/admin/dead-letters?replayed=crm.gifts.dlq.reporting%2F"));
        given().header("Origin", origin).formParam("again", "false").when().post(action).then().statusCode(409)
                .body(containsString("is al eerder opnieuw afgespeeld"));
        given().redirects().follow(false).header("Origin", origin).formParam("again", "true")
                .when().post(action).then().statusCode(303);
        String page = given().when().get("/admin/dead-letters").then().statusCode(200).extract().asString();
        // the record now shows both replays, by the signed-in admin, and offers to replay it again
        assertThat(page.split("petra op ", -1)).hasSize(3);
        assertThat(page).contains("Nogmaals afspelen");
        String english = given().cookie("crm-lang", "en").when().get("/admin/dead-letters").then().statusCode(200)
                .extract().asString();
        assertThat(english).contains("<h1 class=\"h3 mb-3\">Dead letters</h1>", "Replay again");
        assertThat(english.split("petra at ", -1)).hasSize(3);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void otherRolesMayNotSeeTheScreen() {
        given().when().get("/admin/dead-letters").then().statusCode(403);
        given().header("Origin", RestAssured.baseURI + ":" + RestAssured.port).formParam("again", "false")
                .when().post("/admin/dead-letters/crm.gifts.dlq.reporting/0/0/replay").then().statusCode(403);
    }
}
