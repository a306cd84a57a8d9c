package org.donorcrm.donor.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.donor.giving.GiftEvents;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iban4j.CountryCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.awaitGifts;
import static org.donorcrm.donor.ApiClient.freshIban;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** AVG/GDPR: the export of everything held on a person, and erasure that leaves nothing personal behind. */
@QuarkusTest
class PrivacyResourceTest {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void theExportHoldsEverythingKeptOnThePerson() {
        String last = unique("Export");
        String id = register(person("Quinty", last, "quinty." + last + "@example.org", freshIban(CountryCode.NL),
                "+31 6 1234 5678", "Damrak " + last, "1980-01-01"));
        as("fundraiser").body("{\"channel\":\"EMAIL\",\"purpose\":\"NEWSLETTER\",\"granted\":true,\"source\":\"web form\"}")
                .when().post("/api/v1/donors/" + id + "/consents").then().statusCode(201);
        as("fundraiser").body("{\"type\":\"MEETING\",\"occurredOn\":\"" + THIS_YEAR + "-01-01\",\"summary\":\"coffee\"}")
                .when().post("/api/v1/donors/" + id + "/interactions").then().statusCode(201);

        as("finance").when().get("/api/v1/donors/" + id + "/privacy-export")
                .then().statusCode(200)
                .body("donor.lastName", equalTo(last))
                .body("donor.dateOfBirth", equalTo("1980-01-01"))
                .body("consents.history[0].source", equalTo("web form"))
                .body("interactions[0].summary", equalTo("coffee"))
                .body("auditTrail.action", hasItems("REGISTERED", "CONSENT_GRANTED", "INTERACTION_ADDED"));
    }

    @Test
    void erasureLeavesNoPersonalDataInTheDatabaseNoneWasEverOnTheTopicAndGiftsStillCount() {
        String last = unique("Erase");
        String email = "erin." + last.toLowerCase() + "@example.org";
        String street = "Herengracht" + last;
        String iban = freshIban(CountryCode.NL);
        String oldIban = freshIban(CountryCode.DE);
        String phone = "+31 6 " + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        String oldPhone = "+31 6 " + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        String id = register(person("Erin", last, email, iban, phone, street, "1911-11-11"));
        // a duplicate with its own details, merged into the donor first: erasure must reach it too
        String oldLast = unique("Maiden");
        String oldEmail = "erin." + oldLast.toLowerCase() + "@example.org";
        String duplicate = register(person("Erin", oldLast, oldEmail, oldIban, oldPhone, street, "1912-12-12"));
        as("fundraiser").body("{\"survivorId\":\"%s\",\"mergedId\":\"%s\",\"choices\":{}}".formatted(id, duplicate))
                .when().post("/api/v1/donor-merges").then().statusCode(200);
        as("fundraiser").body(person("Erin", last, email, iban, phone, street + "b", "1911-11-11"))
                .when().put("/api/v1/donors/" + id).then().statusCode(200);
        as("fundraiser").body("{\"type\":\"CALL\",\"occurredOn\":\"" + THIS_YEAR + "-01-01\",\"summary\":\"Erin "
                        + last + " prefers letters\"}")
                .when().post("/api/v1/donors/" + id + "/interactions").then().statusCode(201);
        try (GiftEvents gifts = new GiftEvents(bootstrapServers)) {
            gifts.recorded(id, "80.00", THIS_YEAR + "-01-01", "BANK_TRANSFER");
        }
        awaitGifts(id, 1);

        as("fundraiser").when().post("/api/v1/donors/" + id + "/erasure").then().statusCode(403);
        as("admin").when().post("/api/v1/donors/" + id + "/erasure")
                .then().statusCode(200).body("status", equalTo("ERASED"));
        as("admin").when().post("/api/v1/donors/" + id + "/erasure")
                .then().statusCode(200).body("status", equalTo("ERASED"));

        List<String> personal = List.of(last, oldLast, email, oldEmail, street, iban, oldIban, phone, oldPhone,
                "1911-11-11", "1912-12-12", "prefers letters");
        assertThat(cellsContainingAnyOf(personal)).isEmpty();

        as("fundraiser").when().get("/api/v1/donors/" + id).then().statusCode(410)
                .contentType("application/problem+json");
        // the gifts stay countable under the same id
        as("director").when().get("/api/v1/donors/" + id + "/giving-summary")
                .then().statusCode(200).body("totalThisYear", equalTo("80.00"));
        // the audit trail keeps who and when, without the values
        as("admin").when().get("/api/v1/donors/" + id + "/audit-trail")
                .then().statusCode(200)
                .body("action", hasItem("ERASED"))
                .body("find { it.action == 'UPDATED' }.changes[0].field", equalTo("street"))
                .body("find { it.action == 'UPDATED' }.changes[0].from", equalTo(null));

        List<TopicReader.Read> erased = await().atMost(Duration.ofSeconds(15)).until(() -> TopicReader.find(
                bootstrapServers, "crm.donors", r -> id.equals(r.key()) && "crm.donor.erased.v1".equals(r.header("ce_type"))),
                list -> !list.isEmpty());
        assertThat(EventSchemas.errors("crm.donor.erased.v1", erased.get(0).value())).isEmpty();
        for (TopicReader.Read event : TopicReader.readAll(bootstrapServers, "crm.donors")) {
            for (String value : personal) {
                assertThat(event.value()).doesNotContain(value);
                assertThat(event.headers().values()).noneMatch(h -> h != null && h.contains(value));
            }
        }
    }

    private static String person(String first, String last, String email, String iban, String phone, String street,
                                 String dateOfBirth) {
        return """
                {"kind":"INDIVIDUAL","firstName":"%s","lastName":"%s","street":"%s","houseNumber":"1",
                 "postcode":"1012 JS","city":"Amsterdam","email":"%s","phone":"%s","iban":"%s",
                 "dateOfBirth":"%s","tags":["erasure-test"],"notes":"%s likes cats"}
                """.formatted(first, last, street, email, phone, iban, dateOfBirth, last);
    }

    /** Every text cell of every table of the donor database that contains one of the values. */
    @SuppressWarnings("unchecked")
    private List<String> cellsContainingAnyOf(List<String> values) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = entityManager.createNativeQuery(
                    "select table_name, column_name from information_schema.columns where table_schema = database()"
                            + " and data_type in ('char','varchar','text','mediumtext','longtext','date')")
                    .getResultList();
            assertThat(columns).hasSizeGreaterThan(30);
            List<String> found = new ArrayList<>();
            for (Object[] column : columns) {
                for (String value : values) {
                    Number hits = (Number) entityManager.createNativeQuery("select count(*) from `" + column[0]
                                    + "` where cast(`" + column[1] + "` as char) like :value")
                            .setParameter("value", "%" + value + "%").getSingleResult();
                    if (hits.longValue() > 0) {
                        found.add(column[0] + "." + column[1] + " contains " + value);
                    }
                }
            }
            return found;
        });
    }
}
