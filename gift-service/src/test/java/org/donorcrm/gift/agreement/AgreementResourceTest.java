package org.donorcrm.gift.agreement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.donorcrm.gift.sepa.SepaFixtures;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TestTokens;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AgreementResourceTest {

    @Inject
    Replicas replicas;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String donorId;

    @BeforeEach
    void donor() {
        replicas.standardFunds();
        donorId = replicas.individual();
    }

    private static String agreement(String donorId, String number, String start, String end, String years,
                                    String mandateId) {
        return """
                {"donorId":"%s","transactionNumber":"%s","yearlyAmount":"150.00","startDate":"%s","endDate":%s,
                 "durationYears":%s,"signatureDate":"2025-12-15","mandateId":%s}
                """.formatted(donorId, number, start, end == null ? "null" : "\"" + end + "\"", years,
                mandateId == null ? "null" : "\"" + mandateId + "\"");
    }

    @Test
    void aFiveYearAgreementIsLinkedToTheDonorAndTheMandateThatPaysIt() {
        String mandateId = SepaFixtures.mandate(donorId, SepaFixtures.reference("PG"), "12.50", "MONTHLY",
                SepaFixtures.dueIn(24));
        String number = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(TestTokens.forUser("fenna", "fundraiser")).contentType(ContentType.JSON)
                // 1 Jan 2026 up to and including 31 Dec 2030: exactly five years
                .body(agreement(donorId, number, "2026-01-01", "2030-12-31", "null", mandateId))
                .when().post("/api/v1/agreements")
                .then().statusCode(201)
                .body("durationYears", equalTo(5))
                .body("mandateId", equalTo(mandateId))
                .body("transactionNumber", equalTo(number))
                .body("yearlyAmount", equalTo("150.00"))
                .extract().path("id");

        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("donorId", donorId)
                .when().get("/api/v1/agreements")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(id));

        List<TopicReader.Read> events = await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.find(
                bootstrapServers, "crm.gifts", r -> id.equals(r.header("ce_subject"))), l -> !l.isEmpty());
        assertThat(events.get(0).key()).isEqualTo(donorId);
        assertThat(events.get(0).header("ce_type")).isEqualTo(AgreementSigned.TYPE);
        assertThat(EventSchemas.errors(AgreementSigned.TYPE, events.get(0).value())).isEmpty();
        // the agreement's number travels with it: donor-service prints it on the annual statement
        JsonPath data = new JsonPath(events.get(0).value());
        assertThat(data.getString("transactionNumber")).isEqualTo(number);
        assertThat(data.getString("agreementId")).isEqualTo(id);
        assertThat(data.getString("mandateId")).isEqualTo(mandateId);
    }

    @Test
    void anAgreementUnderFiveYearsIsAProblemAndStoresNothing() {
        // 1 Jan 2026 to 30 Dec 2030 is one day short of five years
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(agreement(donorId, "PG-SHORT-1", "2026-01-01", "2030-12-30", "null", null))
                .when().post("/api/v1/agreements")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/endDate"));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(agreement(donorId, "PG-SHORT-2", "2026-01-01", null, "4", null))
                .when().post("/api/v1/agreements")
                .then().statusCode(422)
                .body("errors[0].pointer", equalTo("#/durationYears"));
        given().auth().oauth2(TestTokens.forRoles("finance")).queryParam("donorId", donorId)
                .when().get("/api/v1/agreements")
                .then().body("total", equalTo(0));
    }

    @Test
    void anOpenEndedAgreementOfFiveYearsOrMoreIsAccepted() {
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(agreement(donorId, "PG-" + UUID.randomUUID().toString().substring(0, 8), "2026-01-01", null, "5", null))
                .when().post("/api/v1/agreements")
                .then().statusCode(201).body("endDate", equalTo(null)).body("durationYears", equalTo(5));
    }

    @Test
    void aTransactionNumberInUseIsAConflictAndAnotherDonorsMandateIsRefused() {
        String number = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(agreement(donorId, number, "2026-01-01", null, "5", null))
                .when().post("/api/v1/agreements").then().statusCode(201);
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(agreement(donorId, number, "2026-01-01", null, "5", null))
                .when().post("/api/v1/agreements").then().statusCode(409);

        String stranger = replicas.individual();
        String theirMandate = SepaFixtures.mandate(stranger, SepaFixtures.reference("PG"), "5.00", "MONTHLY",
                SepaFixtures.dueIn(25));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(agreement(donorId, number + "-B", "2026-01-01", null, "5", theirMandate))
                .when().post("/api/v1/agreements").then().statusCode(422)
                .body("errors[0].pointer", equalTo("#/mandateId"));
        given().auth().oauth2(TestTokens.forRoles("director")).contentType(ContentType.JSON)
                .body(agreement(donorId, number + "-C", "2026-01-01", null, "5", null))
                .when().post("/api/v1/agreements").then().statusCode(403);
    }
}
