package org.donorcrm.donor.donor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.organisation;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DonorResourceTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aFundraiserRegistersAnIndividualAndReadsItBack() {
        String last = unique("Visser");
        String location = as("fundraiser")
                .body(individual("Anna", last, "1016gv".toUpperCase(), "anna@example.org", "nl91 abna 0417 1643 00"))
                .when().post("/api/v1/donors")
                .then().statusCode(201)
                .body("kind", equalTo("INDIVIDUAL"))
                .body("incomeCategory", equalTo("INDIVIDUALS"))
                .body("status", equalTo("ACTIVE"))
                .body("displayName", equalTo("Anna " + last))
                .body("postcode", equalTo("1016 GV"))
                .body("country", equalTo("NL"))
                .body("iban", equalTo("NL91ABNA0417164300"))
                .body("createdBy", equalTo("fundraiser-user"))
                .extract().header("Location");

        as("finance").when().get(location)
                .then().statusCode(200)
                .body("lastName", equalTo(last))
                .body("email", equalTo("anna@example.org"))
                .body("dateOfBirth", equalTo("1971-04-12"))
                .body("tags", contains("major-donor"))
                .body("owner", equalTo("fenna"));
    }

    @ParameterizedTest
    @CsvSource({"COMPANY,COMPANIES", "FOUNDATION,OTHER_NONPROFITS", "GOVERNMENT,GOVERNMENT_GRANTS",
            "EU_INSTITUTION,GOVERNMENT_GRANTS", "LOTTERY,LOTTERY_ORGANISATIONS",
            "AFFILIATED_NONPROFIT,AFFILIATED_NONPROFITS", "OTHER_NONPROFIT,OTHER_NONPROFITS"})
    void everyOrganisationKindIsRegisteredUnderItsIncomeCategory(String kind, String category) {
        as("fundraiser").body(organisation(kind, unique("Org ")))
                .when().post("/api/v1/donors")
                .then().statusCode(201)
                .body("kind", equalTo(kind))
                .body("incomeCategory", equalTo(category))
                .body("firstName", nullValue());
    }

    @Test
    void anInvalidIbanIsNamedAndNothingIsStored() {
        String last = unique("Invalid");
        long before = stored();
        as("fundraiser").body(individual("Bas", last, "1016 GV", null, "NL92ABNA0417164300"))
                .when().post("/api/v1/donors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("#/iban"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aBadPostcodeAnUnknownKindAndOverLongFieldsAreNamedAndNothingIsStored() {
        long before = stored();
        as("fundraiser").body(individual("Bas", unique("Postcode"), "0123 AB", null, null))
                .when().post("/api/v1/donors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("#/postcode"));
        as("fundraiser").body("{\"kind\":\"ALIEN\",\"lastName\":\"X\"}")
                .when().post("/api/v1/donors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("#/kind"));
        as("fundraiser").body("{\"kind\":\"INDIVIDUAL\",\"lastName\":\"" + "x".repeat(101) + "\",\"email\":\"not-mail\","
                        + "\"notes\":\"" + "n".repeat(4001) + "\"}")
                .when().post("/api/v1/donors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItems("#/lastName", "#/email", "#/notes"));
        as("fundraiser").body("{\"kind\":\"FOUNDATION\"}")
                .when().post("/api/v1/donors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("#/organisationName"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aDoubleSubmitWithTheSameIdempotencyKeyRegistersOneDonor() {
        String key = unique("entry-");
        String body = individual("Cor", unique("Twice"), null, null, null);
        long before = stored();
        String first = as("fundraiser").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/donors").then().statusCode(201).extract().path("id");
        String second = as("fundraiser").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/donors").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(stored()).isEqualTo(before + 1);
        as("fundraiser").header("Idempotency-Key", key).body(individual("Cor", "Other", null, null, null))
                .when().post("/api/v1/donors").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void anEditIsAuditedWithWhoWhenAndWhatAndOnlyAdminsSeeTheTrail() {
        String last = unique("Edit");
        String id = register(individual("Dirk", last, "3511 AB", "dirk@example.org", null));
        as("finance").body(individual("Dirk", last, "3511 AB", "dirk.new@example.org", null))
                .when().put("/api/v1/donors/" + id)
                .then().statusCode(200).body("email", equalTo("dirk.new@example.org"))
                .body("updatedBy", equalTo("finance-user"));

        as("admin").when().get("/api/v1/donors/" + id + "/audit-trail")
                .then().statusCode(200)
                .body("action", contains("REGISTERED", "UPDATED"))
                .body("[1].actor", equalTo("finance-user"))
                .body("[1].changes.field", contains("email"))
                .body("[1].changes[0].from", equalTo("dirk@example.org"))
                .body("[1].changes[0].to", equalTo("dirk.new@example.org"));
        for (String role : new String[] {"fundraiser", "finance", "director"}) {
            as(role).when().get("/api/v1/donors/" + id + "/audit-trail").then().statusCode(403);
        }
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefusedWith409() {
        String last = unique("Stale");
        String id = register(individual("Eva", last, null, null, null));
        int version = as("fundraiser").when().get("/api/v1/donors/" + id).then().extract().path("version");
        String changed = individual("Eva", last, null, "eva@example.org", null);
        String withVersion = changed.replace("\"kind\"", "\"version\":" + version + ",\"kind\"");
        as("fundraiser").body(withVersion).when().put("/api/v1/donors/" + id).then().statusCode(200);
        as("finance").body(withVersion.replace("eva@", "eve@")).when().put("/api/v1/donors/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        as("finance").when().get("/api/v1/donors/" + id).then().body("email", equalTo("eva@example.org"));
    }

    @Test
    void anUnknownDonorIs404AsAProblem() {
        as("fundraiser").when().get("/api/v1/donors/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void anInvalidSearchParameterIsNamed() {
        as("fundraiser").queryParam("kind", "ALIEN").when().get("/api/v1/donors")
                .then().statusCode(400).body("errors.pointer", hasItem("#/kind"));
        as("fundraiser").queryParam("lastGiftFrom", "2026-13-45").when().get("/api/v1/donors")
                .then().statusCode(400).body("errors.pointer", hasItem("#/lastGiftFrom"));
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(d) from Donor d", Long.class).getSingleResult());
    }
}
