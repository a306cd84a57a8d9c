package org.donorcrm.donor.giving;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.donorcrm.donor.ApiClient;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The giving summary on each donor, kept up to date from crm.gifts. */
@QuarkusTest
class GivingSummaryConsumerTest {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
    private static final int LAST_YEAR = THIS_YEAR - 1;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private GiftEvents gifts;

    @BeforeEach
    void connect() {
        gifts = new GiftEvents(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        gifts.close();
    }

    @Test
    void giftsOfThisYearAndLastYearMakeTheSummary() {
        String donor = register(individual("Hanna", unique("Gift"), null, null, null));
        gifts.recorded(donor, "40.00", LAST_YEAR + "-11-03", "BANK_TRANSFER");
        gifts.recorded(donor, "250.00", THIS_YEAR + "-01-02", "ONLINE");
        gifts.recorded(donor, "15.50", THIS_YEAR + "-01-01", "SEPA_DIRECT_DEBIT");

        // this year: 250.00 + 15.50 = 265.50; last year: 40.00; three gifts
        awaitSummary(donor, 3)
                .body("currency", equalTo("EUR"))
                .body("totalThisYear", equalTo("265.50"))
                .body("totalLastYear", equalTo("40.00"))
                .body("firstGift.date", equalTo(LAST_YEAR + "-11-03"))
                .body("firstGift.amount", equalTo("40.00"))
                .body("lastGift.date", equalTo(THIS_YEAR + "-01-02"))
                .body("lastGift.amount", equalTo("250.00"))
                .body("largestGift.amount", equalTo("250.00"))
                .body("activeRecurringGift", equalTo(true));
    }

    @Test
    void aReversalLowersTheTotalAndTheCountAndAReallocationChangesNothing() {
        String donor = register(individual("Ids", unique("Reversal"), null, null, null));
        String big = gifts.recorded(donor, "500.00", THIS_YEAR + "-01-01", "BANK_TRANSFER");
        gifts.recorded(donor, "20.00", THIS_YEAR + "-01-01", "BANK_TRANSFER");
        awaitSummary(donor, 2).body("totalThisYear", equalTo("520.00"));

        gifts.reallocated(big, donor, "500.00", THIS_YEAR + "-01-01");
        gifts.reversed(big, donor, "500.00", THIS_YEAR + "-01-01", THIS_YEAR + "-01-01");
        // 520.00 − 500.00 = 20.00; one gift left, which is now also the largest
        awaitSummary(donor, 1)
                .body("totalThisYear", equalTo("20.00"))
                .body("largestGift.amount", equalTo("20.00"))
                .body("activeRecurringGift", equalTo(false));
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        String donor = register(individual("Jet", unique("Twice"), null, null, null));
        String giftId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String data = GiftEvents.recordedData(giftId, donor, "70.00", THIS_YEAR + "-01-01", "CASH");
        gifts.publisher().publish(GiftEvents.TOPIC, donor, eventId, "crm.gift.recorded.v1", giftId, data);
        gifts.publisher().publish(GiftEvents.TOPIC, donor, eventId, "crm.gift.recorded.v1", giftId, data);
        // a later gift on the same partition proves both deliveries were consumed before we look
        gifts.recorded(donor, "30.00", THIS_YEAR + "-01-01", "CASH");

        awaitSummary(donor, 2).body("totalThisYear", equalTo("100.00"));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextOneStillCounts() {
        String donor = register(individual("Kim", unique("Poison"), null, null, null));
        String poisonId = gifts.publisher().publish(GiftEvents.TOPIC, donor, "crm.gift.recorded.v1",
                UUID.randomUUID().toString(), "{\"giftId\": 42, \"amount\": \"lots\"}");
        gifts.recorded(donor, "12.34", THIS_YEAR + "-01-01", "ONLINE");

        awaitSummary(donor, 1).body("totalThisYear", equalTo("12.34"));
        await().atMost(Duration.ofSeconds(15)).until(() -> !TopicReader.find(bootstrapServers,
                "crm.gifts.dlq.donor", r -> poisonId.equals(r.header("ce_id"))).isEmpty());
    }

    @Test
    void aSignedMandateMakesARecurringGiftActiveAndItsCancellationEndsIt() {
        String donor = register(individual("Mees", unique("Mandate"), null, null, null));
        String mandate = gifts.mandateSigned(donor, THIS_YEAR + "-01-01");
        // an event type this service does not use (a grant) is skipped, not dead-lettered
        gifts.publisher().publish(GiftEvents.TOPIC, donor, "crm.grant.committed.v1", UUID.randomUUID().toString(),
                "{}");
        gifts.recorded(donor, "10.00", THIS_YEAR + "-01-01", "SEPA_DIRECT_DEBIT");
        awaitSummary(donor, 1).body("activeRecurringGift", equalTo(true));

        gifts.mandateCancelled(mandate, donor);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() ->
                Boolean.FALSE.equals(as("fundraiser").when().get("/api/v1/donors/" + donor + "/giving-summary")
                        .then().extract().path("activeRecurringGift")));
    }

    @Test
    void aDonorWithoutGiftsHasAnEmptySummaryThatDirectorsMayRead() {
        String donor = register(individual("Lot", unique("None"), null, null, null));
        as("director").when().get("/api/v1/donors/" + donor + "/giving-summary")
                .then().statusCode(200)
                .body("numberOfGifts", equalTo(0))
                .body("totalThisYear", equalTo("0.00"))
                .body("firstGift", nullValue());
    }

    private static ValidatableResponse awaitSummary(String donor, int numberOfGifts) {
        org.donorcrm.donor.ApiClient.awaitGifts(donor, numberOfGifts);
        return as("fundraiser").when().get("/api/v1/donors/" + donor + "/giving-summary").then().statusCode(200);
    }
}
