package org.donorcrm.donor.consent;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Consent per channel and purpose, with its source and withdrawal. */
@QuarkusTest
class ConsentResourceTest {

    @Test
    void consentIsKeptPerChannelAndPurposeWithSourceAndItsWithdrawal() {
        String id = register(individual("Fleur", unique("Consent"), null, null, null));
        as("fundraiser").body("{\"channel\":\"EMAIL\",\"purpose\":\"NEWSLETTER\",\"granted\":true,\"source\":\"web form\"}")
                .when().post("/api/v1/donors/" + id + "/consents")
                .then().statusCode(201).body("granted", equalTo(true)).body("recordedBy", equalTo("fundraiser-user"));
        as("finance").body("{\"channel\":\"EMAIL\",\"purpose\":\"NEWSLETTER\",\"granted\":false,\"source\":\"unsubscribe link\"}")
                .when().post("/api/v1/donors/" + id + "/consents").then().statusCode(201);
        as("fundraiser").body("{\"channel\":\"POST\",\"purpose\":\"FUNDRAISING\",\"granted\":true,\"source\":\"reply card\"}")
                .when().post("/api/v1/donors/" + id + "/consents").then().statusCode(201);

        as("fundraiser").when().get("/api/v1/donors/" + id + "/consents")
                .then().statusCode(200)
                // 3 channels × 2 purposes
                .body("current", hasSize(6))
                .body("current.find { it.channel == 'EMAIL' && it.purpose == 'NEWSLETTER' }.granted", equalTo(false))
                .body("current.find { it.channel == 'EMAIL' && it.purpose == 'NEWSLETTER' }.source",
                        equalTo("unsubscribe link"))
                .body("current.find { it.channel == 'POST' && it.purpose == 'FUNDRAISING' }.granted", equalTo(true))
                .body("current.find { it.channel == 'PHONE' && it.purpose == 'FUNDRAISING' }.granted", equalTo(false))
                .body("history.source", contains("web form", "unsubscribe link", "reply card"));

        as("fundraiser").body("{\"channel\":\"FAX\",\"purpose\":\"NEWSLETTER\",\"granted\":true,\"source\":\"x\"}")
                .when().post("/api/v1/donors/" + id + "/consents")
                .then().statusCode(400).body("errors[0].pointer", equalTo("#/channel"));
    }
}
