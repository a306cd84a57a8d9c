package org.donorcrm.donor.donor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.donorcrm.testing.EventSchemas;
import org.donorcrm.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;

@QuarkusTest
class DonorEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRegisteredDonorIsPublishedOnceWithItsPostcodeAreaAndNoPersonalData() throws Exception {
        String last = unique("Bakker");
        String id = register(individual("Femke", last, "3512 JE", "femke@example.org", "NL91ABNA0417164300"));

        List<TopicReader.Read> events = eventsOf(id, 1);
        TopicReader.Read event = events.get(0);
        assertThat(event.key()).isEqualTo(id);
        assertThat(event.header("ce_type")).isEqualTo("crm.donor.registered.v1");
        assertThat(event.header("ce_source")).isEqualTo("/donor-crm/donor-service");
        assertThat(event.header("ce_specversion")).isEqualTo("1.0");
        assertThat(EventSchemas.errors("crm.donor.registered.v1", event.value())).isEmpty();

        JsonNode data = json.readTree(event.value());
        assertThat(data.get("donorId").asText()).isEqualTo(id);
        assertThat(data.get("kind").asText()).isEqualTo("INDIVIDUAL");
        assertThat(data.get("incomeCategory").asText()).isEqualTo("INDIVIDUALS");
        assertThat(data.get("postcodeArea").asText()).isEqualTo("35");
        assertThat(data.get("householdId").isNull()).isTrue();
        assertThat(personalPart(event.value())).doesNotContain(last, "Femke", "femke@", "NL91ABNA", "3512", "JE", "1971",
                "Prinsengracht", "555");
    }

    @Test
    void anUpdateIsPublishedOnlyWhenWhatTheEventCarriesChanged() throws Exception {
        String last = unique("Mulder");
        String id = register(individual("Gert", last, "3512 JE", null, null));
        // a new e-mail address is no one else's business: no event
        as("fundraiser").body(individual("Gert", last, "3512 JE", "gert@example.org", null))
                .when().put("/api/v1/donors/" + id).then().statusCode(200);
        // moving from Utrecht (35) to Groningen (97) changes the postcode area: crm.donor.updated.v1
        as("fundraiser").body(individual("Gert", last, "9711 AB", "gert@example.org", null))
                .when().put("/api/v1/donors/" + id).then().statusCode(200);

        List<TopicReader.Read> events = eventsOf(id, 2);
        assertThat(events).extracting(e -> e.header("ce_type"))
                .containsExactly("crm.donor.registered.v1", "crm.donor.updated.v1");
        TopicReader.Read updated = events.get(1);
        assertThat(EventSchemas.errors("crm.donor.updated.v1", updated.value())).isEmpty();
        assertThat(json.readTree(updated.value()).get("postcodeArea").asText()).isEqualTo("97");
        assertThat(personalPart(updated.value())).doesNotContain(last, "gert@", "9711");
    }

    /**
     * The event's data without its ids and timestamps: random UUIDs and nanoseconds could contain digits of a
     * postcode or a birth year by chance, and are no personal data.
     */
    private String personalPart(String eventJson) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode data =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(eventJson);
        data.remove(List.of("donorId", "householdId", "registeredAt", "updatedAt"));
        return data.toString();
    }

    private List<TopicReader.Read> eventsOf(String donorId, int expected) {
        return await().atMost(Duration.ofSeconds(15))
                .until(() -> TopicReader.find(bootstrapServers, "crm.donors", r -> donorId.equals(r.header("ce_subject"))),
                        list -> list.size() >= expected);
    }
}
