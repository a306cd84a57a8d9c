package org.donorcrm.campaign.campaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.donorcrm.campaign.Fixtures.appeal;
import static org.donorcrm.campaign.Fixtures.campaign;
import static org.donorcrm.campaign.Fixtures.createAppeal;
import static org.donorcrm.campaign.Fixtures.createCampaign;
import static org.donorcrm.campaign.Fixtures.idOf;
import static org.donorcrm.campaign.Fixtures.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Campaigns with their appeals and costs: fundraisers and admins write, everyone signed in reads. */
@QuarkusTest
class CampaignResourceTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aFundraiserCreatesACampaignWithAppealsPerChannel() {
        String code = uniqueCode("EJ");
        String location = given().auth().oauth2(TestTokens.forUser("fenna", "fundraiser"))
                .contentType(ContentType.JSON)
                .body(campaign(code, "25000.00", "2026-11-01", "2027-01-31"))
                .when().post("/api/v1/campaigns")
                .then().statusCode(201)
                .body("code", equalTo(code))
                .body("goal", equalTo("25000.00"))
                .body("currency", equalTo("EUR"))
                .body("startDate", equalTo("2026-11-01"))
                .body("endDate", equalTo("2027-01-31"))
                .body("status", equalTo("ACTIVE"))
                .body("owner", equalTo("fenna"))
                .body("targetGroup", equalTo("private donors who gave in the last two years"))
                .body("parentCampaignId", nullValue())
                .body("channel", nullValue())
                .extract().header("Location");

        String letter = createAppeal(location, code + "-L", "15000.00", "LETTER");
        String email = createAppeal(location, code + "-E", "5000.00", "EMAIL");

