package org.donorcrm.campaign;

import io.restassured.http.ContentType;
import org.donorcrm.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Request bodies and steps the tests share: funds, campaigns and appeals, each with a code of its own. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A code no other test uses, e.g. PRJ-1A2B3C. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    public static String projectFund(String code, String activeFrom, String activeTo) {
        return """
                {"code":"%s","name":"Down to Zero","earmarkClass":"PROJECT","activeFrom":"%s","activeTo":%s,
                 "funderDonorId":"6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"}
                """.formatted(code, activeFrom, activeTo == null ? "null" : "\"" + activeTo + "\"");
    }

    public static String campaign(String code, String goal, String start, String end) {
        return """
                {"code":"%s","name":"Eindejaarsactie","goal":"%s","currency":"EUR","startDate":"%s","endDate":"%s",
                 "status":"ACTIVE","targetGroup":"private donors who gave in the last two years"}
                """.formatted(code, goal, start, end);
    }

    public static String appeal(String code, String goal, String channel) {
        return """
                {"code":"%s","name":"Brief november","goal":"%s","startDate":"2026-11-01","endDate":"2026-12-31",
                 "channel":"%s"}
                """.formatted(code, goal, channel);
    }

    /** Creates a campaign as a fundraiser; returns its Location. */
    public static String createCampaign(String code, String goal) {
        return given().auth().oauth2(TestTokens.forUser("fenna", "fundraiser"))
                .contentType(ContentType.JSON)
                .body(campaign(code, goal, "2026-11-01", "2027-01-31"))
                .when().post("/api/v1/campaigns")
                .then().statusCode(201)
                .extract().header("Location");
    }

    /** Adds an appeal under the campaign at {@code campaignLocation}; returns the appeal's Location. */
    public static String createAppeal(String campaignLocation, String code, String goal, String channel) {
        return given().auth().oauth2(TestTokens.forUser("fenna", "fundraiser"))
                .contentType(ContentType.JSON)
                .body(appeal(code, goal, channel))
                .when().post(campaignLocation + "/appeals")
                .then().statusCode(201)
                .extract().header("Location");
    }

    public static String idOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
