package org.donorcrm.gift.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.donorcrm.gift.Gift;
import org.donorcrm.gift.event.OutboxEvent;
import org.donorcrm.gift.repository.GiftRepository;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class GiftResourceTest {

    @Inject
    GiftRepository gifts;

    @Inject
    EntityManager entityManager;

    private static String gift(String donorId, String amount, String earmarkClass) {
        return """
                {"donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"2026-03-14","earmarkClass":"%s"}
                """.formatted(donorId, amount, earmarkClass);
    }

    @Test
    void aFundraiserRecordsAGiftAndGetsItsLocation() {
        String donorId = UUID.randomUUID().toString();
        String location = given().auth().oauth2(TestTokens.forUser("fenna", "fundraiser"))
                .contentType(ContentType.JSON)
                .body(gift(donorId, "100.00", "PROJECT"))
                .when().post("/api/v1/gifts")
                .then().statusCode(201)
                .body("donorId", equalTo(donorId))
                .body("amount", equalTo("100.00"))
                .body("currency", equalTo("EUR"))
                .body("incomeDate", equalTo("2026-03-14"))
                .body("receivedDate", equalTo("2026-03-14"))
                .body("channel", equalTo("BANK_TRANSFER"))
                .body("allocations", hasSize(1))
                .body("allocations[0].earmarkClass", equalTo("PROJECT"))
                .body("allocations[0].amount", equalTo("100.00"))
                .body("recordedBy", equalTo("fenna"))
                .extract().header("Location");

        given().auth().oauth2(TestTokens.forRoles("director"))
                .when().get(location)
                .then().statusCode(200)
                .body("amount", equalTo("100.00"));
    }

    @Test
    void financeMaySplitAGiftOverEarmarkClasses() {
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"250.00","incomeDate":"2026-01-02","channel":"ONLINE",
                         "allocations":[{"earmarkClass":"UNEARMARKED","amount":"150.00"},
                                        {"earmarkClass":"PROGRAMME","fundCode":"PRG-MIG","amount":"100.00"}]}
                        """.formatted(UUID.randomUUID()))
                .when().post("/api/v1/gifts")
                .then().statusCode(201)
                .body("allocations", hasSize(2))
                .body("allocations[1].fundCode", equalTo("PRG-MIG"))
                .body("allocations[1].amount", equalTo("100.00"));
    }

    @Test
    void withoutATokenRecordingIsRefusedWith401() {
        given().contentType(ContentType.JSON)
                .body(gift(UUID.randomUUID().toString(), "10.00", "UNEARMARKED"))
                .when().post("/api/v1/gifts")
                .then().statusCode(401);
    }

    @Test
    void aDirectorMayNotRecordGifts() {
        String donorId = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.forRoles("director"))
                .contentType(ContentType.JSON)
                .body(gift(donorId, "10.00", "UNEARMARKED"))
                .when().post("/api/v1/gifts")
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(giftsOf(donorId)).isZero();
    }

    @Test
    void tokensThatAreNotOursAreRefused() {
        String body = gift(UUID.randomUUID().toString(), "10.00", "UNEARMARKED");
        for (String token : new String[] {TestTokens.expired("finance"), TestTokens.signedByForeignKey("finance"),
                TestTokens.forAudience("another-api", "finance"), TestTokens.unsigned("finance")}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/gifts")
                    .then().statusCode(401);
        }
    }

    @Test
    void anAmountWithThreeDecimalsIsAProblemAndStoresNothing() {
        String donorId = UUID.randomUUID().toString();
        long eventsBefore = outboxEvents();
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(gift(donorId, "10.005", "UNEARMARKED"))
                .when().post("/api/v1/gifts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.pointer", hasItem("#/amount"))
                .body("errors.detail", hasItem(containsString("2 decimals")));
        assertThat(giftsOf(donorId)).isZero();
        assertThat(outboxEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void zeroNegativeAndMissingFieldsAreNamed() {
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body("{\"donorId\":\"not-a-uuid\",\"amount\":\"-5.00\"}")
                .when().post("/api/v1/gifts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("#/donorId"))
                .body("errors.pointer", hasItem("#/amount"))
                .body("errors.pointer", hasItem("#/incomeDate"));
    }

    @Test
    void anUnknownEarmarkClassIsAProblem() {
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .contentType(ContentType.JSON)
                .body(gift(UUID.randomUUID().toString(), "10.00", "SOMETIMES"))
                .when().post("/api/v1/gifts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/earmarkClass"));
    }

    @Test
    void allocationsThatMissTheAmountByOneCentStoreNothing() {
        String donorId = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"100.00","incomeDate":"2026-01-02",
                         "allocations":[{"earmarkClass":"UNEARMARKED","amount":"60.00"},
                                        {"earmarkClass":"PROJECT","amount":"39.99"}]}
                        """.formatted(donorId))
                .when().post("/api/v1/gifts")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/allocations"))
                .body("detail", equalTo("allocations add up to 99.99, the gift is 100.00"));
        assertThat(giftsOf(donorId)).isZero();
    }

    @Test
    void aDoubleSubmitWithTheSameIdempotencyKeyRecordsOneGift() {
        String donorId = UUID.randomUUID().toString();
        String key = "entry-" + UUID.randomUUID();
        long eventsBefore = outboxEvents();
        String first = given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(gift(donorId, "25.00", "UNEARMARKED"))
                .when().post("/api/v1/gifts")
                .then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(gift(donorId, "25.00", "UNEARMARKED"))
                .when().post("/api/v1/gifts")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(giftsOf(donorId)).isEqualTo(1);
        assertThat(outboxEvents()).isEqualTo(eventsBefore + 1);

        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(gift(donorId, "26.00", "UNEARMARKED"))
                .when().post("/api/v1/gifts")
                .then().statusCode(422).contentType("application/problem+json");
        assertThat(giftsOf(donorId)).isEqualTo(1);
    }

    private long giftsOf(String donorId) {
        return QuarkusTransaction.requiringNew().call(() -> gifts.count("donorId", donorId));
    }

    private long outboxEvents() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e", Long.class).getSingleResult());
    }

    @SuppressWarnings("unused")
    private static Class<?>[] entities() {
        return new Class<?>[] {Gift.class, OutboxEvent.class};
    }
}
