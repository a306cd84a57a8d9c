package org.donorcrm.gift.batch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.donorcrm.gift.gift.GiftRepository;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class BatchResourceTest {

    @Inject
    Replicas replicas;

    @Inject
    GiftRepository gifts;

    private String donorA;
    private String donorB;

    @BeforeEach
    void donors() {
        replicas.standardFunds();
        donorA = replicas.individual();
        donorB = replicas.individual();
    }

    /** Three gifts: 10.00 + 20.50 + 69.50 = 100.00. */
    private String batch(int controlCount, String controlTotal) {
        return """
                {"controlCount":%d,"controlTotal":"%s","gifts":[
                  {"donorId":"%s","amount":"10.00","incomeDate":"2026-04-01"},
                  {"donorId":"%s","amount":"20.50","incomeDate":"2026-04-01"},
                  {"donorId":"%s","amount":"69.50","incomeDate":"2026-04-02",
                   "allocations":[{"fundCode":"PRG-MIG","amount":"69.50"}]}]}
                """.formatted(controlCount, controlTotal, donorA, donorB, donorA);
    }

    @Test
    void aBatchWhoseCountAndTotalMatchPostsAllItsGifts() {
        String location = given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(batch(3, "100.00"))
                .when().post("/api/v1/gift-batches")
                .then().statusCode(201)
                .body("controlCount", equalTo(3))
                .body("controlTotal", equalTo("100.00"))
                .body("giftIds", hasSize(3))
                .extract().header("Location");
        given().auth().oauth2(TestTokens.forRoles("finance")).when().get(location)
                .then().statusCode(200).body("giftIds", hasSize(3));
        assertThat(giftsOf(donorA)).isEqualTo(2);
        assertThat(giftsOf(donorB)).isEqualTo(1);
    }

    @Test
    void aBatchWhoseControlTotalIsOffByOneCentPostsNothing() {
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(batch(3, "100.01"))
                .when().post("/api/v1/gift-batches")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/controlTotal"))
                .body("detail", equalTo("the gifts add up to 100.00, the control total is 100.01"));
        assertThat(giftsOf(donorA) + giftsOf(donorB)).isZero();
    }

    @Test
    void aBatchWhoseControlCountIsOffPostsNothing() {
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body(batch(4, "100.00"))
                .when().post("/api/v1/gift-batches")
                .then().statusCode(422)
                .body("errors[0].pointer", equalTo("#/controlCount"));
        assertThat(giftsOf(donorA) + giftsOf(donorB)).isZero();
    }

    @Test
    void oneBadGiftInABatchPostsNothingAndIsNamed() {
        String stranger = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("""
                        {"controlCount":2,"controlTotal":"30.00","gifts":[
                          {"donorId":"%s","amount":"10.00","incomeDate":"2026-04-01"},
                          {"donorId":"%s","amount":"20.00","incomeDate":"2026-04-01"}]}
                        """.formatted(donorA, stranger))
                .when().post("/api/v1/gift-batches")
                .then().statusCode(422)
                .body("errors[0].pointer", equalTo("#/gifts/1/donorId"));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("""
                        {"controlCount":2,"controlTotal":"30.00","gifts":[
                          {"donorId":"%s","amount":"10.00","incomeDate":"2026-04-01"},
                          {"donorId":"%s","amount":"20.001","incomeDate":"2026-04-01"}]}
                        """.formatted(donorA, donorB))
                .when().post("/api/v1/gift-batches")
                .then().statusCode(400)
                .body("errors[0].pointer", equalTo("#/gifts/1/amount"));
        assertThat(giftsOf(donorA) + giftsOf(donorB)).isZero();
    }

    @Test
    void aBatchSubmittedTwiceWithItsKeyIsPostedOnce() {
        String key = "batch-" + UUID.randomUUID();
        String first = given().auth().oauth2(TestTokens.forRoles("finance")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(batch(3, "100.00"))
                .when().post("/api/v1/gift-batches").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(TestTokens.forRoles("finance")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(batch(3, "100.00"))
                .when().post("/api/v1/gift-batches").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(giftsOf(donorA) + giftsOf(donorB)).isEqualTo(3);
    }

    @Test
    void aDirectorMayNotPostBatches() {
        given().auth().oauth2(TestTokens.forRoles("director")).contentType(ContentType.JSON)
                .body(batch(3, "100.00"))
                .when().post("/api/v1/gift-batches")
                .then().statusCode(403);
    }

    private long giftsOf(String donor) {
        return QuarkusTransaction.requiringNew().call(() -> gifts.count("donorId", donor));
    }
}
