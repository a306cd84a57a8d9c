package org.donorcrm.reporting.figures;

import io.quarkus.test.junit.QuarkusTest;
import org.donorcrm.reporting.ledger.TestEvents;
import org.donorcrm.reporting.TestYears;
import org.donorcrm.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.reporting.ledger.TestEvents.alloc;
import static org.donorcrm.reporting.ledger.TestEvents.id;
import static org.hamcrest.Matchers.equalTo;

/** Cost per euro raised from campaign-service's cost events, in a year of its own ({@link TestYears}). */
@QuarkusTest
class CampaignCostTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void costPerEuroRaisedCountsTheCostsOfThePeriodThatWereNotRemoved() {
        int year = TestYears.year();
        int otherYear = TestYears.year();
        String campaign = id();
        String wrongCost = id();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.campaignDefined(campaign, "C" + year, "1000.00", null, null);
            events.giftRecorded(id(), id(), year + "-05-01", "400.00", campaign, null,
                    alloc(1, "UNEARMARKED", "ALG", "400.00"));
            events.campaignCostRecorded(id(), campaign, "100.00", year + "-04-01");
            events.campaignCostRecorded(wrongCost, campaign, "50.00", year + "-04-02");
            events.campaignCostRemoved(wrongCost, campaign, "50.00");
            // a cost of another year does not count
            events.campaignCostRecorded(id(), campaign, "70.00", otherYear + "-01-10");
        }
        String c = "items.find { it.campaignId == '" + campaign + "' }.";
        // 100.00 (the 50.00 was removed, the 70.00 is dated in another year) ÷ 400.00 raised = 0.2500
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.forRoles("director"))
                        .when().get("/api/v1/figures/campaign-results?year=" + year)
                        .then().statusCode(200)
                        .body(c + "raised", equalTo("400.00"))
                        .body(c + "costPerEuroRaised", equalTo("0.2500")));
    }
}