        given().auth().oauth2(TestTokens.forRoles("director"))
                .when().get(letter)
                .then().statusCode(200)
                .body("parentCampaignId", equalTo(idOf(location)))
                .body("channel", equalTo("LETTER"))
                .body("goal", equalTo("15000.00"))
                .body("status", equalTo("PLANNED"));
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .when().get(location + "/appeals")
                .then().statusCode(200)
                .body("id", contains(idOf(email), idOf(letter)))   // by code: -E before -L
                .body("channel", contains("EMAIL", "LETTER"));
        // the list shows campaigns, not their appeals
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .queryParam("size", 500)
                .when().get("/api/v1/campaigns")
                .then().statusCode(200)
                .body("items.id", hasItem(idOf(location)))
                .body("items.findAll { it.id == '%s' }".formatted(idOf(letter)), hasSize(0));
    }

    @Test
    void aFundraiserEditsACampaignAndTheTrailShowsWhoChangedWhat() {
        String code = uniqueCode("EJ");
        String location = createCampaign(code, "1000.00");
        given().auth().oauth2(TestTokens.forUser("anton", "admin"))
                .contentType(ContentType.JSON)
                .body(campaign(code, "1500.00", "2026-11-01", "2027-02-28"))
                .when().put(location)
                .then().statusCode(200)
                .body("goal", equalTo("1500.00"))
                .body("endDate", equalTo("2027-02-28"))
                .body("owner", equalTo("fenna"))
                .body("updatedBy", equalTo("anton"));
        given().auth().oauth2(TestTokens.forRoles("director"))
                .when().get(location + "/history")
                .then().statusCode(200)
                .body("action", contains("CREATED", "UPDATED"))
                .body("actor", contains("fenna", "anton"))
                .body("[1].before.goal", equalTo("1000.00"))
                .body("[1].after.goal", equalTo("1500.00"));
    }

    @Test
    void costsAreBookedPerCampaignAndAppealAndCanBeRemoved() {
        String location = createCampaign(uniqueCode("EJ"), "1000.00");
        String letter = createAppeal(location, uniqueCode("AP"), "500.00", "LETTER");
        String costLocation = given().auth().oauth2(TestTokens.forUser("femke", "finance"))
                .contentType(ContentType.JSON)
                .body("""
                        {"category":"PRINTING","amount":"412.50","costDate":"2026-10-20","description":"Drukwerk"}
                        """)
                .when().post(letter + "/costs")
                .then().statusCode(201)
                .body("category", equalTo("PRINTING"))
                .body("amount", equalTo("412.50"))
                .body("currency", equalTo("EUR"))
                .body("campaignId", equalTo(idOf(letter)))
                .body("recordedBy", equalTo("femke"))
                .extract().header("Location");
        given().auth().oauth2(TestTokens.forRoles("director"))
                .when().get(costLocation)
                .then().statusCode(200)
                .body("description", equalTo("Drukwerk"));
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .when().get(letter + "/costs")
                .then().statusCode(200)
                .body("amount", contains("412.50"));

        given().auth().oauth2(TestTokens.forRoles("director"))
                .when().delete(costLocation)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser("femke", "finance"))
                .when().delete(costLocation)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .when().get(letter + "/costs")
                .then().statusCode(200)
                .body("", hasSize(0));
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .when().get(letter + "/history")
                .then().statusCode(200)
                .body("action", contains("CREATED", "COST_RECORDED", "COST_REMOVED"))
                .body("[2].actor", equalTo("femke"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        String code = uniqueCode("EJ");
        long before = count();
        // a negative goal
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(campaign(code, "-0.01", "2026-11-01", "2027-01-31"))
                .when().post("/api/v1/campaigns")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("#/goal"));
        // an end before the start
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(campaign(code, "100.00", "2026-11-01", "2026-10-31"))
                .when().post("/api/v1/campaigns")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("#/endDate"));
        // an unknown status, a goal that is not money
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(campaign(code, "100.00", "2026-11-01", "2027-01-31").replace("ACTIVE", "RUNNING"))
                .when().post("/api/v1/campaigns")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/status"));
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(campaign(code, "lots", "2026-11-01", "2027-01-31"))
                .when().post("/api/v1/campaigns")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/goal"));
        // a campaign with a channel is an appeal: it belongs under a campaign
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(appeal(code, "100.00", "EMAIL"))
                .when().post("/api/v1/campaigns")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/channel"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anAppealNeedsAChannelAFreeCodeAndACampaignAboveIt() {
        String code = uniqueCode("EJ");
        String location = createCampaign(code, "1000.00");
        long before = count();
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(appeal(uniqueCode("AP"), "100.00", "EMAIL").replace("\"channel\":\"EMAIL\"", "\"channel\":null"))
                .when().post(location + "/appeals")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/channel"));
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(appeal(uniqueCode("AP"), "100.00", "FAX"))
                .when().post(location + "/appeals")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/channel"));
        // the campaign's own code is taken: codes are unique over campaigns and appeals
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(appeal(code, "100.00", "EMAIL"))
                .when().post(location + "/appeals")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("#/code"));
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(appeal(uniqueCode("AP"), "100.00", "EMAIL"))
                .when().post("/api/v1/campaigns/" + UUID.randomUUID() + "/appeals")
                .then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);

        String appealLocation = createAppeal(location, uniqueCode("AP"), "100.00", "ONLINE");
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(appeal(uniqueCode("AP"), "100.00", "EMAIL"))
                .when().post(appealLocation + "/appeals")
                .then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void aDuplicateCampaignCodeIsAConflict() {
        String code = uniqueCode("EJ");
        createCampaign(code, "1000.00");
        long before = count();
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(campaign(code, "10.00", "2026-01-01", "2026-01-01"))
                .when().post("/api/v1/campaigns")
                .then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyFundraisersAndAdminsWriteCampaignsAndEveryoneSignedInReads() {
        String location = createCampaign(uniqueCode("EJ"), "1000.00");
        for (String role : new String[] {"finance", "director"}) {
            given().auth().oauth2(TestTokens.forRoles(role))
                    .contentType(ContentType.JSON)
                    .body(campaign(uniqueCode("EJ"), "10.00", "2026-01-01", "2026-12-31"))
                    .when().post("/api/v1/campaigns")
                    .then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(TestTokens.forRoles(role))
                    .when().get(location)
                    .then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.forRoles("director"))
                .contentType(ContentType.JSON)
                .body("""
                        {"category":"POSTAGE","amount":"10.00","costDate":"2026-10-20"}
                        """)
                .when().post(location + "/costs")
                .then().statusCode(403);
        given().when().get(location).then().statusCode(401);
        given().auth().oauth2(TestTokens.forAudience("another-api", "fundraiser"))
                .when().get(location).then().statusCode(401);
    }

    @Test
    void aRepeatedCostWithTheSameIdempotencyKeyIsBookedOnce() {
        String location = createCampaign(uniqueCode("EJ"), "1000.00");
        String key = UUID.randomUUID().toString();
        String body = """
                {"category":"PLATFORM_FEES","amount":"19.95","costDate":"2026-11-30"}
                """;
        String first = given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(location + "/costs")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(location + "/costs")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .when().get(location + "/costs")
                .then().statusCode(200)
                .body("id", contains(first));
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body("""
                        {"category":"POSTAGE","amount":"0.00","costDate":"2026-11-30"}
                        """)
                .when().post(location + "/costs")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/amount"));
    }

    private long count() {
        return entityManager.createQuery("select count(c) from Campaign c", Long.class).getSingleResult()
                + entityManager.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult()
                + entityManager.createQuery("select count(o) from OutboxEvent o", Long.class).getSingleResult();
    }
}
