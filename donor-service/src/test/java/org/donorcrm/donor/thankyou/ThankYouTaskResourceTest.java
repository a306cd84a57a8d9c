package org.donorcrm.donor.thankyou;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.donorcrm.donor.giving.GiftEvents;
import org.donorcrm.testing.EventSchemas;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.awaitGifts;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * The thank-you tasks through the API: which gifts are tasks, in what order, and that a thank-you on the timeline
 * takes them off. Every test gives its donors an owner of its own and lists only that owner's tasks, since the
 * tests share one database. Dates are relative to today: the window is the last 60 days.
 */
@QuarkusTest
public class ThankYouTaskResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

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
    void firstAndLargeGiftsComeFirstThenTheOldestAndThankedRepeatOrOldGiftsAreNoTasks() {
        String owner = unique("owner-");
        String anouk = donor("Anouk", owner, false);
        String bram = donor("Bram", owner, false);
        String cor = donor("Cor", owner, false);
        String dirk = donor("Dirk", owner, false);
        String eva = donor("Eva", owner, false);
        String fenna = donor("Fenna", owner, true);

        // Anouk: a new donor, then a second gift
        String anoukFirst = gifts.recorded(anouk, "40.00", day(10), "BANK_TRANSFER");
        String anoukSecond = gifts.recorded(anouk, "25.00", day(5), "ONLINE");
        // Bram: an old gift outside the window (so not his first in the window), a large one to a programme fund
        gifts.recorded(bram, "35.00", day(400), "BANK_TRANSFER");
        String bramLarge = recordedToFund(bram, "750.00", day(20), "PRG-HELP");
        String bramSmall = gifts.recorded(bram, "30.00", day(3), "ONLINE");
        // Cor: a new monthly direct debit; the second collection is no task of its own
        String corFirst = gifts.recorded(cor, "10.00", day(45), "SEPA_DIRECT_DEBIT");
        gifts.recorded(cor, "10.00", day(15), "SEPA_DIRECT_DEBIT");
        // Dirk: his first gift is 70 days ago, past the window; the recent one is a normal task
        gifts.recorded(dirk, "60.00", day(70), "BANK_TRANSFER");
        String dirkRecent = gifts.recorded(dirk, "80.00", day(2), "BANK_TRANSFER");
        // Eva: thanked two days after her first gift; the gift after that thank-you is still a task
        gifts.recorded(eva, "100.00", day(30), "BANK_TRANSFER");
        thankYou(eva, day(28));
        String evaLater = gifts.recorded(eva, "45.00", day(7), "BANK_TRANSFER");
        // Fenna asked not to be contacted: no thank-you task
        gifts.recorded(fenna, "500.00", day(1), "BANK_TRANSFER");
        awaitGifts(anouk, 2);
        awaitGifts(bram, 3);
        awaitGifts(cor, 2);
        awaitGifts(dirk, 2);
        awaitGifts(eva, 2);
        awaitGifts(fenna, 1);

        // HIGH first, oldest first: Cor's first debit (45 days), Bram's € 750 (20), Anouk's first gift (10);
        // then NORMAL, oldest first: Eva (7), Anouk (5), Bram (3), Dirk (2)
        tasks(owner, 0, 20)
                .body("total", equalTo(7))
                .body("items.giftId", contains(corFirst, bramLarge, anoukFirst, evaLater, anoukSecond, bramSmall,
                        dirkRecent))
                .body("items.priority", contains("HIGH", "HIGH", "HIGH", "NORMAL", "NORMAL", "NORMAL", "NORMAL"))
                .body("items.reasons", contains(List.of("FIRST_GIFT"), List.of("LARGE_GIFT"), List.of("FIRST_GIFT"),
                        List.of(), List.of(), List.of(), List.of()))
                .body("items.amount", contains("10.00", "750.00", "40.00", "45.00", "25.00", "30.00", "80.00"))
                .body("items.giftDate", contains(day(45), day(20), day(10), day(7), day(5), day(3), day(2)))
                .body("items[1].donorId", equalTo(bram))
                .body("items[1].donorName", equalTo("Bram " + owner))
                .body("items[1].funds", equalTo("PRG-HELP"))
                .body("items[1].currency", equalTo("EUR"))
                .body("items[0].funds", equalTo("UNEARMARKED"))
                .body("items[0].channel", equalTo("SEPA_DIRECT_DEBIT"));

        // paging: the second page of three holds the fourth to the sixth task
        tasks(owner, 1, 3)
                .body("total", equalTo(7))
                .body("page", equalTo(1))
                .body("size", equalTo(3))
                .body("items.giftId", contains(evaLater, anoukSecond, bramSmall));
    }

    @Test
    void aThankYouDatedOnOrAfterTheGiftTakesEveryEarlierGiftOfTheDonorOff() {
        String owner = unique("owner-");
        String donor = donor("Gijs", owner, false);
        gifts.recorded(donor, "20.00", day(12), "BANK_TRANSFER");
        String later = gifts.recorded(donor, "35.00", day(4), "BANK_TRANSFER");
        awaitGifts(donor, 2);
        tasks(owner, 0, 20).body("total", equalTo(2));

        // a thank-you between the two gifts covers only the first
        thankYou(donor, day(8));
        tasks(owner, 0, 20).body("items.giftId", contains(later));

        // one on the later gift's own day covers it too
        thankYou(donor, day(4));
        tasks(owner, 0, 20).body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void aReversedGiftIsNoTaskAndTheDonorsNextGiftCountsAsTheFirst() {
        String owner = unique("owner-");
        String donor = donor("Hidde", owner, false);
        String reversed = gifts.recorded(donor, "55.00", day(8), "BANK_TRANSFER");
        String kept = gifts.recorded(donor, "20.00", day(6), "BANK_TRANSFER");
        awaitGifts(donor, 2);
        tasks(owner, 0, 20).body("items.giftId", contains(reversed, kept));

        gifts.reversed(reversed, donor, "55.00", day(8), day(1));
        awaitGifts(donor, 1);
        tasks(owner, 0, 20)
                .body("total", equalTo(1))
                .body("items.giftId", contains(kept))
                .body("items.reasons", contains(List.of("FIRST_GIFT")));
    }

    @Test
    void fundraisersFinanceAndAdminsMayListTheTasksDirectorsMayNotAndNobodyWithoutAToken() {
        for (String role : List.of("fundraiser", "finance", "admin")) {
            as(role).queryParam("owner", "nobody-" + UUID.randomUUID()).when().get("/api/v1/thank-you-tasks")
                    .then().statusCode(200).body("total", equalTo(0));
        }
        as("director").when().get("/api/v1/thank-you-tasks").then().statusCode(403);
        given().when().get("/api/v1/thank-you-tasks").then().statusCode(401);
        as("fundraiser").queryParam("size", 201).when().get("/api/v1/thank-you-tasks").then().statusCode(400);
    }

    // ------------------------------------------------------------------ helpers

    public static String day(int daysAgo) {
        return TODAY.minusDays(daysAgo).toString();
    }

    public static String donor(String first, String owner, boolean doNotContact) {
        return register("""
                {"kind":"INDIVIDUAL","firstName":"%s","lastName":"%s","postcode":"1017 AB","city":"Amsterdam",
                 "country":"NL","owner":"%s","doNotContact":%s}
                """.formatted(first, owner, owner, doNotContact));
    }

    public static ValidatableResponse tasks(String owner, int page, int size) {
        return as("fundraiser").queryParam("owner", owner).queryParam("page", page).queryParam("size", size)
                .when().get("/api/v1/thank-you-tasks")
                .then().statusCode(200);
    }

    public static void thankYou(String donorId, String on) {
        as("fundraiser").body("""
                        {"type":"THANK_YOU_SENT","occurredOn":"%s","summary":"card sent"}""".formatted(on))
                .when().post("/api/v1/donors/" + donorId + "/interactions")
                .then().statusCode(201);
    }

    /** A gift allocated in full to a programme fund, as gift-service publishes it. */
    private String recordedToFund(String donorId, String amount, String incomeDate, String fundCode) {
        String giftId = UUID.randomUUID().toString();
        String data = GiftEvents.recordedData(giftId, donorId, amount, incomeDate, "BANK_TRANSFER")
                .replace("\"earmarkClass\":\"UNEARMARKED\",\"fundCode\":null",
                        "\"earmarkClass\":\"PROGRAMME\",\"fundCode\":\"" + fundCode + "\"");
        assertThat(data).contains(fundCode);
        assertThat(EventSchemas.errors("crm.gift.recorded.v1", data)).isEmpty();
        gifts.publisher().publish(GiftEvents.TOPIC, donorId, "crm.gift.recorded.v1", giftId, data);
        return giftId;
    }
}
