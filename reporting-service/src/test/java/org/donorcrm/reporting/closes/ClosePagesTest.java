package org.donorcrm.reporting.closes;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.donorcrm.reporting.TestYears;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Finance closes a month on the closes screen, in a year of its own that has ended; others see no close form. */
@QuarkusTest
class ClosePagesTest {

    @Test
    @TestSecurity(user = "femke", roles = "finance")
    void financeClosesAMonthOnItsScreen() {
        int year = TestYears.ended();
        String origin = RestAssured.baseURI + ":" + RestAssured.port;
        given().when().get("/closes?year=" + year).then().statusCode(200)
                .body(containsString("Maandafsluitingen " + year))
                .body(containsString("action=\"/closes\""));
        given().redirects().follow(false).header("Origin", origin)
                .formParam("year", String.valueOf(year)).formParam("month", "3")
                .when().post("/closes").then().statusCode(303)
                .header("Location", containsString("/closes/" + year + "/3"));
        given().when().get("/closes/" + year + "/3").then().statusCode(200)
                .body(containsString("Afsluiting van " + year + "-3"))
                .body(containsString("door femke op"))
                .body(containsString("Geen aanpassingen na afsluiting"))
                .body(containsString("/exports/close-" + year + "-3.csv"));
        given().header("Origin", origin).formParam("year", String.valueOf(year)).formParam("month", "3")
                .when().post("/closes").then().statusCode(409)
                .body(containsString(year + "-3 is al eerder afgesloten"));
        given().cookie("crm-lang", "en").when().get("/closes/" + year + "/3").then().statusCode(200)
                .body(containsString("Close of " + year + "-3"))
                .body(containsString("by femke at"))
                .body(containsString("No adjustments after close"))
                .body(containsString("Frozen at close"));
        given().formParam("year", String.valueOf(year)).formParam("month", "4")
                .when().post("/closes").then().statusCode(403);
        // the close's table as CSV
        given().when().get("/exports/close-" + year + "-3.csv").then().statusCode(200)
                .body(containsString("Vastgelegd bij afsluiting"));
    }

    @Test
    @TestSecurity(user = "dirk", roles = "director")
    void aDirectorSeesTheClosesWithoutTheFormAndMayNotClose() {
        int year = TestYears.ended();
        given().when().get("/closes?year=" + year).then().statusCode(200)
                .body(containsString("Nog geen maand van " + year + " is afgesloten."))
                .body(not(containsString("action=\"/closes\"")));
        given().formParam("year", String.valueOf(year)).formParam("month", "4")
                .header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .when().post("/closes").then().statusCode(403);
    }
}
