package org.donorcrm.gift.sepa;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.donorcrm.gift.sepa.SepaFixtures.OTHER_IBAN;
import static org.donorcrm.gift.sepa.SepaFixtures.dueIn;
import static org.donorcrm.gift.sepa.SepaFixtures.reference;
import static org.donorcrm.gift.sepa.SepaFixtures.run;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Mandates signed on the public donation page (issue 25): donor-service signs them with its own service identity
 * (role {@code mandate-signup}), for a campaign and appeal, and every collection records its gift there.
 */
@QuarkusTest
class OnlineSignupMandateTest {

    @Inject
    Replicas replicas;

    private String donorId;

    @BeforeEach
    void donorAndFunds() {
        replicas.standardFunds();
        donorId = replicas.individual();
    }

    private static String body(String donorId, String reference, LocalDate first, String campaignId,
                               String appealId) {
        return body(donorId, reference, "MONTHLY", first, campaignId, appealId);
    }

    private static String body(String donorId, String reference, String frequency, LocalDate first,
                               String campaignId, String appealId) {
        return """
                {"donorId":"%s","reference":"%s","signatureDate":"%s","debtorName":"J. Jansen",
                 "debtorIban":"%s","amount":"10.00","frequency":"%s","firstCollectionDate":"%s",
                 "campaignId":%s,"appealId":%s}
                """.formatted(donorId, reference, first.minusDays(1), OTHER_IBAN, frequency, first,
                campaignId == null ? "null" : "\"" + campaignId + "\"",
                appealId == null ? "null" : "\"" + appealId + "\"");
    }

    @Test
    void theServiceRoleMandateSignupSignsAFundraiserStillMayADirectorMayNot() {
        LocalDate first = dueIn(7);
        given().auth().oauth2(TestTokens.forUser("service-account-donor-service", "mandate-signup"))
                .contentType(ContentType.JSON).body(body(donorId, reference("DON"), first, null, null))
                .when().post("/api/v1/mandates")
                .then().statusCode(201)
                .body("createdBy", equalTo("service-account-donor-service"))
                .body("campaignId", nullValue());
        given().auth().oauth2(TestTokens.forUser("fenna", "fundraiser"))
                .contentType(ContentType.JSON).body(body(donorId, reference("DON"), first, null, null))
                .when().post("/api/v1/mandates")
                .then().statusCode(201);
        String refused = reference("DON");
        given().auth().oauth2(TestTokens.forUser("dirk", "director"))
                .contentType(ContentType.JSON).body(body(donorId, refused, first, null, null))
                .when().post("/api/v1/mandates")
                .then().statusCode(403);
        // the service role opens nothing else: not even the list of mandates
        given().auth().oauth2(TestTokens.forUser("service-account-donor-service", "mandate-signup"))
                .when().get("/api/v1/mandates")
                .then().statusCode(403);
        // the director's mandate was not stored: its reference is still free
        given().auth().oauth2(TestTokens.forUser("fenna", "fundraiser"))
                .contentType(ContentType.JSON).body(body(donorId, refused, first, null, null))
                .when().post("/api/v1/mandates")
                .then().statusCode(201);
    }

    @Test
    void theMandatesCampaignAndAppealAreCarriedToEveryCollectedGift() {
        String campaignId = replicas.campaign("DON-" + reference("C").substring(2), null);
        String appealId = replicas.campaign("DON-" + reference("A").substring(2), campaignId);
        LocalDate due = dueIn(10);
        String mandateId = given().auth().oauth2(TestTokens.forUser("service-account-donor-service", "mandate-signup"))
                .contentType(ContentType.JSON).body(body(donorId, reference("DON"), "YEARLY", due, null, appealId))
                .when().post("/api/v1/mandates")
                .then().statusCode(201)
                .body("campaignId", equalTo(campaignId))
                .body("appealId", equalTo(appealId))
                .extract().path("id");

        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("dueDate", due.toString())
                .when().get("/api/v1/collection-runs/preview")
                .then().statusCode(200)
                .body("count", equalTo(1))
                .body("total", equalTo("10.00"));
        run(due);

        String giftId = SepaFixtures.collection(mandateId, 0, "giftId");
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .when().get("/api/v1/gifts/" + giftId)
                .then().statusCode(200)
                .body("amount", equalTo("10.00"))
                .body("channel", equalTo("SEPA_DIRECT_DEBIT"))
                .body("campaignId", equalTo(campaignId))
                .body("appealId", equalTo(appealId));
    }

    @Test
    void anUnknownCampaignIsABrokenRuleAndNoMandateIsStored() {
        String ref = reference("DON");
        given().auth().oauth2(TestTokens.forUser("service-account-donor-service", "mandate-signup"))
                .contentType(ContentType.JSON)
                .body(body(donorId, ref, dueIn(7), "00000000-0000-4000-8000-000000000001", null))
                .when().post("/api/v1/mandates")
                .then().statusCode(422)
                .body("errors[0].pointer", equalTo("#/campaignId"));
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body(body(donorId, ref, dueIn(7), null, null))
                .when().post("/api/v1/mandates")
                .then().statusCode(201);
    }
}
