package org.donorcrm.gift.grant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.donorcrm.gift.sepa.SepaFixtures;
import org.donorcrm.gift.support.DonorServiceStub;
import org.donorcrm.gift.support.Replicas;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * The grant screens: committing a grant, marking an instalment received, the reporting deadlines coming up. The funder
 * is chosen by search, never by a typed id, and shown by the name donor-service ({@link DonorServiceStub}) gives the
 * signed-in person: none to a director, who sees "the donor" and never an id.
 */
@QuarkusTest
class GrantPagesTest {

    @Inject
    Replicas replicas;

    @Inject
    EntityManager entityManager;

    @Inject
    GrantService grants;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private String funderId;

    @BeforeEach
    void funderAndFunds() {
        replicas.standardFunds();
        funderId = replicas.donor("FOUNDATION", "OTHER_NONPROFITS", "Stichting Fonds " + tag);
    }

    private static String donorUrl() {
        return ConfigProvider.getConfig().getValue("crm.web.donor-url", String.class);
    }

    /** The radio button of the funder chosen, checked. */
    private String chosenFunder() {
        return "<input class=\"form-check-input\" type=\"radio\" name=\"donorId\" id=\"donor-" + funderId
                + "\" value=\"" + funderId + "\" checked>";
    }

    /** A grant of 500.00 committed by finance, starting in 2031 (so the newest on the list's first page). */
    private String committed(String title) {
        return grants.commit(new GrantService.NewGrant(funderId, title, null, "PRJ-DTZ", new BigDecimal("500.00"),
                LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), new BigDecimal("0.00"),
                List.of(new GrantService.NewGrant.Instalment(LocalDate.of(2031, 2, 1), new BigDecimal("500.00"))),
                List.of()), null, "femke").id;
    }

    private static RequestSpecification form() {
        return given().redirects().follow(false).header("Origin", RestAssured.baseURI + ":" + RestAssured.port);
    }

    private RequestSpecification grantForm(String title, String second) {
        return form().formParam("grantKey", UUID.randomUUID().toString())
                .formParam("donorSearch", "stichting fonds").formParam("donorId", funderId)
                .formParam("title", title).formParam("fundCode", "PRJ-DTZ")
                .formParam("totalAmount", "10000.00").formParam("startDate", "2026-01-01")
                .formParam("endDate", "2027-12-31").formParam("overheadPercentage", "7.50")
                .formParam("instalmentDate0", "2026-02-01").formParam("instalmentAmount0", "6000.00")
                .formParam("instalmentDate1", "2027-02-01").formParam("instalmentAmount1", second)
                .formParam("deadlineDate0", SepaFixtures.today().plusDays(10).toString())
                .formParam("deadlineText0", "Interim report " + title);
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void financeCommitsAGrantAndMarksAnInstalmentReceived() {
        String title = "Down to Zero " + UUID.randomUUID().toString().substring(0, 8);
        String location = grantForm(title, "4000.00").when().post("/grants")
                .then().statusCode(303)
                .header("Location", matchesPattern(".*/grants/[0-9a-f-]{36}"))
                .extract().header("Location");

        String page = given().when().get(location).then().statusCode(200)
                // 7.50 % of 10,000.00
                .body(containsString("7,50 % = € 750,00"))
                .body(containsString("<strong>€ 10.000,00</strong>"))
                .body(containsString("geoormerkt (project)"))
                .extract().asString();
        given().cookie("crm-lang", "en").when().get(location).then().statusCode(200)
                .body(containsString("<dt class=\"col-sm-3\">Outstanding</dt>"))
                .body(containsString("7,50 % = € 750,00"))
                .body(containsString("<td>due</td>"))
                .body(containsString(">Mark received</button>"));
        String receipt = page.replaceAll("(?s).*?action=\"(/grants/[^\"]+/receipt)\".*", "$1");

        form().formParam("incomeDate", "").when().post(receipt).then().statusCode(303);
        given().when().get(location).then().statusCode(200)
                // 10,000.00 − 6,000.00 received
                .body(containsString("<strong>€ 4.000,00</strong>"))
                .body(containsString("ontvangen · <a href=\"/gifts/"));
        given().when().get("/donors/" + funderId + "/gifts").then()
                .body(containsString("€ 6.000,00"))
                .body(containsString("PRJ-DTZ"));
        // the instalment is received once
        form().when().post(receipt).then().statusCode(409)
                .body(containsString("deze termijn is al ontvangen"));
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void instalmentsThatMissTheTotalByACentAreShownOnTheFormAndNothingIsStored() {
        grantForm("Short by a cent", "3999.99").when().post("/grants")
                .then().statusCode(422)
                .body(containsString("de termijnen tellen op tot € 9.999,99, niet tot het totaal € 10.000,00"))
                .body(not(containsString("instalments add up to")))
                .body(containsString("value=\"3999.99\""))
                // the funder stays chosen, by name
                .body(containsString(chosenFunder()))
                .body(containsString("<strong>Stichting Fonds " + tag + "</strong> · nr. " + DonorServiceStub.numberOf(funderId)
                        + " · 1011 AB Amsterdam"))
                .body(not(containsString(">" + funderId + "<")));
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(g) from Grant g where g.donorId = :d", Long.class)
                .setParameter("d", funderId).getSingleResult())).isZero();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void theFormChoosesTheFunderBySearchAndRefusesAGrantWithoutOne() {
        given().when().get("/grants/new").then().statusCode(200)
                .body(containsString("<label class=\"form-label\" for=\"donorSearch\">Subsidiegever</label>"))
                .body(containsString("hx-get=\"/gifts/donor-search\""))
                .body(not(matchesPattern("(?s).*<input(?![^>]*type=\"radio\")[^>]*name=\"donorId.*")))
                .body(not(containsString("donateur-id")));
        given().cookie("crm-lang", "en").when().get("/grants/new").then().statusCode(200)
                .body(containsString("<label class=\"form-label\" for=\"donorSearch\">Funder</label>"));
        given().queryParam("donorId", funderId).when().get("/grants/new").then().statusCode(200)
                .body(containsString(chosenFunder()));

        String title = "Without a funder " + tag;
        form().formParam("grantKey", UUID.randomUUID().toString()).formParam("donorSearch", "stichting")
                .formParam("title", title).formParam("fundCode", "PRJ-DTZ").formParam("totalAmount", "500.00")
                .formParam("startDate", "2026-01-01").formParam("endDate", "2026-12-31")
                .formParam("overheadPercentage", "0.00")
                .formParam("instalmentDate0", "2026-02-01").formParam("instalmentAmount0", "500.00")
                .when().post("/grants")
                .then().statusCode(422)
                .body(containsString("<div class=\"field-error\">kies de donateur: typ een deel van de naam en kies uit de "
                        + "gevonden donateurs</div>"))
                .body(containsString("id=\"donorSearch\" name=\"donorSearch\" value=\"stichting\""));
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(g) from Grant g where g.title = :t", Long.class)
                .setParameter("t", title).getSingleResult())).isZero();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void financeSeesTheFunderByNameOnTheListAndTheGrant() {
        String title = "Named " + tag;
        String grantId = committed(title);
        String funderPage = "<a href=\"" + donorUrl() + "/donors/" + funderId + "\">Stichting Fonds " + tag + "</a>";
        given().when().get("/grants").then().statusCode(200)
                .body(containsString("<tr><td><a href=\"/grants/" + grantId + "\">" + title + "</a></td>\n      <td>"
                        + funderPage + "</td>"))
                .body(not(containsString(">" + funderId + "<")));
        given().when().get("/grants/" + grantId).then().statusCode(200)
                .body(containsString("<dd class=\"col-sm-9\">" + funderPage))
                .body(not(containsString(">" + funderId + "<")));
        assertThat(DonorServiceStub.askedBy("femke")).contains("/api/v1/donors?ids=" + funderId + "&size=1");
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorSeesTheFunderByNumberAndKindNeverByNameOrId() {
        String title = "Unnamed " + tag;
        String grantId = committed(title);
        long number = DonorServiceStub.numberOf(funderId);
        given().when().get("/grants").then().statusCode(200)
                .body(containsString("<tr><td><a href=\"/grants/" + grantId + "\">" + title + "</a></td>\n      <td>"
                        + "<a href=\"/donors/" + funderId + "/gifts\">nr. " + number + " · vermogensfonds</a></td>"))
                .body(not(containsString("Stichting Fonds " + tag)))
                .body(not(containsString(">" + funderId + "<")));
        // on the grant's page too, linked to the funder's gifts here (a director may not open donor-service's page)
        given().when().get("/grants/" + grantId).then().statusCode(200)
                .body(containsString("<dd class=\"col-sm-9\"><a href=\"/donors/" + funderId + "/gifts\">nr. "
                        + number + " · vermogensfonds</a>"))
                .body(not(containsString("Stichting Fonds " + tag)))
                .body(not(containsString(">" + funderId + "<")));
        given().cookie("crm-lang", "en").when().get("/grants/" + grantId).then().statusCode(200)
                .body(containsString("\">no. " + number + " · foundation</a>"));
        // donor-service was asked with the director's own token: names refused, number and kind given
        assertThat(DonorServiceStub.askedBy("dirk")).contains("/api/v1/donors/references?ids=" + funderId);
        assertThat(DonorServiceStub.askedBy("dirk")).contains("/api/v1/donors?ids=" + funderId + "&size=1");
    }

    @Test
    @TestSecurity(user = "fenna", roles = "fundraiser")
    void aFundraiserSeesTheReportingDeadlinesComingUpButCannotCommitOrReceive() {
        String title = "Deadline " + UUID.randomUUID().toString().substring(0, 8);
        grants.commit(new GrantService.NewGrant(funderId, title, null, "PRJ-DTZ", new BigDecimal("500.00"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("0.00"),
                List.of(new GrantService.NewGrant.Instalment(LocalDate.of(2026, 2, 1), new BigDecimal("500.00"))),
                List.of(new GrantService.NewGrant.Deadline(SepaFixtures.today().plusDays(10), "Interim report " + title))),
                null, "femke");
        given().when().get("/grants").then().statusCode(200)
                .body(containsString("<td class=\"money\">10</td><td>Interim report " + title + "</td>"))
                .body(not(containsString("Subsidie vastleggen")));
        given().when().get("/grants/new").then().statusCode(403);
        form().when().post("/grants/any/instalments/any/receipt").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorSeesGrantsButNotTheFinanceScreens() {
        given().when().get("/grants").then().statusCode(200).body(containsString("Subsidies en toezeggingen"));
        given().cookie("crm-lang", "en").when().get("/grants").then().statusCode(200)
                .body(containsString("Grants and pledges"))
                .body(containsString("Reporting deadlines in the next 90 days"));
        given().when().get("/grants/new").then().statusCode(403);
        given().when().get("/bank").then().statusCode(403);
    }
}
