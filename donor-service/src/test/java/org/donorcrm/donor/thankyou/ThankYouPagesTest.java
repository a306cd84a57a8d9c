package org.donorcrm.donor.thankyou;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.donorcrm.donor.giving.GiftEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.awaitGifts;
import static org.donorcrm.donor.ApiClient.unique;
import static org.donorcrm.donor.thankyou.ThankYouTaskResourceTest.day;
import static org.donorcrm.donor.thankyou.ThankYouTaskResourceTest.donor;
import static org.donorcrm.donor.thankyou.ThankYouTaskResourceTest.tasks;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The thank-you screen: the list, the "Thanked" button, its forgery protection and who may use it. */
@QuarkusTest
class ThankYouPagesTest {

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

    /** The date of the list's gift date column: 07-12-2026. */
    private static String shortDate(String isoDate) {
        return LocalDate.parse(isoDate).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }

    /** A date in running text: 7 dec. 2026, 7 Dec 2026. */
    private static String longDate(String isoDate, String language) {
        return LocalDate.parse(isoDate)
                .format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag(language)));
    }

    private String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void thankedRecordsOneThankYouOnTheTimelineAndTheTaskDisappearsAndRepeatingItAddsNothing() {
        String owner = unique("owner-");
        String ilse = donor("Ilse", owner, false);
        String joost = donor("Joost", owner, false);
        String ilseGift = gifts.recorded(ilse, "1250.00", day(9), "BANK_TRANSFER");
        String joostOld = gifts.recorded(joost, "15.00", day(300), "BANK_TRANSFER");
        String joostGift = gifts.recorded(joost, "27.50", day(3), "ONLINE");
        awaitGifts(ilse, 1);
        awaitGifts(joost, 2);

        given().queryParam("owner", owner).when().get("/thank-you")
                .then().statusCode(200)
                .body(containsString("2 te bedanken"))
                .body(containsString("Ilse " + owner))
                .body(containsString("<td class=\"money\">€ 1.250,00</td>"))
                .body(containsString("eerste gift, € 500 of meer"))
                .body(containsString("Joost " + owner))
                .body(containsString("<td class=\"money\">€ 27,50</td>"))
                .body(containsString("<td>" + shortDate(day(3)) + "</td>"))
                .body(containsString("UNEARMARKED"))
                .body(containsString("Giften sinds " + longDate(day(59), "nl") + " waarvoor"))
                .body(containsString("action=\"/thank-you/" + joostGift + "/thanked?owner=" + owner))
                .body(not(containsString(joostOld)));
        given().cookie("crm-lang", "en").queryParam("owner", owner).when().get("/thank-you")
                .then().statusCode(200)
                .body(containsString("2 to thank"))
                .body(containsString("<td class=\"money\">€ 1.250,00</td>"))
                .body(containsString("first gift, € 500 or more"))
                .body(containsString(">Thanked</button>"))
                .body(containsString("Gifts since " + longDate(day(59), "en") + " that"));
        given().when().get("/donors/" + ilse).then().statusCode(200)
                .body(containsString("<th>Eerste gift</th><td class=\"money\">€ 1.250,00 op "
                        + longDate(day(9), "nl") + "</td>"));
        given().cookie("crm-lang", "en").when().get("/donors/" + ilse).then().statusCode(200)
                .body(containsString("<th>First gift</th><td class=\"money\">€ 1.250,00 on "
                        + longDate(day(9), "en") + "</td>"));

        given().redirects().follow(false).header("Origin", origin())
                .queryParam("owner", owner)
                .when().post("/thank-you/" + joostGift + "/thanked")
                .then().statusCode(303)
                .header("Location", containsString("/thank-you?thanked=" + joost + "&owner=" + owner));

        given().queryParam("owner", owner).queryParam("thanked", joost).when().get("/thank-you")
                .then().statusCode(200)
                .body(containsString("1 te bedanken"))
                .body(containsString("Het bedankje staat op de"))
                .body(not(containsString("action=\"/thank-you/" + joostGift)));
        tasks(owner, 0, 20).body("items.giftId", contains(ilseGift));
        as("fundraiser").when().get("/api/v1/donors/" + joost + "/interactions")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].type", equalTo("THANK_YOU_SENT"))
                .body("[0].occurredOn", equalTo(day(0)))
                .body("[0].author", equalTo("fenna"))
                .body("[0].summary", equalTo("Thanked for the gift of € 27.50 of " + day(3)));

        // a second click (another tab, a double submit) records nothing new
        given().redirects().follow(false).header("Origin", origin())
                .when().post("/thank-you/" + joostGift + "/thanked")
                .then().statusCode(303);
        as("fundraiser").when().get("/api/v1/donors/" + joost + "/interactions")
                .then().body("$", hasSize(1));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aReversedGiftCannotBeMarkedAndAFormFromElsewhereIsRefused() {
        String owner = unique("owner-");
        String kees = donor("Kees", owner, false);
        String gift = gifts.recorded(kees, "60.00", day(6), "BANK_TRANSFER");
        awaitGifts(kees, 1);

        given().redirects().follow(false).header("Origin", "https://attacker.example")
                .when().post("/thank-you/" + gift + "/thanked")
                .then().statusCode(403);
        tasks(owner, 0, 20).body("items.giftId", contains(gift));

        gifts.reversed(gift, kees, "60.00", day(6), day(1));
        awaitGifts(kees, 0);
        given().header("Origin", origin()).when().post("/thank-you/" + gift + "/thanked")
                .then().statusCode(422)
                .body(containsString("de gift is teruggeboekt: er valt niets te bedanken"));
        given().cookie("crm-lang", "en").header("Origin", origin()).when().post("/thank-you/" + gift + "/thanked")
                .then().statusCode(422)
                .body(containsString("the gift was reversed: there is nothing to thank for"));
        as("fundraiser").when().get("/api/v1/donors/" + kees + "/interactions").then().body("$", hasSize(0));
        tasks(owner, 0, 20).body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    @TestSecurity(user = "dora", roles = "director")
    void directorsDoNotSeeTheThankYouList() {
        given().when().get("/thank-you").then().statusCode(403);
        given().header("Origin", origin()).when().post("/thank-you/" + java.util.UUID.randomUUID() + "/thanked")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void theNavigationLeadsToTheList() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("href=\"/thank-you\""));
        given().queryParam("owner", unique("nobody-")).when().get("/thank-you").then().statusCode(200)
                .body(containsString("0 te bedanken"))
                .body(containsString("Niets te bedanken"));
        List.of("finance", "admin").forEach(role -> as(role).when().get("/api/v1/thank-you-tasks")
                .then().statusCode(200));
    }
}
