package org.donorcrm.donor.contact;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.organisation;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Contact persons belong to organisations. */
@QuarkusTest
class ContactPersonResourceTest {

    @Test
    void contactPersonsBelongToOrganisations() {
        String foundation = register(organisation("FOUNDATION", unique("Stichting ")));
        as("fundraiser").body("{\"name\":\"Mira Jong\",\"role\":\"programme officer\",\"email\":\"mira@fonds.example.org\"}")
                .when().post("/api/v1/donors/" + foundation + "/contact-persons")
                .then().statusCode(201).body("role", equalTo("programme officer"));
        as("finance").when().get("/api/v1/donors/" + foundation + "/contact-persons")
                .then().statusCode(200).body("name", contains("Mira Jong"));

        String person = register(individual("Nina", unique("Solo"), null, null, null));
        as("fundraiser").body("{\"name\":\"X\"}")
                .when().post("/api/v1/donors/" + person + "/contact-persons")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
