package org.donorcrm.campaign.campaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
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
                .body(containsString("EMAIL"))
                .body(containsString("id=\"results\""))
                .body(containsString("€ 25000.00"))      // the campaign's goal
                .body(containsString("€ 5000.00"))       // the appeal's goal
                .body(containsString("€ 1234.50"))       // the cost, in the costs table and the results
                .body(containsString("Porto"))
                .body(containsString("data-chart="))
                .body(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js"))
                // no inline style: the policy admits none
                .body(containsString("class=\"chart chart-tall\""))
                .body(not(containsString("style=")))
                .header("Content-Security-Policy", containsString("style-src 'self';"));
        given().when().get("/campaigns")
                .then().statusCode(200)
                .body(containsString("/campaigns/" + idOf(campaign)))
                .body(containsString("fenna"));
        given().when().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
        given().when().get("/js/progress-chart.js").then().statusCode(200);
    }

    @Test
    void withoutSigningInTheScreensAreClosed() {
        given().redirects().follow(false).when().get("/campaigns").then().statusCode(401);
    }
}
