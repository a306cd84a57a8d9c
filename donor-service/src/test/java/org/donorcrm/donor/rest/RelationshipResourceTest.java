package org.donorcrm.donor.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.donorcrm.donor.messaging.GiftEvents;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Consent, the interactions timeline, households and contact persons. */
@QuarkusTest
class RelationshipResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void consentIsKeptPerChannelAndPurposeWithSourceAndItsWithdrawal() {
        String id = register(individual("Fleur", unique("Consent"), null, null, null));
        as("fundraiser").body("{\"channel\":\"EMAIL\",\"purpose\":\"NEWSLETTER\",\"granted\":true,\"source\":\"web form\"}")
                .when().post("/api/v1/donors/" + id + "/consents")
                .then().statusCode(201).body("granted", equalTo(true)).body("recordedBy", equalTo("fundraiser-user"));
        as("finance").body("{\"channel\":\"EMAIL\",\"purpose\":\"NEWSLETTER\",\"granted\":false,\"source\":\"unsubscribe link\"}")
                .when().post("/api/v1/donors/" + id + "/consents").then().statusCode(201);
        as("fundraiser").body("{\"channel\":\"POST\",\"purpose\":\"FUNDRAISING\",\"granted\":true,\"source\":\"reply card\"}")
                .when().post("/api/v1/donors/" + id + "/consents").then().statusCode(201);

        as("fundraiser").when().get("/api/v1/donors/" + id + "/consents")
                .then().statusCode(200)
                // 3 channels × 2 purposes
                .body("current", hasSize(6))
                .body("current.find { it.channel == 'EMAIL' && it.purpose == 'NEWSLETTER' }.granted", equalTo(false))
                .body("current.find { it.channel == 'EMAIL' && it.purpose == 'NEWSLETTER' }.source",
                        equalTo("unsubscribe link"))
                .body("current.find { it.channel == 'POST' && it.purpose == 'FUNDRAISING' }.granted", equalTo(true))
                .body("current.find { it.channel == 'PHONE' && it.purpose == 'FUNDRAISING' }.granted", equalTo(false))
                .body("history.source", contains("web form", "unsubscribe link", "reply card"));

        as("fundraiser").body("{\"channel\":\"FAX\",\"purpose\":\"NEWSLETTER\",\"granted\":true,\"source\":\"x\"}")
                .when().post("/api/v1/donors/" + id + "/consents")
                .then().statusCode(400).body("errors[0].pointer", equalTo("#/channel"));
    }

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

    @Test
    void contactPersonsBelongToOrganisations() {
        String foundation = register(organisation("FOUNDATION", unique("Stichting ")));
        as("fundraiser").body("{\"name\":\"Mira Jong\",\"role\":\"programme officer\",\"email\":\"mira@fonds.example.org\"}")
                .when().post("/api/v1/donors/" + foundation + "/contact-persons")
                .then().statusCode(201).body("role", equalTo("programme officer"));
        as("finance").when().get("/api/v1/donors/" + foundation + "/contact-persons")
                .then().statusCode(200).body("name", contains("Mira Jong"));

        String person = register(individual("Nina", unique("Solo"), null, null, null));
        as("fundraiser").body("{\"name\":\"X\"}")
                .when().post("/api/v1/donors/" + person + "/contact-persons")
                .then().statusCode(422).contentType("application/problem+json");
    }
}
