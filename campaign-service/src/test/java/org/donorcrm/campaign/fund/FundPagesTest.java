package org.donorcrm.campaign.fund;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.donorcrm.campaign.Fixtures.uniqueCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The fund catalogue screens as a signed-in person uses them (sign-in itself is the end-to-end tests' part). */
@QuarkusTest
class FundPagesTest {

    @Inject
    FundRepository funds;

    private static String origin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void everyoneSignedInSeesTheCatalogueButOnlyFinanceGetsTheButtons() {
        given().when().get("/funds")
                .then().statusCode(200)
                .body(containsString("Kinderrechtenhelpdesk"))
                .body(containsString("PRG-SEX"))
                .body(containsString("<title>Fondsen · Donor CRM</title>"))
                .body(containsString("<th>Oormerk</th>"))
                .body(containsString("<td>deels geoormerkt (programma)</td>"))
                .body(containsString("<td>01-01-2020</td>"))
                .body(containsString("badge text-bg-success\">actief</span>"))
                .body(not(containsString("PROGRAMME")))
                .body(not(containsString("Nieuw fonds")))
                .body(not(containsString("/close")));
        // in English on request
        given().cookie("crm-lang", "en").when().get("/funds")
                .then().statusCode(200)
                .body(containsString("<title>Fund catalogue · Donor CRM</title>"))
                .body(containsString("<th>Earmark</th>"))
                .body(containsString("<td>semi-earmarked (programme)</td>"))
                .body(containsString("badge text-bg-success\">active</span>"))
                .body(not(containsString("New fund")));
        given().when().get("/funds/new").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void financeAddsAProjectFundAndClosesIt() {
        String code = uniqueCode("PRJ");
        given().redirects().follow(false)
                .header("Origin", origin())
                .formParam("code", code).formParam("name", "Don't Look Away").formParam("earmarkClass", "PROJECT")
                .formParam("activeFrom", "2026-01-01").formParam("activeTo", "")
                .formParam("funderDonorId", "")
                .when().post("/funds")
                .then().statusCode(303)
                .header("Location", endsWith("/funds"));
        given().header("Origin", origin())
                .formParam("code", code).formParam("name", "Again").formParam("earmarkClass", "PROJECT")
                .formParam("activeFrom", "2026-01-01")
                .when().post("/funds")
                .then().statusCode(409)
                .body(containsString("<div class=\"field-error\">de code " + code + " is al in gebruik</div>"));
        Fund fund = funds.find("code", code).firstResult();
        assertThat(fund.name).isEqualTo("Don't Look Away");
        assertThat(fund.createdBy).isEqualTo("femke");

        given().when().get("/funds/new")
                .then().statusCode(200)
                .body(containsString("<h1 class=\"h3 mb-3\">Nieuw fonds</h1>"))
                .body(containsString("<option value=\"PROJECT\" selected>geoormerkt (project)</option>"))
                .body(containsString("<option value=\"UNEARMARKED\" >ongeoormerkt (vrij besteedbaar)</option>"))
                .body(containsString(">Opslaan</button>"));
        given().cookie("crm-lang", "en").when().get("/funds/" + fund.id)
                .then().statusCode(200)
                .body(containsString("<h1 class=\"h3 mb-3\">Edit fund " + code + "</h1>"))
                .body(containsString("<option value=\"PROJECT\" selected>earmarked (project)</option>"))
                .body(containsString(">Save</button>"));
        given().when().get("/funds")
                .then().statusCode(200)
                .body(containsString("Nieuw fonds"))
                .body(containsString(">Wijzigen</a>"))
                .body(containsString(">Sluiten</button>"))
                .body(containsString("/funds/" + fund.id + "/close"));
        given().redirects().follow(false)
                .header("Origin", origin())
                .when().post("/funds/" + fund.id + "/close")
                .then().statusCode(303);
        assertThat(funds.count("code = ?1 and status = ?2", code, FundStatus.CLOSED)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aFormWithAnEndBeforeItsStartIsShownAgainWithTheReasonAndStoresNothing() {
        String code = uniqueCode("PRJ");
        given().header("Origin", origin())
                .formParam("code", code).formParam("name", "CAPISCE").formParam("earmarkClass", "PROJECT")
                .formParam("activeFrom", "2026-01-01").formParam("activeTo", "2025-12-31")
                .when().post("/funds")
                .then().statusCode(422)
                .body(containsString("<div class=\"field-error\">mag niet vóór Actief vanaf liggen</div>"))
                .body(containsString("value=\"CAPISCE\""));
        given().header("Origin", origin()).cookie("crm-lang", "en")
                .formParam("code", code).formParam("name", "CAPISCE").formParam("earmarkClass", "PROJECT")
                .formParam("activeFrom", "2026-01-01").formParam("activeTo", "2025-12-31")
                .formParam("funderDonorId", "not-an-id")
                .when().post("/funds")
                .then().statusCode(422)
                .body(containsString("<div class=\"field-error\">must not be before Active from</div>"))
                .body(containsString("<div class=\"field-error\">not a donor id; copy the id from the donor&#39;s page"
                        + " (such as 3f2b6c1e-8d4a-4b7e-9c2d-1a5e7f9b0c3d)</div>"));
        assertThat(funds.count("code", code)).isZero();
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void aFormFromAnotherSiteIsRefused() {
        given().header("Origin", "https://evil.example")
                .formParam("code", uniqueCode("PRJ")).formParam("name", "X").formParam("earmarkClass", "PROJECT")
                .formParam("activeFrom", "2026-01-01")
                .when().post("/funds")
                .then().statusCode(403);
    }
}
