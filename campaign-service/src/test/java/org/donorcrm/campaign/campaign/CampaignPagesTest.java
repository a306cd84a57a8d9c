package org.donorcrm.campaign.campaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.donorcrm.platform.i18n.Formats;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.donorcrm.campaign.Fixtures.createAppeal;
import static org.donorcrm.campaign.Fixtures.createCampaign;
import static org.donorcrm.campaign.Fixtures.idOf;
import static org.donorcrm.campaign.Fixtures.uniqueCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The campaign screens: the list, and a campaign's page with its appeals, results, chart and costs. */
@QuarkusTest
class CampaignPagesTest {

    @Inject
    CampaignService campaigns;

    /** The list's count line: "1 campagne, nieuwste eerst", "1.234 campagnes, nieuwste eerst". */
    private String countLine(String one, String many, String order) {
        long total = campaigns.campaigns(null).count();
        return "<p class=\"text-muted\">" + (total == 1 ? "1 " + one : Formats.number(total) + " " + many)
                + ", " + order + "</p>";
    }

    @Test
    @TestSecurity(user = "fenna", roles = {"fundraiser", "finance"})
    void aCampaignPageShowsItsAppealsResultsChartAndCosts() throws Exception {
        String code = uniqueCode("EJ");
        String campaign = createCampaign(code, "25000.00");
        String appealCode = uniqueCode("AP");
        createAppeal(campaign, appealCode, "5000.00", "EMAIL");
        given().auth().oauth2(TestTokens.forRoles("finance"))
                .contentType(ContentType.JSON)
                .body("""
                        {"category":"POSTAGE","amount":"1234.50","costDate":"2026-11-03","description":"Porto"}
                        """)
                .when().post(campaign + "/costs")
                .then().statusCode(201);

        given().when().get("/campaigns/" + idOf(campaign))
                .then().statusCode(200)
                .body(containsString(code))
                .body(containsString(appealCode))
                .body(containsString(">e-mail</span>"))   // the appeal's channel, in words
                .body(not(containsString("EMAIL")))
                .body(containsString("id=\"results\""))
                .body(containsString("<h2 class=\"h5 mt-4\">Resultaten</h2>"))
                .body(containsString("Kosten per opgehaalde €"))
                .body(containsString("Campagne met al haar acties"))
                .body(containsString("1 nov. 2026 – 31 jan. 2027 · lopend"))
                .body(containsString("€ 25.000,00"))     // the campaign's goal
                .body(containsString("€ 5.000,00"))      // the appeal's goal
                .body(containsString("€ 1.234,50"))      // the cost, in the costs table and the results
                .body(containsString("-100,00 %"))       // the campaign's ROI: (0 − 1234.50) ÷ 1234.50
                .body(containsString("<td>03-11-2026</td><td>porto</td><td>Porto</td>"))
                .body(containsString("data-chart="))
                .body(containsString("data-label-goal=\"Doel\" data-label-raised=\"Opgehaald\""))
                .body(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"))
                // no inline style: the policy admits none
                .body(containsString("class=\"chart chart-tall\""))
                .body(not(containsString("style=")))
                .header("Content-Security-Policy", containsString("style-src 'self';"));
        // in English on request: the words change, the numbers are written the same way
        given().cookie("crm-lang", "en").when().get("/campaigns/" + idOf(campaign))
                .then().statusCode(200)
                .body(containsString("<h2 class=\"h5 mt-4\">Results</h2>"))
                .body(containsString("Cost per € raised"))
                .body(containsString("Campaign with its appeals"))
                .body(containsString("1 Nov 2026 – 31 Jan 2027 · active"))
                .body(containsString("<td>03-11-2026</td><td>postage</td><td>Porto</td>"))
                .body(containsString("€ 25.000,00"))
                .body(containsString("data-label-goal=\"Goal\" data-label-raised=\"Raised\""));
        given().when().get("/campaigns")
                .then().statusCode(200)
                .body(containsString("/campaigns/" + idOf(campaign)))
                .body(containsString("<title>Campagnes · Donor CRM</title>"))
                .body(containsString(countLine("campagne", "campagnes", "nieuwste eerst")))
                .body(containsString("<th>Eigenaar</th>"))
                .body(containsString("<td>01-11-2026</td>"))
                .body(containsString("<td class=\"money\">€ 25.000,00</td>"))
                .body(containsString("<td>lopend</td>"))
                .body(containsString("fenna"));
        given().cookie("crm-lang", "en").when().get("/campaigns")
                .then().statusCode(200)
                .body(containsString("<title>Campaigns · Donor CRM</title>"))
                .body(containsString(countLine("campaign", "campaigns", "newest first")))
                .body(containsString("<th>Owner</th>"))
                .body(containsString("<td>active</td>"));
        given().when().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
        given().when().get("/js/progress-chart.js").then().statusCode(200);
    }

    @Test
    void withoutSigningInTheScreensAreClosed() {
        given().redirects().follow(false).when().get("/campaigns").then().statusCode(401);
    }
}
