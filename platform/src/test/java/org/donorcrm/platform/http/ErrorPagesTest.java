package org.donorcrm.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * A browser gets an error page in its person's language, in the usual top bar, with a way back; a program gets the
 * problem+json it asked for (ErrorPages).
 */
@QuarkusTest
class ErrorPagesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    @TestSecurity(user = "fay", roles = "fundraiser")
    void aWrongAddressInTheBrowserIsAPageInDutchWithAWayBack() {
        given().accept(BROWSER).header("Referer", io.restassured.RestAssured.baseURI + ":" + port() + "/test/page?x=1")
                .get("/test/no-such-page").then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("<html lang=\"nl\">"),
                        containsString("<title>Pagina niet gevonden · Donor CRM</title>"),
                        containsString("Deze pagina bestaat niet (meer)."),
                        containsString("href=\"/test/page?x=1\">Terug naar de vorige pagina</a>"),
                        containsString(">Naar de startpagina</a>"),
                        containsString(">Afmelden</a>")));
    }

    @Test
    @TestSecurity(user = "fay", roles = "fundraiser")
    void inEnglishOnRequestAndWithoutABackLinkToAnotherSite() {
        given().accept(BROWSER).cookie("crm-lang", "en").header("Referer", "https://elsewhere.example/page")
                .get("/test/no-such-page").then().statusCode(404)
                .body(allOf(containsString("<title>Page not found · Donor CRM</title>"),
                        not(containsString("elsewhere")), not(containsString("Back to the previous page"))));
    }

    /** A director who follows a fundraiser's link by hand sees why, not JSON. */
    @Test
    @TestSecurity(user = "dana", roles = "director")
    void aPageTheRoleMayNotOpenSaysSo() {
        given().accept(BROWSER).get("/test/batches").then().statusCode(403)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("<h1 class=\"h3\">Geen toegang</h1>"),
                        containsString("Uw rol geeft geen toegang tot deze pagina.")));
    }

    @Test
    @TestSecurity(user = "dana", roles = "director")
    void theApiKeepsItsProblemJson() {
        given().accept("application/json").get("/test/no-such-page").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        given().get("/test/batches").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("title", equalTo("Forbidden"));
        given().accept("application/problem+json, text/html").get("/test/batches").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    private static int port() {
        return io.restassured.RestAssured.port;
    }
}
