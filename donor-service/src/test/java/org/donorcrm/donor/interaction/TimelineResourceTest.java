package org.donorcrm.donor.interaction;

import io.quarkus.test.junit.QuarkusTest;
import org.donorcrm.donor.giving.GiftEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.awaitGifts;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The interactions timeline with the giving summary. */
@QuarkusTest
class TimelineResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theTimelineShowsInteractionsNewestFirstWithTheGivingSummary() {
        String id = register(individual("Gijs", unique("Timeline"), null, null, null));
        String key = unique("call-");
        String call = "{\"type\":\"CALL\",\"occurredOn\":\"" + TODAY.minusDays(3) + "\",\"summary\":\"thanked by phone\"}";
        as("fundraiser").header("Idempotency-Key", key).body(call)
                .when().post("/api/v1/donors/" + id + "/interactions").then().statusCode(201)
                .body("author", equalTo("fundraiser-user"));
        as("fundraiser").header("Idempotency-Key", key).body(call)
                .when().post("/api/v1/donors/" + id + "/interactions").then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        as("fundraiser").body("{\"type\":\"THANK_YOU_SENT\",\"occurredOn\":\"" + TODAY + "\"}")
                .when().post("/api/v1/donors/" + id + "/interactions").then().statusCode(201);
        try (GiftEvents gifts = new GiftEvents(bootstrapServers)) {
            gifts.recorded(id, "35.00", TODAY.toString(), "ONLINE");
        }
        awaitGifts(id, 1);

        as("fundraiser").when().get("/api/v1/donors/" + id + "/timeline")
                .then().statusCode(200)
                .body("interactions.type", contains("THANK_YOU_SENT", "CALL"))
                .body("interactions[1].summary", equalTo("thanked by phone"))
                .body("givingSummary.totalThisYear", equalTo("35.00"));
        as("fundraiser").body("{\"type\":\"CALL\",\"occurredOn\":\"" + TODAY.plusDays(2) + "\"}")
                .when().post("/api/v1/donors/" + id + "/interactions")
                .then().statusCode(422).body("errors[0].pointer", equalTo("#/occurredOn"));
    }
}
