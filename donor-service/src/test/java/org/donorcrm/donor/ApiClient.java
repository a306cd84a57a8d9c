package org.donorcrm.donor;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.donorcrm.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Short ways for the tests to call the API as a role and to register donors. */
public final class ApiClient {

    private ApiClient() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forUser(role + "-user", role)).contentType(ContentType.JSON);
    }

    /** A unique word, so that tests sharing one database find only their own donors. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String individual(String first, String last, String postcode, String email, String iban) {
        return """
                {"kind":"INDIVIDUAL","firstName":"%s","lastName":"%s","street":"Prinsengracht","houseNumber":"263",
                 "postcode":%s,"city":"Amsterdam","email":%s,"phone":"+31 20 555 0101","iban":%s,
                 "dateOfBirth":"1971-04-12","preferredLanguage":"nl","owner":"fenna","tags":["major-donor"],
                 "notes":"Met at the annual dinner"}
                """.formatted(first, last, json(postcode), json(email), json(iban));
    }

    public static String organisation(String kind, String name) {
        return """
                {"kind":"%s","organisationName":"%s","postcode":"2511 CV","city":"Den Haag","owner":"fenna"}
                """.formatted(kind, name);
    }

    public static String register(String body) {
        return as("fundraiser").body(body).when().post("/api/v1/donors")
                .then().statusCode(201).extract().path("id");
    }

    /** Waits until the donor's giving summary counts this many gifts (the consumer is asynchronous). */
    public static void awaitGifts(String donorId, int numberOfGifts) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> Integer.valueOf(numberOfGifts).equals(as("fundraiser")
                        .when().get("/api/v1/donors/" + donorId + "/giving-summary")
                        .then().extract().path("numberOfGifts")));
    }

    /** A valid IBAN no other test uses (iban4j makes it, check digits included). */
    public static String freshIban(org.iban4j.CountryCode country) {
        return org.iban4j.Iban.random(country).toString();
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
