package org.donorcrm.gift.gift;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.support.Replicas;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

    @Inject
    Replicas replicas;

    private String donorId;

    @BeforeEach
    void knownDonorAndFunds() {
        replicas.standardFunds();
        donorId = replicas.individual();
    }

    static String gift(String donorId, String amount, String earmarkClass) {
        return """
                {"donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"2026-03-14","earmarkClass":"%s"}
                """.formatted(donorId, amount, earmarkClass);
    }

    @Test
    void aFundraiserRecordsAGiftToTheDefaultUnearmarkedFundAndGetsItsLocation() {
        String location = given().auth().oauth2(TestTokens.forUser("fenna", "fundraiser"))
                .contentType(ContentType.JSON)
                .body(gift(donorId, "100.00", "UNEARMARKED"))
                .when().post("/api/v1/gifts")
                .then().statusCode(201)
                .body("donorId", equalTo(donorId))
                .body("amount", equalTo("100.00"))
                .body("currency", equalTo("EUR"))
                .body("incomeDate", equalTo("2026-03-14"))
                .body("receivedDate", equalTo("2026-03-14"))
                .body("channel", equalTo("BANK_TRANSFER"))
                .body("status", equalTo("RECORDED"))
                .body("allocations", hasSize(1))
                .body("allocations[0].earmarkClass", equalTo("UNEARMARKED"))
                .body("allocations[0].fundCode", equalTo("ALG"))
                .body("allocations[0].amount", equalTo("100.00"))
                .body("recordedBy", equalTo("fenna"))
                .extract().header("Location");

        given().auth().oauth2(TestTokens.forRoles("director"))
                .when().get(location)
                .then().statusCode(200)
                .body("amount", equalTo("100.00"));
    }

    @Test
    void financeSplitsAGiftOverFundsWhoseEarmarkClassFollowsFromTheFund() {
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"250.00","incomeDate":"2026-01-02","channel":"ONLINE",
                         "allocations":[{"fundCode":"ALG","amount":"150.00"},
                                        {"fundCode":"PRG-MIG","amount":"100.00"}]}
                        """.formatted(donorId))
                .when().post("/api/v1/gifts")
                .then().statusCode(201)
                .body("allocations", hasSize(2))
                .body("allocations[0].earmarkClass", equalTo("UNEARMARKED"))
                .body("allocations[1].earmarkClass", equalTo("PROGRAMME"))
                .body("allocations[1].fundCode", equalTo("PRG-MIG"))
                .body("allocations[1].amount", equalTo("100.00"));
    }

    @Test
    void aDonorsGiftListShowsOnlyTheirGiftsWithTheTotal() {
        for (String amount : new String[] {"10.00", "20.00", "30.00"}) {
            given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                    .body(gift(donorId, amount, "UNEARMARKED"))
                    .when().post("/api/v1/gifts").then().statusCode(201);
        }
        given().auth().oauth2(TestTokens.forRoles("fundraiser"))
                .queryParam("donorId", donorId).queryParam("size", 2)
                .when().get("/api/v1/gifts")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items", hasSize(2))
                .body("size", equalTo(2));
    }

    @Test
    void giftsInKindNeedADescriptionAndCountAtFairValue() {
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"1200.00","incomeDate":"2026-02-01","channel":"PRO_BONO"}
                        """.formatted(donorId))
                .when().post("/api/v1/gifts")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/description"));
        given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"1200.00","incomeDate":"2026-02-01","channel":"PRO_BONO",
                         "description":"Legal advice, 8 hours at fair value"}
                        """.formatted(donorId))
                .when().post("/api/v1/gifts")
                .then().statusCode(201)
                .body("channel", equalTo("PRO_BONO"))
                .body("description", equalTo("Legal advice, 8 hours at fair value"))
                .body("amount", equalTo("1200.00"));
    }

    @Test
    void withoutATokenRecordingIsRefusedWith401() {
        given().contentType(ContentType.JSON)
                .body(gift(donorId, "10.00", "UNEARMARKED"))
                .when().post("/api/v1/gifts")
                .then().statusCode(401);
    }

    @Test
    void aDirectorMayNotRecordGifts() {
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
        String body = gift(donorId, "10.00", "UNEARMARKED");
        for (String token : new String[] {TestTokens.expired("finance"), TestTokens.signedByForeignKey("finance"),
                TestTokens.forAudience("another-api", "finance"), TestTokens.unsigned("finance")}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/gifts")
                    .then().statusCode(401);
        }
        assertThat(giftsOf(donorId)).isZero();
    }

    @Test
    void anAmountWithThreeDecimalsIsAProblemAndStoresNothing() {
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
                .body(gift(donorId, "10.00", "SOMETIMES"))
                .when().post("/api/v1/gifts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/earmarkClass"));
    }

    @Test
    void anUnknownDonorIsAProblemAndStoresNothing() {
        String stranger = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body(gift(stranger, "10.00", "UNEARMARKED"))
                .when().post("/api/v1/gifts")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/donorId"))
                .body("detail", equalTo("unknown donor " + stranger));
        assertThat(giftsOf(stranger)).isZero();
    }

    @Test
    void unknownAndClosedFundsAndProgrammeMoneyWithoutAFundAreProblems() {
        String[][] cases = {
                {"{\"fundCode\":\"PRJ-NOPE\",\"amount\":\"10.00\"}", "#/allocations/0/fundCode", "unknown fund PRJ-NOPE"},
                {"{\"fundCode\":\"PRJ-OLD\",\"amount\":\"10.00\"}", "#/allocations/0/fundCode",
                        "fund PRJ-OLD is closed or not active on 2026-03-14"},
                {"{\"earmarkClass\":\"PROGRAMME\",\"amount\":\"10.00\"}", "#/allocations/0/fundCode",
                        "a programme-earmarked allocation needs a fund code"},
                {"{\"earmarkClass\":\"PROGRAMME\",\"fundCode\":\"PRJ-DTZ\",\"amount\":\"10.00\"}",
                        "#/allocations/0/earmarkClass", "fund PRJ-DTZ is PROJECT, not PROGRAMME"}};
        for (String[] c : cases) {
            given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                    .body("""
                            {"donorId":"%s","amount":"10.00","incomeDate":"2026-03-14","allocations":[%s]}
                            """.formatted(donorId, c[0]))
                    .when().post("/api/v1/gifts")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].pointer", equalTo(c[1]))
                    .body("detail", equalTo(c[2]));
        }
        assertThat(giftsOf(donorId)).isZero();
    }

    @Test
    void allocationsThatMissTheAmountByOneCentStoreNothing() {
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"100.00","incomeDate":"2026-01-02",
                         "allocations":[{"fundCode":"ALG","amount":"60.00"},
                                        {"fundCode":"PRJ-DTZ","amount":"39.99"}]}
                        """.formatted(donorId))
                .when().post("/api/v1/gifts")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/allocations"))
                .body("detail", equalTo("allocations add up to 99.99, the gift is 100.00"));
        assertThat(giftsOf(donorId)).isZero();
    }

    @Test
    void aGiftCanBeAttributedToAnAppealWhichImpliesItsCampaign() {
        String campaignId = replicas.campaign("YE-2026", null);
        String appealId = replicas.campaign("YE-2026-LETTER", campaignId);
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"40.00","incomeDate":"2026-12-01","appealId":"%s"}
                        """.formatted(donorId, appealId))
                .when().post("/api/v1/gifts")
                .then().statusCode(201)
                .body("campaignId", equalTo(campaignId))
                .body("appealId", equalTo(appealId));
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body("""
                        {"donorId":"%s","amount":"40.00","incomeDate":"2026-12-01","campaignId":"%s"}
                        """.formatted(donorId, UUID.randomUUID()))
                .when().post("/api/v1/gifts")
                .then().statusCode(422)
                .body("errors[0].pointer", equalTo("#/campaignId"));
    }

    @Test
    void aGiftForAMergedDonorGoesToTheSurvivorAndEarlierGiftsMoveWithTheMerge() {
        String survivor = replicas.individual();
        String giftId = given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body(gift(donorId, "15.00", "UNEARMARKED"))
                .when().post("/api/v1/gifts").then().statusCode(201).extract().path("id");

        replicas.merge(survivor, donorId);

        given().auth().oauth2(TestTokens.forRoles("fundraiser")).when().get("/api/v1/gifts/" + giftId)
                .then().statusCode(200).body("donorId", equalTo(survivor));
        given().auth().oauth2(TestTokens.forRoles("fundraiser")).contentType(ContentType.JSON)
                .body(gift(donorId, "5.00", "UNEARMARKED"))
                .when().post("/api/v1/gifts")
                .then().statusCode(201).body("donorId", equalTo(survivor));
        assertThat(giftsOf(survivor)).isEqualTo(2);
        assertThat(giftsOf(donorId)).isZero();
    }

    @Test
    void aDoubleSubmitWithTheSameIdempotencyKeyRecordsOneGift() {
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

    private long giftsOf(String donor) {
        return QuarkusTransaction.requiringNew().call(() -> gifts.count("donorId", donor));
    }

    private long outboxEvents() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e", Long.class).getSingleResult());
    }
}
