package org.donorcrm.campaign.fund;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.donorcrm.campaign.Fixtures.projectFund;
import static org.donorcrm.campaign.Fixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The fund catalogue: finance and admin write, everyone signed in reads; bad input changes nothing. */
@QuarkusTest
class FundResourceTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theStandardFundsAreThereFromTheStart() {
        given().auth().oauth2(TestTokens.forRoles("director"))
                .queryParam("earmarkClass", "PROGRAMME")
                .queryParam("size", 100)
                .when().get("/api/v1/funds")
                .then().statusCode(200)
                .body("items.code", hasItems("PRG-FAM", "PRG-HELP", "PRG-MIG", "PRG-SEX"))
                .body("items.find { it.code == 'PRG-HELP' }.name", equalTo("Kinderrechtenhelpdesk"))
                .body("page", equalTo(0))
                .body("size", equalTo(100));
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .queryParam("earmarkClass", "UNEARMARKED")
                .when().get("/api/v1/funds")
                .then().statusCode(200)
                .body("items.find { it.code == 'ALG' }.name", equalTo("Algemeen fonds"))
                .body("items.find { it.code == 'ALG' }.status", equalTo("ACTIVE"))
                .body("items.find { it.code == 'ALG' }.activeTo", nullValue());
    }

    @Test
    void financeDefinesAProjectFundAndEveryoneCanReadIt() {
        String code = uniqueCode("PRJ");
        String location = given().auth().oauth2(TestTokens.forUser("femke", "finance"))
                .contentType(ContentType.JSON)
                .body(projectFund(code, "2025-01-01", "2027-12-31"))
                .when().post("/api/v1/funds")
                .then().statusCode(201)
                .body("code", equalTo(code))
                .body("name", equalTo("Down to Zero"))
                .body("earmarkClass", equalTo("PROJECT"))
                .body("activeFrom", equalTo("2025-01-01"))
                .body("activeTo", equalTo("2027-12-31"))
                .body("funderDonorId", equalTo("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"))
                .body("status", equalTo("ACTIVE"))
                .body("createdBy", equalTo("femke"))
                .extract().header("Location");

        for (String role : new String[] {"fundraiser", "director", "admin", "finance"}) {
            given().auth().oauth2(TestTokens.forRoles(role))
                    .when().get(location)
                    .then().statusCode(200)
                    .body("code", equalTo(code));
        }
        given().auth().oauth2(TestTokens.forRoles("director"))
                .when().get(location + "/history")
                .then().statusCode(200)
                .body("action", contains("CREATED"))
                .body("[0].actor", equalTo("femke"))
                .body("[0].after.code", equalTo(code))
                .body("[0].before", nullValue());
    }

    @Test
    void anAdminMayEditAFundAndTheTrailShowsBeforeAndAfter() {
        String code = uniqueCode("PRJ");
        String location = createFund(code);
        given().auth().oauth2(TestTokens.forUser("anton", "admin"))
                .contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"CAPISCE","earmarkClass":"PROJECT","activeFrom":"2025-03-01"}
                        """.formatted(code))
                .when().put(location)
                .then().statusCode(200)
                .body("name", equalTo("CAPISCE"))
                .body("activeFrom", equalTo("2025-03-01"))
                .body("activeTo", nullValue())
                .body("funderDonorId", nullValue())
                .body("updatedBy", equalTo("anton"));

        given().auth().oauth2(TestTokens.forRoles("finance"))
                .when().get(location + "/history")
                .then().statusCode(200)
                .body("action", contains("CREATED", "UPDATED"))
                .body("[1].actor", equalTo("anton"))
                .body("[1].before.name", equalTo("Down to Zero"))
                .body("[1].after.name", equalTo("CAPISCE"));
    }

    @Test
    void closingAFundMarksItClosedAndCanBeRepeated() {
        String location = createFund(uniqueCode("PRJ"));
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.forUser("femke", "finance"))
                    .when().post(location + "/close")
                    .then().statusCode(200)
                    .body("status", equalTo("CLOSED"));
        }
        // the second close changed nothing, so it left no second entry
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .when().get(location + "/history")
                .then().statusCode(200)
                .body("action", contains("CREATED", "CLOSED"))
                .body("[1].before.status", equalTo("ACTIVE"))
                .body("[1].after.status", equalTo("CLOSED"));
        given().auth().oauth2(TestTokens.forRoles("director"))
                .queryParam("status", "CLOSED")
                .queryParam("size", 500)
                .when().get("/api/v1/funds")
                .then().statusCode(200)
                .body("items.id", hasItem(location.substring(location.lastIndexOf('/') + 1)));
    }

    @Test
    void aDuplicateCodeIsAConflictAndStoresNothing() {
        String code = uniqueCode("PRJ");
        createFund(code);
        long before = count();
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body(projectFund(code, "2025-01-01", null))
                .when().post("/api/v1/funds")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("#/code"));
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body(projectFund("ALG", "2025-01-01", null))
                .when().post("/api/v1/funds")
                .then().statusCode(409);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        long before = count();
        String code = uniqueCode("PRJ");
        // an end before the start
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body(projectFund(code, "2025-01-01", "2024-12-31"))
                .when().post("/api/v1/funds")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("#/activeTo"));
        // an earmark class that does not exist
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body(projectFund(code, "2025-01-01", null).replace("PROJECT", "SEMI"))
                .when().post("/api/v1/funds")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("#/earmarkClass"));
        // a lower-case code, no name, no start, a funder that is not an id
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body("""
                        {"code":"prj-x","earmarkClass":"PROJECT","funderDonorId":"Jansen"}
                        """)
                .when().post("/api/v1/funds")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("#/activeFrom", "#/code", "#/funderDonorId", "#/name"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyFinanceAndAdminMayWriteAndOnlySignedInUsersRead() {
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(projectFund(uniqueCode("PRJ"), "2025-01-01", null))
                .when().post("/api/v1/funds")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("director"))
                .when().post("/api/v1/funds/a1000000-0000-4000-8000-000000000001/close")
                .then().statusCode(403);
        given().when().get("/api/v1/funds")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.expired("finance")).when().get("/api/v1/funds")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.signedByForeignKey("finance")).when().get("/api/v1/funds")
                .then().statusCode(401);
    }

    @Test
    void anUnknownFundIs404() {
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .when().get("/api/v1/funds/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .when().post("/api/v1/funds/" + UUID.randomUUID() + "/close")
                .then().statusCode(404);
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOneFund() {
        String code = uniqueCode("PRJ");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(TestTokens.forRoles("finance"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(projectFund(code, "2025-01-01", null))
                .when().post("/api/v1/funds")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(projectFund(code, "2025-01-01", null))
                .when().post("/api/v1/funds")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        // the same key for another request is refused
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(projectFund(uniqueCode("PRJ"), "2025-01-01", null))
                .when().post("/api/v1/funds")
                .then().statusCode(422)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .queryParam("size", 500)
                .when().get("/api/v1/funds")
                .then().statusCode(200)
                .body("items.findAll { it.code == '%s' }".formatted(code), hasSize(1));
    }

    @Test
    void theListIsPagedByCode() {
        // five standard funds at least, by code: ALG first
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .queryParam("size", 2)
                .queryParam("page", 0)
                .when().get("/api/v1/funds")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].code", equalTo("ALG"))
                .body("size", equalTo(2));
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .queryParam("size", 0)
                .when().get("/api/v1/funds")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String createFund(String code) {
        return given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body(projectFund(code, "2025-01-01", "2027-12-31"))
                .when().post("/api/v1/funds")
                .then().statusCode(201)
                .extract().header("Location");
    }

    private long count() {
        return entityManager.createQuery("select count(f) from Fund f", Long.class).getSingleResult()
                + entityManager.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult()
                + entityManager.createQuery("select count(o) from OutboxEvent o", Long.class).getSingleResult();
    }
}
