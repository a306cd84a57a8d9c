package org.donorcrm.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/**
 * Where the stack under test is (system properties {@code crm.e2e.*}, defaults: the local stack of deploy/local/up)
 * and a person's access token from its Keycloak (password grant of the CLI client), for the end-to-end tests.
 */
final class E2eStack {

    static final String KEYCLOAK_URL = property("crm.e2e.keycloak-url", "http://127.0.0.1:8180/realms/donor-crm");
    static final String DONOR_URL = property("crm.e2e.donor-url", "http://127.0.0.1:8081");
    static final String GIFT_URL = property("crm.e2e.gift-url", "http://127.0.0.1:8082");
    /** The local stack's mail server's inbox API (GreenMail). */
    static final String INBOX_URL = property("crm.e2e.mail-url", "http://127.0.0.1:8085");
    static final String PASSWORD = property("crm.e2e.password", "demo");

    private E2eStack() {
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** An access token of the demo user {@code user} (fundraiser, finance, director, admin). */
    static String token(String user) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", property("crm.e2e.client-id", "crm-cli"))
                .formParam("username", user).formParam("password", PASSWORD)
                .when().post(KEYCLOAK_URL + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
