package org.donorcrm.donor.donor;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.donorcrm.donor.giving.GiftEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.awaitGifts;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.equalTo;

/** Search on name, e-mail, postcode and city; filters; paging; a formula-safe CSV export. */
@QuarkusTest
class SearchResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String donor(String kind, String first, String last, String org, String postcode, String city,
                                String email, String owner, String tag) {
        return """
                {"kind":"%s","firstName":%s,"lastName":%s,"organisationName":%s,"postcode":"%s","city":"%s",
                 "email":"%s","owner":"%s","tags":["%s"]}
                """.formatted(kind, q(first), q(last), q(org), postcode, city, email, owner, tag);
    }

    private static String q(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void textMatchesPartOfNameEmailPostcodeOrCityAndFiltersNarrowItDown() {
        String word = unique("zoek").toLowerCase();
        String tag = unique("tag-").toLowerCase();
        String owner = unique("owner");
        String anna = register(donor("INDIVIDUAL", "Anna", "Berg" + word, null, "5611 AB", "Eindhoven",
                "anna@example.org", owner, tag));
        String fonds = register(donor("FOUNDATION", null, null, "Fonds " + word, "5611 AC", "Eindhoven",
                "info@fonds.example.org", owner, "other"));
        String cityOnly = register(donor("INDIVIDUAL", "Bram", "Kok", null, "9711 AB", "Stad" + word,
                "bram." + word + "@example.org", "someone-else", tag));

        assertThat(ids("q", word)).containsExactlyInAnyOrder(anna, fonds, cityOnly);
        assertThat(ids("q", word, "kind", "FOUNDATION")).containsExactly(fonds);
        assertThat(ids("q", word, "tag", tag)).containsExactlyInAnyOrder(anna, cityOnly);
        assertThat(ids("q", word, "owner", owner)).containsExactlyInAnyOrder(anna, fonds);
        assertThat(ids("q", "bram." + word)).containsExactly(cityOnly);
        assertThat(ids("q", "stad" + word.toUpperCase())).containsExactly(cityOnly);
        // postcode with or without the space
        assertThat(ids("q", "5611ac", "owner", owner)).containsExactly(fonds);
        assertThat(ids("q", "5611 AC", "owner", owner)).containsExactly(fonds);

        // paging: three matches, two per page, sorted by display name
        as("fundraiser").queryParam("q", word).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/donors")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.size()", equalTo(1));
    }

    @Test
    void donorsAreFoundByTheDateOfTheirLastGiftAndByCurrentConsent() {
        String word = unique("filter").toLowerCase();
        String recent = register(donor("INDIVIDUAL", "Cas", "Recent" + word, null, "1011 AA", "Amsterdam",
                "cas@example.org", "o", "t"));
        String lapsed = register(donor("INDIVIDUAL", "Dora", "Lapsed" + word, null, "1011 AA", "Amsterdam",
                "dora@example.org", "o", "t"));
        try (GiftEvents gifts = new GiftEvents(bootstrapServers)) {
            gifts.recorded(recent, "10.00", "2026-03-01", "ONLINE");
            gifts.recorded(lapsed, "10.00", "2023-03-01", "ONLINE");
        }
        awaitGifts(recent, 1);
        awaitGifts(lapsed, 1);
        assertThat(ids("q", word, "lastGiftFrom", "2025-01-01")).containsExactly(recent);
        assertThat(ids("q", word, "lastGiftTo", "2024-12-31")).containsExactly(lapsed);

        consent(recent, true);
        consent(lapsed, true);
        consent(lapsed, false);
        assertThat(ids("q", word, "consent", "EMAIL/NEWSLETTER")).containsExactly(recent);
    }

    @Test
    void theCsvExportNeutralisesFormulas() throws Exception {
        String word = unique("csv").toLowerCase();
        register(donor("INDIVIDUAL", "=HYPERLINK(\\\"http://evil\\\")", "Csv" + word, null, "1011 AA", "@SUM(A1)",
                "csv@example.org", "o", "t"));
        String csv = as("finance").queryParam("q", word).when().get("/api/v1/donors/export.csv")
                .then().statusCode(200).contentType("text/csv")
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("firstName")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(0).get("city")).isEqualTo("'@SUM(A1)");
        assertThat(rows.get(0).get("lastName")).isEqualTo("Csv" + word);
        assertThat(rows.get(0).get("kind")).isEqualTo("INDIVIDUAL");
    }

    @Test
    void theNamesOfAPageOfDonorIdsComeInOneCallForTheRolesThatMaySeeThem() {
        String word = unique("ids").toLowerCase();
        String anna = register(donor("INDIVIDUAL", "Anna", "Ids" + word, null, "1011 AA", "Amsterdam",
                "anna.ids@example.org", "o", "t"));
        String fonds = register(donor("FOUNDATION", null, null, "Fonds Ids " + word, "1011 AA", "Amsterdam",
                "fonds.ids@example.org", "o", "t"));
        register(donor("INDIVIDUAL", "Bram", "Ids" + word, null, "1011 AA", "Amsterdam", "bram.ids@example.org", "o",
                "t"));
        String unknown = java.util.UUID.randomUUID().toString();

        // two of the three donors, an id donor-service does not know and one twice: the two, sorted by name
        as("finance").queryParam("ids", String.join(",", fonds, anna, unknown, anna)).queryParam("size", 100)
                .when().get("/api/v1/donors").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", org.hamcrest.Matchers.contains(anna, fonds))
                .body("items.displayName", org.hamcrest.Matchers.contains("Anna Ids" + word, "Fonds Ids " + word));
        // an upper-case id is the same donor
        assertThat(ids("ids", anna.toUpperCase())).containsExactly(anna);

        // directors may not see personal data
        as("director").queryParam("ids", anna).when().get("/api/v1/donors").then().statusCode(403);

        // at most 100 ids, and every one an id
        String hundredAndOne = String.join(",", java.util.Collections.nCopies(101, anna));
        as("fundraiser").queryParam("ids", hundredAndOne).when().get("/api/v1/donors").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        as("fundraiser").queryParam("ids", String.join(",", java.util.Collections.nCopies(100, anna)))
                .when().get("/api/v1/donors").then().statusCode(200).body("total", equalTo(1));
        for (String bad : List.of("not-an-id", anna + ",", anna + ";" + fonds, "' OR 1=1 --")) {
            as("fundraiser").queryParam("ids", bad).when().get("/api/v1/donors").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400));
        }
    }

    @Test
    void aDirectorSeesADonorsNumberAndKindButNoPersonalData() {
        String word = unique("refs").toLowerCase();
        String anna = register(donor("INDIVIDUAL", "Anna", "Refs" + word, null, "1011 AA", "Amsterdam",
                "anna.refs@example.org", "o", "t"));
        String fonds = register(donor("FOUNDATION", null, null, "Fonds Refs " + word, "1011 AA", "Amsterdam",
                "fonds.refs@example.org", "o", "t"));
        String unknown = java.util.UUID.randomUUID().toString();

        // in the order asked, an unknown id left out, an upper-case id the same donor, nothing personal in the answer
        String body = as("director").queryParam("ids", String.join(",", fonds, unknown, anna.toUpperCase()))
                .when().get("/api/v1/donors/references").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(fonds, anna))
                .body("items.number", org.hamcrest.Matchers.contains((int) number(fonds), (int) number(anna)))
                .body("items.kind", org.hamcrest.Matchers.contains("FOUNDATION", "INDIVIDUAL"))
                .extract().asString();
        assertThat(body).doesNotContain("Anna", "Fonds", "Amsterdam", "example.org");
        for (String role : List.of("fundraiser", "finance", "admin")) {
            as(role).queryParam("ids", anna).when().get("/api/v1/donors/references").then().statusCode(200)
                    .body("items.number", org.hamcrest.Matchers.contains((int) number(anna)));
        }

        // 1 to 100 ids, every one an id: else a problem, and nothing looked up
        for (String bad : List.of("", "not-an-id", anna + ",", String.join(",", java.util.Collections.nCopies(101,
                anna)))) {
            as("director").queryParam("ids", bad).when().get("/api/v1/donors/references").then().statusCode(400)
                    .contentType("application/problem+json").body("status", equalTo(400));
        }
        as("director").when().get("/api/v1/donors/references").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static void consent(String donor, boolean granted) {
        as("fundraiser").body("{\"channel\":\"EMAIL\",\"purpose\":\"NEWSLETTER\",\"granted\":" + granted
                        + ",\"source\":\"web form\"}")
                .when().post("/api/v1/donors/" + donor + "/consents").then().statusCode(201);
    }

    @Test
    void everyDonorGetsTheNextNumberAndIsFoundByIt() {
        String word = unique("nummer").toLowerCase();
        String first = register(donor("INDIVIDUAL", "Ada", "Nummer" + word, null, "1017 AB", "Amsterdam",
                "ada@example.org", "fenna", "t"));
        String second = register(donor("INDIVIDUAL", "Bob", "Nummer" + word, null, "1017 AB", "Amsterdam",
                "bob@example.org", "fenna", "t"));
        long firstNumber = number(first);
        long secondNumber = number(second);
        assertThat(firstNumber).isGreaterThan(100_000L);
        assertThat(secondNumber).isGreaterThan(firstNumber);

        assertThat(ids("q", Long.toString(secondNumber))).containsExactly(second);
        assertThat(ids("q", " " + firstNumber + " ")).containsExactly(first);
        as("fundraiser").when().get("/api/v1/donors/" + first).then().statusCode(200)
                .body("number", equalTo((int) firstNumber));
    }

    @Test
    void countUpToCountsTheMatchesOnlyThatFar() {
        String word = unique("veel").toLowerCase();
        for (int i = 0; i < 5; i++) {
            register(donor("INDIVIDUAL", "Cor", "Veel" + word + i, null, "1017 AB", "Amsterdam",
                    "cor" + i + "@example.org", "fenna", "t"));
        }
        as("fundraiser").queryParam("q", word).queryParam("size", 2).queryParam("countUpTo", 3)
                .when().get("/api/v1/donors").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("total", equalTo(3))
                .body("items[0].lastName", equalTo("Veel" + word + "0"));
        as("fundraiser").queryParam("q", word).queryParam("size", 2)
                .when().get("/api/v1/donors").then().statusCode(200).body("total", equalTo(5));
        as("fundraiser").queryParam("q", word).queryParam("countUpTo", 0)
                .when().get("/api/v1/donors").then().statusCode(400);
    }

    private static long number(String donorId) {
        return ((Number) as("fundraiser").when().get("/api/v1/donors/" + donorId).then().statusCode(200)
                .extract().path("number")).longValue();
    }

    private static List<String> ids(String... params) {
        var request = as("fundraiser").queryParam("size", 200);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.when().get("/api/v1/donors").then().statusCode(200).extract().path("items.id");
    }

}
