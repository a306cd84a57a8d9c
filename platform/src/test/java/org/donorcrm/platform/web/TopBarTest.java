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
                "nav-link active [current] / Gifts",
                "nav-link http://campaigns.test/ Campaigns",
                "nav-link http://figures.test/ Figures",
                "btn btn-outline-light btn-sm /logout Sign out",
                "nav-link active [current] /test/page Overview",
                "nav-link /test/reports Reports",
                "nav-link /jobs Jobs");
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
                "nav-link http://donors.test/ Donors",
                "nav-link active [current] / Gifts",
                "nav-link http://campaigns.test/ Campaigns",
                "nav-link http://figures.test/ Figures",
                "btn btn-outline-light btn-sm /logout Sign out",
                "nav-link active [current] /test/page Overview",
                "nav-link /test/batches Batches",
                "nav-link /jobs Jobs");
        given().get("/test/batches").then().statusCode(200);
        given().get("/test/reports").then().statusCode(403);
    }

    /** An admin may not open the figures' dashboard: the Figures section takes an admin to its admin screens. */
    @Test
    @TestSecurity(user = "ada", roles = "admin")
    void anAdminIsTakenToTheAdminScreensOfTheFigures() {
        String page = given().get("/test/page").then().statusCode(200).extract().asString();

        assertThat(links(page)).contains("nav-link http://figures.test/admin/dead-letters Figures",
                "nav-link http://donors.test/ Donors");
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
