package org.donorcrm.gift.sepa;

import io.restassured.http.ContentType;
import org.donorcrm.testing.TestTokens;

import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;

/**
 * Mandates for the tests. Collection dates lie in today + 2 … today + 29 days, one offset per test, so that runs
 * of different tests never share a due date (a monthly schedule's next date is beyond that window).
 */
public final class SepaFixtures {

    public static final String VALID_IBAN = "NL91ABNA0417164300";
    public static final String OTHER_IBAN = "NL02ABNA0123456789";

    private SepaFixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    public static LocalDate dueIn(int days) {
        return today().plusDays(days);
    }

    public static String mandateJson(String donorId, String reference, String amount, String frequency,
                                     LocalDate first) {
        return """
                {"donorId":"%s","reference":"%s","signatureDate":"%s","debtorName":"A. de Vries",
                 "debtorIban":"%s","amount":"%s","frequency":"%s","firstCollectionDate":"%s"}
                """.formatted(donorId, reference, first.minusDays(1), OTHER_IBAN, amount, frequency, first);
    }

    /** Signs a mandate as a fundraiser; returns its id. */
    public static String mandate(String donorId, String reference, String amount, String frequency, LocalDate first) {
        return given().auth().oauth2(TestTokens.forUser("fenna", "fundraiser")).contentType(ContentType.JSON)
                .body(mandateJson(donorId, reference, amount, frequency, first))
                .when().post("/api/v1/mandates")
                .then().statusCode(201).extract().path("id");
    }

    /** Generates the collection run of a due date as finance; returns the run id. */
    public static String run(LocalDate due) {
        return given().auth().oauth2(TestTokens.forUser("femke", "finance")).contentType(ContentType.JSON)
                .body("{\"dueDate\":\"" + due + "\"}")
                .when().post("/api/v1/collection-runs")
                .then().statusCode(201)
                .body("sequenceType", org.hamcrest.Matchers.equalTo("RCUR"))
                .extract().path("id");
    }

    /** A field of a mandate's collection, newest due date first. */
    public static String collection(String mandateId, int index, String field) {
        return given().auth().oauth2(TestTokens.forRoles("finance"))
                .when().get("/api/v1/mandates/" + mandateId + "/collections")
                .then().statusCode(200).extract().path("[" + index + "]." + field);
    }

    public static String reference(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
