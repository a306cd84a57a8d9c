package org.donorcrm.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one top bar of the platform's layout, as a signed-in person sees it on a page of the test application (section
 * gifts; its second row is crm.nav.links in application.properties): only the sections and links their role may
 * open, the current ones marked.
 */
@QuarkusTest
class TopBarTest {

    private static final Pattern LINK = Pattern.compile("<a class=\"([^\"]*)\" (aria-current=\"page\" )?href=\"([^\"]*)\">([^<]*)</a>");

    /** A director may open Gifts, Campaigns and Figures but not Donors (Nav), the Overview, Reports and Jobs. */
    @Test
    @TestSecurity(user = "dana", roles = "director")
    void aDirectorSeesOnlyWhatADirectorMayOpenAndTheCurrentPageMarked() {
        String page = given().get("/test/page").then().statusCode(200).extract().asString();

        assertThat(links(page)).containsExactly(
                "nav-link active [current] / Giften",
                "nav-link http://campaigns.test/ Campagnes",
                "nav-link http://figures.test/ Cijfers",
                "btn btn-outline-light btn-sm /logout Afmelden",
                "nav-link active [current] /test/page Overzicht",
                "nav-link /test/reports Rapporten",
                "nav-link /jobs Taken");
        assertThat(page).contains("<span class=\"navbar-text me-3\">dana</span>");
        assertThat(page).contains("<title>Overview · Donor CRM</title>");
        // every link of the second row the director sees opens; the one left out does not
        for (String path : List.of("/test/page", "/test/reports", "/jobs")) {
            given().get(path).then().statusCode(200);
        }
        given().get("/test/batches").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "fay", roles = "fundraiser")
    void aFundraiserSeesEverySectionAndTheirOwnLinksWithTheParentMarkedOnASubpage() {
        String page = given().get("/test/page/detail").then().statusCode(200).extract().asString();

        assertThat(links(page)).containsExactly(
                "nav-link http://donors.test/ Donateurs",
                "nav-link active [current] / Giften",
                "nav-link http://campaigns.test/ Campagnes",
                "nav-link http://figures.test/ Cijfers",
                "btn btn-outline-light btn-sm /logout Afmelden",
                "nav-link active [current] /test/page Overzicht",
                "nav-link /test/batches Batches",
                "nav-link /jobs Taken");
        given().get("/test/batches").then().statusCode(200);
        given().get("/test/reports").then().statusCode(403);
    }

    /** An admin may not open the figures' dashboard: the Figures section takes an admin to its admin screens. */
    @Test
    @TestSecurity(user = "ada", roles = "admin")
    void anAdminIsTakenToTheAdminScreensOfTheFigures() {
        String page = given().get("/test/page").then().statusCode(200).extract().asString();

        assertThat(links(page)).contains("nav-link http://figures.test/admin/dead-letters Cijfers",
                "nav-link http://donors.test/ Donateurs");
    }

    /** English on request: the cookie the language switch sets; the switch itself offers the other language. */
    @Test
    @TestSecurity(user = "fay", roles = "fundraiser")
    void theTopBarIsDutchByDefaultAndEnglishOnRequest() {
        String dutch = given().get("/test/page?x=1").then().statusCode(200).extract().asString();
        assertThat(dutch).contains("<html lang=\"nl\">")
                .contains("href=\"/lang/en?back=%2Ftest%2Fpage%3Fx%3D1\" lang=\"en\" hreflang=\"en\">English</a>");

        String english = given().cookie("crm-lang", "en").get("/test/page").then().statusCode(200).extract().asString();
        assertThat(english).contains("<html lang=\"en\">")
                .contains("href=\"/lang/nl?back=%2Ftest%2Fpage\" lang=\"nl\" hreflang=\"nl\">Nederlands</a>");
        assertThat(links(english)).containsExactly(
                "nav-link http://donors.test/ Donors",
                "nav-link active [current] / Gifts",
                "nav-link http://campaigns.test/ Campaigns",
                "nav-link http://figures.test/ Figures",
                "btn btn-outline-light btn-sm /logout Sign out",
                "nav-link active [current] /test/page Overview",
                "nav-link /test/batches Batches",
                "nav-link /jobs Jobs");
    }

    /** The switch remembers the choice for a year and goes back to the page it was made on, never elsewhere. */
    @Test
    @TestSecurity(user = "fay", roles = "fundraiser")
    void theLanguageSwitchRemembersTheChoiceAndGoesBackOnlyToAPageOfThisService() {
        given().redirects().follow(false).queryParam("back", "/test/page?x=1").get("/lang/en").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/test/page?x=1"))
                .header("Set-Cookie", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("crm-lang=en;"),
                        org.hamcrest.Matchers.containsString("Max-Age=31536000"),
                        org.hamcrest.Matchers.containsString("SameSite=Lax")));
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "test")) {
            given().redirects().follow(false).queryParam("back", elsewhere).get("/lang/nl").then().statusCode(303)
                    .header("Location", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("evil")))
                    .header("Location", org.hamcrest.Matchers.endsWith("/"));
        }
        // a language the product does not have is Dutch
        given().redirects().follow(false).get("/lang/fr?back=/").then().statusCode(303)
                .header("Set-Cookie", org.hamcrest.Matchers.startsWith("crm-lang=nl;"));
    }

    @Test
    void aPageWithoutSignInIsRefusedNotAnError() {
        given().get("/test/page").then().statusCode(401);
    }

    /** Every link of the page: its class, whether it is marked current, its address and its label. */
    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            links.add(link.group(1) + (link.group(2) != null ? " [current]" : "") + " " + link.group(3) + " "
                    + link.group(4));
        }
        return links;
    }
}
