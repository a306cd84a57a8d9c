package org.donorcrm.donor.salutation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.donorcrm.donor.ApiClient.as;
import static org.donorcrm.donor.ApiClient.organisation;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * The salutation fields on the donor form and in the API (checked, stored the way letters need them), the salutation
 * and the annual-statement buttons on the donor page.
 */
@QuarkusTest
class SalutationPagesTest {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();

    private String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void theFormTakesTheSalutationAndThePageShowsItWithTheStatementButtons() {
        String last = unique("Berg");
        given().when().get("/donors/new").then().statusCode(200)
                .body(containsString("<label class=\"form-label\" for=\"salutationForm\">Aanhef</label>"))
                .body(containsString("<option value=\"FORMAL_MALE\">Formeel, heer (Geachte heer De Vries)</option>"))
                .body(containsString("<label class=\"form-label\" for=\"infix\">Tussenvoegsel</label>"))
                .body(containsString("<label class=\"form-label\" for=\"initials\">Voorletters</label>"));

        // bad initials: the form again with the Dutch reason, nothing stored
        given().header("Origin", origin())
                .formParam("kind", "INDIVIDUAL").formParam("firstName", "Piet").formParam("lastName", last)
                .formParam("salutationForm", "FORMAL_MALE").formParam("initials", "12").formParam("infix", "van der")
                .when().post("/donors")
                .then().statusCode(400)
                .body(containsString("Vul voorletters in zoals A.J."));
        given().queryParam("q", last).when().get("/").then().statusCode(200)
                .body(containsString("<p class=\"text-muted\">0 donateurs</p>"));

        String location = given().redirects().follow(false).header("Origin", origin())
                .formParam("kind", "INDIVIDUAL").formParam("firstName", "Piet").formParam("lastName", last)
                .formParam("salutationForm", "FORMAL_MALE").formParam("initials", "p.j.").formParam("infix", "Van der")
                .when().post("/donors")
                .then().statusCode(303).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().when().get("/api/v1/donors/" + id).then().statusCode(200)
                .body("salutationForm", equalTo("FORMAL_MALE"))
                .body("initials", equalTo("P.J."))
                .body("infix", equalTo("van der"))
                .body("lastName", equalTo(last))
                .body("displayName", equalTo("Piet van der " + last));

        given().when().get(location).then().statusCode(200)
                .body(containsString("<dt class=\"col-4\">Aanhef in brieven</dt><dd class=\"col-8\" id=\"salutation\">"
                        + "Geachte heer Van der " + last + "</dd>"))
                .body(containsString("href=\"/donors/" + id + "/annual-statements/" + (THIS_YEAR - 1)
                        + "\">Jaaroverzicht " + (THIS_YEAR - 1) + "</a>"))
                .body(containsString("href=\"/donors/" + id + "/annual-statements/" + (THIS_YEAR - 3)
                        + "\">Jaaroverzicht " + (THIS_YEAR - 3) + "</a>"))
                .body(not(containsString("/annual-statements/" + THIS_YEAR + "\"")));
        given().cookie("crm-lang", "en").when().get(location).then().statusCode(200)
                .body(containsString("Salutation in letters"))
                .body(containsString(">Annual statement " + (THIS_YEAR - 1) + "</a>"));
        given().when().get("/donors/" + id + "/annual-statements/" + (THIS_YEAR - 1)).then().statusCode(200)
                .contentType("application/pdf");

        // the edit form shows what was stored
        given().when().get(location + "/edit").then().statusCode(200)
                .body(containsString("<option value=\"FORMAL_MALE\" selected>"))
                .body(containsString("value=\"P.J.\""))
                .body(containsString("value=\"van der\""));
    }

    @Test
    void theApiRefusesAnUnknownFormInitialsThatAreNotInitialsAndAWrongTussenvoegsel() {
        String bad = """
                {"kind":"INDIVIDUAL","firstName":"Anna","lastName":"%s","salutationForm":"NEUTRAL",
                 "initials":"Anna","infix":"van-der"}
                """.formatted(unique("Bad"));
        as("fundraiser").body(bad).when().post("/api/v1/donors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItems("#/initials", "#/infix"));
        as("fundraiser").body("""
                {"kind":"INDIVIDUAL","lastName":"Jansen","salutationForm":"SIR"}
                """).when().post("/api/v1/donors")
                .then().statusCode(400).contentType("application/problem+json");

        String id = register("""
                {"kind":"INDIVIDUAL","firstName":"Anna","lastName":"Vries","infix":"de","initials":"a.",
                 "salutationForm":"NEUTRAL","preferredLanguage":"nl"}
                """);
        as("fundraiser").when().get("/api/v1/donors/" + id).then().statusCode(200)
                .body("salutationForm", equalTo("NEUTRAL")).body("initials", equalTo("A."))
                .body("infix", equalTo("de")).body("displayName", equalTo("Anna de Vries"));
        as("fundraiser").when().get("/api/v1/donors/" + id + "/annual-statements/" + (THIS_YEAR - 1) + "/summary")
                .then().statusCode(200).body("salutation", equalTo("Beste A. de Vries"));
    }

    @Test
    void anOrganisationIsAddressedByItsFirstContactPersonOrAsSirOrMadam() {
        String foundation = register(organisation("FOUNDATION", unique("Fonds")));
        String summary = "/api/v1/donors/" + foundation + "/annual-statements/" + (THIS_YEAR - 1) + "/summary";
        as("fundraiser").when().get(summary).then().statusCode(200)
                .body("salutation", equalTo("Geachte heer/mevrouw"));
        as("fundraiser").body("{\"name\":\"Mira Jong\",\"role\":\"programme officer\"}")
                .when().post("/api/v1/donors/" + foundation + "/contact-persons").then().statusCode(201);
        as("fundraiser").body("{\"name\":\"Kees Bakker\"}")
                .when().post("/api/v1/donors/" + foundation + "/contact-persons").then().statusCode(201);
        as("fundraiser").when().get(summary).then().statusCode(200)
                .body("salutation", equalTo("Beste Mira Jong"));
    }
}
