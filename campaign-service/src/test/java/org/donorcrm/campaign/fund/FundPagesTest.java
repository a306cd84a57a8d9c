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
                .body(not(containsString("New fund")))
                .body(not(containsString("/close")));
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
        Fund fund = funds.find("code", code).firstResult();
        assertThat(fund.name).isEqualTo("Don't Look Away");
        assertThat(fund.createdBy).isEqualTo("femke");

        given().when().get("/funds")
                .then().statusCode(200)
                .body(containsString("New fund"))
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
                .body(containsString("must not be before activeFrom"))
                .body(containsString("value=\"CAPISCE\""));
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
