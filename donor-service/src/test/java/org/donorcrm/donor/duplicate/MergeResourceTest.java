package org.donorcrm.donor.duplicate;

import io.quarkus.test.junit.QuarkusTest;
import org.donorcrm.donor.giving.GiftEvents;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iban4j.CountryCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.awaitGifts;
import static org.donorcrm.donor.ApiClient.freshIban;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Duplicates found, reviewed and merged, with history and totals intact (unlike NPSP #1553, #2158, #3799). */
@QuarkusTest
class MergeResourceTest {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @SuppressWarnings("unchecked")
    void aMergeReKeysHistoryAndTheSurvivorsSummaryIsTheSumOfBoth() {
        String suffix = unique("X");
        String family = "Jansen " + suffix;
        String iban = freshIban(CountryCode.NL);
        String survivor = register(individual("Jan", family, "1017 AB", "jan@example.org", iban));
        // the same IBAN, typed with spaces and in lower case
        String merged = register(individual("Jan", "Janssen " + suffix, "1017 AB", "jan.new@example.org",
                iban.toLowerCase().replaceAll("(.{4})", "$1 ")));
        try (GiftEvents gifts = new GiftEvents(bootstrapServers)) {
            gifts.recorded(survivor, "100.00", THIS_YEAR + "-01-01", "BANK_TRANSFER");
            gifts.recorded(merged, "50.00", THIS_YEAR + "-01-01", "ONLINE");
            gifts.recorded(merged, "25.00", (THIS_YEAR - 1) + "-06-30", "ONLINE");
        }
        awaitGifts(survivor, 1);
        awaitGifts(merged, 2);
        as("fundraiser").body("{\"type\":\"CALL\",\"occurredOn\":\"" + THIS_YEAR + "-01-01\",\"summary\":\"asked for the annual report\"}")
                .when().post("/api/v1/donors/" + merged + "/interactions").then().statusCode(201);

        // the scan finds the pair: same IBAN; same first initial and Jansen/Janssen sound alike
        as("fundraiser").when().post("/api/v1/duplicates/scan").then().statusCode(200);
        Map<String, Object> candidate = openCandidate(survivor, merged);
        assertThat(candidate).isNotNull();
        assertThat((List<Object>) candidate.get("reasons")).containsExactlyInAnyOrder("SAME_IBAN", "SIMILAR_NAME");

        long survivorNumber = number(survivor);
        long mergedNumber = number(merged);
        as("fundraiser").body("""
                        {"survivorId":"%s","mergedId":"%s","choices":{"email":"MERGED"}}
                        """.formatted(survivor, merged))
                .when().post("/api/v1/donor-merges")
                .then().statusCode(200)
                .body("survivor.id", equalTo(survivor))
                .body("survivor.email", equalTo("jan.new@example.org"))
                .body("survivor.lastName", equalTo(family))
                // 100.00 + 50.00 this year; 25.00 last year; 1 + 2 gifts
                .body("givingSummary.totalThisYear", equalTo("150.00"))
                .body("givingSummary.totalLastYear", equalTo("25.00"))
                .body("givingSummary.numberOfGifts", equalTo(3));

        // the merged donor's number still finds the survivor, which keeps its own number
        as("fundraiser").queryParam("q", Long.toString(mergedNumber)).when().get("/api/v1/donors")
                .then().statusCode(200).body("items.id", contains(survivor));
        as("fundraiser").when().get("/api/v1/donors/" + survivor).then().statusCode(200)
                .body("number", equalTo((int) survivorNumber));
        // the merged id points to the survivor
        as("fundraiser").redirects().follow(false).when().get("/api/v1/donors/" + merged)
                .then().statusCode(301)
                .header("Location", endsWith("/api/v1/donors/" + survivor))
                .body("survivorId", equalTo(survivor));
        as("director").redirects().follow(false).when().get("/api/v1/donors/" + merged + "/giving-summary")
                .then().statusCode(301)
                .header("Location", endsWith("/api/v1/donors/" + survivor + "/giving-summary"));
        // its interactions are on the survivor's timeline
        as("fundraiser").when().get("/api/v1/donors/" + survivor + "/timeline")
                .then().statusCode(200)
                .body("interactions.summary", hasItem("asked for the annual report"))
                .body("givingSummary.numberOfGifts", equalTo(3));
        assertThat(openCandidate(survivor, merged)).isNull();

        // crm.donors.merged.v1, keyed by the survivor
        List<TopicReader.Read> events = await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.find(
                bootstrapServers, "crm.donors", r -> "crm.donors.merged.v1".equals(r.header("ce_type"))
                        && survivor.equals(r.key())), list -> !list.isEmpty());
        assertThat(events).hasSize(1);
        assertThat(EventSchemas.errors("crm.donors.merged.v1", events.get(0).value())).isEmpty();
        assertThat(events.get(0).value()).contains("\"mergedId\":\"" + merged + "\"").doesNotContain(family);

        // a gift gift-service still books on the merged id counts for the survivor: 150.00 + 10.00
        try (GiftEvents gifts = new GiftEvents(bootstrapServers)) {
            gifts.recorded(merged, "10.00", THIS_YEAR + "-01-01", "CASH");
        }
        awaitGifts(survivor, 4);
        as("fundraiser").when().get("/api/v1/donors/" + survivor + "/giving-summary")
                .then().body("totalThisYear", equalTo("160.00"));

        // repeating the merge changes nothing and sends no second event
        as("fundraiser").body("{\"survivorId\":\"%s\",\"mergedId\":\"%s\"}".formatted(survivor, merged))
                .when().post("/api/v1/donor-merges").then().statusCode(200)
                .body("givingSummary.numberOfGifts", equalTo(4));
        assertThat(TopicReader.find(bootstrapServers, "crm.donors",
                r -> "crm.donors.merged.v1".equals(r.header("ce_type")) && survivor.equals(r.key()))).hasSize(1);
    }

    @Test
    void theSurvivorKeepsItsOwnValuesUnlessTheMergedOnesAreChosen() {
        String family = unique("Smit");
        String survivor = register(individual("Els", family, "2511 CV", "els@example.org", null));
        String merged = register(individual("Else", family, "9711 AB", "else@example.org", null));
        as("admin").body("""
                        {"survivorId":"%s","mergedId":"%s","choices":{"address":"MERGED","name":"SURVIVOR"}}
                        """.formatted(survivor, merged))
                .when().post("/api/v1/donor-merges")
                .then().statusCode(200)
                .body("survivor.firstName", equalTo("Els"))
                .body("survivor.postcode", equalTo("9711 AB"))
                .body("survivor.email", equalTo("els@example.org"));
        as("admin").when().get("/api/v1/donors/" + survivor + "/audit-trail")
                .then().body("action", hasItem("MERGED_WITH"));
    }

    @Test
    void aDonorCannotBeMergedIntoItselfAndAnUnknownFieldChoiceIsNamed() {
        String id = register(individual("Otto", unique("Self"), null, null, null));
        String other = register(individual("Otto", unique("Other"), null, null, null));
        as("fundraiser").body("{\"survivorId\":\"%s\",\"mergedId\":\"%s\"}".formatted(id, id))
                .when().post("/api/v1/donor-merges")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("#/mergedId"));
        as("fundraiser").body("{\"survivorId\":\"%s\",\"mergedId\":\"%s\",\"choices\":{\"shoeSize\":\"MERGED\"}}"
                        .formatted(id, other))
                .when().post("/api/v1/donor-merges")
                .then().statusCode(400).body("errors[0].pointer", equalTo("#/choices/shoeSize"));
        as("fundraiser").when().get("/api/v1/donors/" + other).then().statusCode(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDismissedPairDoesNotComeBackOnTheNextScan() {
        String email = unique("shared") + "@example.org";
        String a = register(individual("Piet", unique("One"), null, email, null));
        String b = register(individual("Truus", unique("Two"), null, email.toUpperCase(), null));
        as("admin").when().post("/api/v1/duplicates/scan").then().statusCode(200);
        Map<String, Object> candidate = openCandidate(a, b);
        assertThat((List<Object>) candidate.get("reasons")).containsExactly("SAME_EMAIL");

        as("fundraiser").when().post("/api/v1/duplicates/" + candidate.get("id") + "/dismissal")
                .then().statusCode(200);
        as("fundraiser").when().post("/api/v1/duplicates/scan").then().statusCode(200);
        assertThat(openCandidate(a, b)).isNull();
    }

    /** The open candidate pairing the two donors, looked for on every page of the review list. */
    static Map<String, Object> openCandidate(String one, String other) {
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = as("fundraiser").queryParam("page", page).queryParam("size", 200)
                    .when().get("/api/v1/duplicates").then().statusCode(200).extract().path("items");
            if (items.isEmpty()) {
                return null;
            }
            for (Map<String, Object> item : items) {
                String a = (String) ((Map<?, ?>) item.get("donorA")).get("id");
                String b = (String) ((Map<?, ?>) item.get("donorB")).get("id");
                if ((a.equals(one) && b.equals(other)) || (a.equals(other) && b.equals(one))) {
                    return item;
                }
            }
        }
    }

    private static long number(String donorId) {
        return ((Number) as("fundraiser").when().get("/api/v1/donors/" + donorId).then().statusCode(200)
                .extract().path("number")).longValue();
    }
}
