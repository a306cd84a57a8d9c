package org.donorcrm.campaign.fund;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.donorcrm.platform.donors.DonorServiceClient;
import org.donorcrm.platform.donors.DonorShown;
import org.donorcrm.platform.donors.Donors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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
                .body(containsString("<div class=\"field-error\">choose the funder among the donors found</div>"));
        assertThat(funds.count("code", code)).isZero();
    }

    /** donor-service as the fund screens see it: one foundation, by name for finance, by number for a director. */
    static class FakeDonors extends Donors {
        static final String FONDS = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
        static final List<String> SEARCHED = new ArrayList<>();

        FakeDonors() {
            super("http://127.0.0.1:9");
        }

        @Override
        public Found search(String text, SecurityIdentity identity) {
            SEARCHED.add(text);
            return text.contains("kinder") ? new Found(List.of(new DonorServiceClient.Card(FONDS, 100007L,
                    "FOUNDATION", "Fonds Kinderrechten", "2511 AB", "Den Haag")), false, false) : Found.none();
        }

        @Override
        public Map<String, DonorShown> shown(Collection<String> ids, SecurityIdentity identity) {
            boolean named = identity.hasRole("finance");
            return ids.contains(FONDS) ? Map.of(FONDS, new DonorShown(FONDS, named ? "Fonds Kinderrechten" : null,
                    100007L, "FOUNDATION")) : Map.of();
        }
    }

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void theFunderIsChosenBySearchAndShownByNameNeverByItsId() {
        QuarkusMock.installMockForType(new FakeDonors(), Donors.class);
        // typing part of the name offers the donors found as choices; nobody types an id
        given().queryParam("name", "funderDonorId").queryParam("search", "funderSearch")
                .queryParam("optional", "true").queryParam("funderSearch", "kinder")
                .when().get("/donor-choices").then().statusCode(200)
                .body(containsString("<input class=\"form-check-input\" type=\"radio\" name=\"funderDonorId\" "
                        + "id=\"funderDonorId-none\" value=\"\" checked>"))
                .body(containsString("value=\"" + FakeDonors.FONDS + "\">"))
                .body(containsString("<strong>Fonds Kinderrechten</strong> · nr. 100007 · 2511 AB Den Haag"));
        given().when().get("/funds/new").then().statusCode(200)
                .body(containsString("<label class=\"form-label\" for=\"funderSearch\">Financier (niet verplicht)</label>"))
                .body(containsString("hx-get=\"/donor-choices?name=funderDonorId&amp;search=funderSearch&amp;optional=true\""))
                .body(containsString("<script src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\"></script>"))
                .body(not(containsString("Donateur-id")));
        // the search script is served here too
        given().when().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200);

        String code = uniqueCode("PRJ");
        given().redirects().follow(false).header("Origin", origin())
                .formParam("code", code).formParam("name", "Kinderrechten project").formParam("earmarkClass", "PROJECT")
                .formParam("activeFrom", "2026-01-01").formParam("funderSearch", "kinder")
                .formParam("funderDonorId", FakeDonors.FONDS)
                .when().post("/funds").then().statusCode(303);
        Fund fund = funds.find("code", code).firstResult();
        assertThat(fund.funderDonorId).isEqualTo(FakeDonors.FONDS);
        // the catalogue and the form show the funder by name, never the id
        String catalogue = given().when().get("/funds").then().statusCode(200)
                .body(containsString("<a href=\"http://127.0.0.1:8081/donors/" + FakeDonors.FONDS
                        + "\">Fonds Kinderrechten</a>"))
                .extract().asString();
        assertThat(catalogue.replace("/donors/" + FakeDonors.FONDS, "")).doesNotContain(FakeDonors.FONDS);
        given().when().get("/funds/" + fund.id).then().statusCode(200)
                .body(containsString("value=\"" + FakeDonors.FONDS + "\" checked>"))
                .body(containsString("<strong>Fonds Kinderrechten</strong> · nr. 100007"));
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorSeesTheFunderByNumberAndKind() {
        QuarkusMock.installMockForType(new FakeDonors(), Donors.class);
        String code = uniqueCode("PRJ");
        QuarkusTransaction.requiringNew().run(() -> {
            Fund fund = new Fund();
            fund.id = java.util.UUID.randomUUID().toString();
            fund.code = code;
            fund.name = "Gefinancierd " + code;
            fund.earmarkClass = EarmarkClass.PROJECT;
            fund.activeFrom = java.time.LocalDate.of(2026, 1, 1);
            fund.funderDonorId = FakeDonors.FONDS;
            fund.status = FundStatus.ACTIVE;
            fund.createdBy = "femke";
            fund.createdAt = java.time.Instant.now();
            fund.updatedBy = "femke";
            fund.updatedAt = fund.createdAt;
            funds.persist(fund);
        });
        String catalogue = given().when().get("/funds").then().statusCode(200)
                .body(containsString("<td>nr. 100007 · vermogensfonds</td>"))
                .extract().asString();
        assertThat(catalogue).doesNotContain(FakeDonors.FONDS).doesNotContain("Fonds Kinderrechten");
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
