package org.donorcrm.donor.household;

import io.quarkus.test.junit.QuarkusTest;
import org.donorcrm.donor.giving.GiftEvents;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.awaitGifts;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.organisation;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Households of individuals, their giving together, and the event that announces a member's household. */
@QuarkusTest
class HouseholdResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aHouseholdShowsTheGivingOfItsMembersTogetherAndAnnouncesTheirHousehold() {
        String hers = register(individual("Hilde", unique("Huis"), "1012 AB", null, null));
        String his = register(individual("Henk", unique("Huis"), "1012 AB", null, null));
        String company = register(organisation("COMPANY", unique("BV ")));
        try (GiftEvents gifts = new GiftEvents(bootstrapServers)) {
            gifts.recorded(hers, "60.00", TODAY.toString(), "ONLINE");
            gifts.recorded(his, "15.00", TODAY.toString(), "ONLINE");
        }
        awaitGifts(hers, 1);
        awaitGifts(his, 1);

        as("fundraiser").body("{\"name\":\"Huishouden\",\"memberIds\":[\"%s\",\"%s\"]}".formatted(company, hers))
                .when().post("/api/v1/households")
                .then().statusCode(422).body("errors[0].pointer", equalTo("#/memberIds/0"));
        String household = as("fundraiser").body("{\"name\":\"Huishouden\",\"memberIds\":[\"%s\",\"%s\"]}".formatted(hers, his))
                .when().post("/api/v1/households")
                .then().statusCode(201)
                .body("members", hasSize(2))
                // 60.00 + 15.00
                .body("givingSummary.totalThisYear", equalTo("75.00"))
                .body("givingSummary.numberOfGifts", equalTo(2))
                .extract().path("id");

        List<TopicReader.Read> updated = await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.find(
                bootstrapServers, "crm.donors", r -> hers.equals(r.key()) && "crm.donor.updated.v1".equals(r.header("ce_type"))),
                list -> !list.isEmpty());
        assertThat(EventSchemas.errors("crm.donor.updated.v1", updated.get(0).value())).isEmpty();
        assertThat(updated.get(0).value()).contains("\"householdId\":\"" + household + "\"");

        as("fundraiser").when().delete("/api/v1/households/" + household + "/members/" + his)
                .then().statusCode(200)
                .body("members", hasSize(1))
                .body("givingSummary.totalThisYear", equalTo("60.00"));
    }
}
