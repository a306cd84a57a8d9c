package org.donorcrm.donor.donor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.donorcrm.donor.ApiClient.individual;
import static org.donorcrm.donor.ApiClient.register;
import static org.donorcrm.donor.ApiClient.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** The donor screens as a signed-in person uses them (sign-in itself is the end-to-end tests' part). */
@QuarkusTest
class DonorPagesTest {

    private String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserCreatesADonorFindsItInTheListAndOpensItsPage() {
        String last = unique("Scherm");
        String location = given().redirects().follow(false).header("Origin", origin())
                .formParam("kind", "INDIVIDUAL").formParam("firstName", "Sara").formParam("lastName", last)
                .formParam("postcode", "1017AB").formParam("city", "Amsterdam").formParam("email", "sara@example.org")
                .formParam("tags", "major-donor newsletter")
                .when().post("/donors")
                .then().statusCode(303)
                .header("Location", matchesPattern(".*/donors/[0-9a-f-]{36}"))
                .extract().header("Location");

        String number = given().when().get("/api/v1/donors/" + location.substring(location.lastIndexOf('/') + 1))
                .then().statusCode(200).extract().path("number").toString();
        given().queryParam("q", number).when().get("/")
                .then().statusCode(200)
                .body(containsString("<td>" + number + "</td>"))
                .body(containsString("Sara " + last));
        given().queryParam("q", last).when().get("/")
                .then().statusCode(200)
                .body(containsString("Sara " + last))
                .body(containsString("<p class=\"text-muted\">1 donateur</p>"))
                .body(containsString("<td>Particulier</td>"));
        given().when().get(location)
                .then().statusCode(200)
                .body(containsString("Sara " + last))
                .body(containsString("relatienummer " + number))
                .body(containsString("1017 AB"))
                .body(containsString("Lopende terugkerende gift"))
                .body(containsString("<th>Aantal giften</th><td class=\"money\">0</td>"))
                .body(containsString("<th>Dit jaar</th><td class=\"money\">€ 0,00</td>"))
                .body(not(containsString("Audittrail")));

        // the same screens in English, on request
        given().cookie("crm-lang", "en").queryParam("q", last).when().get("/")
                .then().statusCode(200)
                .body(containsString("<p class=\"text-muted\">1 donor</p>"))
                .body(containsString("<td>Individual</td>"));
        given().cookie("crm-lang", "en").when().get(location)
                .then().statusCode(200)
                .body(containsString("Active recurring gift"))
                .body(containsString("<th>This year</th><td class=\"money\">€ 0,00</td>"));
        given().cookie("crm-lang", "en").when().get("/donors/new")
                .then().statusCode(200)
                .body(containsString("<h1 class=\"h3 mb-3\">New donor</h1>"))
                .body(containsString("<label class=\"form-label\" for=\"lastName\">Last name</label>"));
        given().when().get("/donors/new")
                .then().statusCode(200)
                .body(containsString("<h1 class=\"h3 mb-3\">Nieuwe donateur</h1>"))
                .body(containsString("<label class=\"form-label\" for=\"lastName\">Achternaam</label>"));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void anInteractionInTheFutureIsRefusedWithTheReasonInTheScreensLanguage() {
        String id = register(individual("Lotte", unique("Later"), null, null, null));
        // tomorrow as the service counts days: in Amsterdam (between 23:00 and 24:00 UTC it is already tomorrow there)
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        given().header("Origin", origin())
                .formParam("type", "CALL").formParam("occurredOn", tomorrow).formParam("summary", "Belafspraak")
                .when().post("/donors/" + id + "/interactions")
                .then().statusCode(422)
                .body(containsString("een contactmoment kan niet in de toekomst liggen"));
        given().header("Origin", origin()).cookie("crm-lang", "en")
                .formParam("type", "CALL").formParam("occurredOn", tomorrow).formParam("summary", "Call")
                .when().post("/donors/" + id + "/interactions")
                .then().statusCode(422)
                .body(containsString("an interaction cannot lie in the future"));
        given().when().get("/donors/" + id)
                .then().statusCode(200)
                .body(not(containsString("Belafspraak")));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aBadPostcodeOnTheFormIsShownBesideTheFieldAndNothingIsStored() {
        String last = unique("Fout");
        given().header("Origin", origin())
                .formParam("kind", "INDIVIDUAL").formParam("lastName", last).formParam("postcode", "0000 AA")
                .formParam("iban", "NL00ABNA0000000000")
                .when().post("/donors")
                .then().statusCode(400)
                .body(containsString("geen Nederlandse postcode; schrijf bijvoorbeeld 1234 AB"))
                .body(containsString("geen geldig IBAN (landformaat of controlegetal klopt niet)"));
        given().cookie("crm-lang", "en").header("Origin", origin())
                .formParam("kind", "INDIVIDUAL").formParam("lastName", last).formParam("postcode", "0000 AA")
                .when().post("/donors")
                .then().statusCode(400)
                .body(containsString("must be a Dutch postcode such as 1234 AB"));
        given().queryParam("q", last).when().get("/").then()
                .body(containsString("<p class=\"text-muted\">0 donateurs</p>"));
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFormFromAnotherSiteIsRefused() {
        given().header("Origin", "https://evil.example")
                .formParam("kind", "INDIVIDUAL").formParam("lastName", "X")
                .when().post("/donors")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ada", roles = "admin")
    void anAdminSeesTheAuditTrailAndTheDuplicatesReview() {
        String id = register(individual("Ada", unique("Audit"), null, null, null));
        given().when().get("/donors/" + id).then().statusCode(200).body(containsString("Audittrail"))
                .body(containsString("<td>Geregistreerd</td>"))
                .body(containsString("href=\"/duplicates\""));
        given().cookie("crm-lang", "en").when().get("/donors/" + id).then().statusCode(200)
                .body(containsString("Audit trail"))
                .body(containsString("<td>Registered</td>"));
        given().when().get("/duplicates").then().statusCode(200).body(containsString("Mogelijke dubbelen"));
        given().cookie("crm-lang", "en").when().get("/duplicates").then().statusCode(200)
                .body(containsString("Possible duplicates"));
    }

    @Test
    @TestSecurity(user = "finn", roles = "finance")
    void financeIsShownNoLinkToTheDuplicatesReviewItMayNotOpen() {
        given().when().get("/").then().statusCode(200)
                .body(containsString("href=\"/thank-you\""))
                .body(not(containsString("href=\"/duplicates\"")));
        given().when().get("/duplicates").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorMayNotOpenTheDonorScreens() {
        given().when().get("/").then().statusCode(403);
    }
}
