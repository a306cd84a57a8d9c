package org.donorcrm.platform.http;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.donorcrm.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers a browser gets on every answer, a page, an error or a static file alike (SecurityHeaders), and the
 * refusal of a form posted from another site (SameOriginFilter), read from the real responses.
 */
@QuarkusTest
class SecurityHeadersTest {

    /** The default policy, with this application's crm.security.login-origin. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' http://login.test:8180";

    @TestHTTPResource("/")
    URI base;

    @Test
    void anApiAnswerCarriesTheHeaders() {
        Response ok = given().auth().oauth2(TestTokens.forRoles("finance")).get("/api/v1/test/problems/ok");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertHeaders(ok);
    }

    @Test
    void aNotFoundCarriesTheHeaders() {
        Response missing = given().get("/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertHeaders(missing);
    }

    @Test
    void aProblemAndARefusalOfSignInCarryTheHeaders() {
        Response problem = given().auth().oauth2(TestTokens.forRoles("finance")).get("/api/v1/test/problems/rule");
        assertThat(problem.statusCode()).isEqualTo(422);
        assertHeaders(problem);

        Response anonymous = given().get("/api/v1/test/problems/ok");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertHeaders(anonymous);
    }

    @Test
    void aStaticFileCarriesTheHeaders() {
        Response css = given().get("/css/crm.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.asString()).contains(".progress-w-100 { width: 100%; }");
        assertHeaders(css);

        Response icon = given().get("/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertHeaders(icon);
    }

    @Test
    void aFormFromAnotherSiteIsRefused() {
        Response foreign = form().header("Origin", "https://attacker.example").post("/test/form");

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.asString()).isEqualTo("This form must be sent from the product's own page.");
        assertHeaders(foreign);

        // the same host on another port is another origin
        assertThat(form().header("Origin", "http://" + base.getHost() + ":" + (base.getPort() + 1))
                .post("/test/form").statusCode()).isEqualTo(403);
        assertThat(form().header("Referer", "https://attacker.example/page.html").post("/test/form").statusCode())
                .isEqualTo(403);
        // neither Origin nor Referer: nothing shows where the form came from
        assertThat(form().post("/test/form").statusCode()).isEqualTo(403);
    }

    @Test
    void aFormFromTheProductsOwnPagePasses() {
        String self = "http://" + base.getHost() + ":" + base.getPort();

        Response byOrigin = form().header("Origin", self).post("/test/form");
        assertThat(byOrigin.statusCode()).isEqualTo(200);
        assertThat(byOrigin.asString()).isEqualTo("accepted Jan");

        // a browser that withholds the Origin ("null") still names the page in the Referer
        Response byReferer = form().header("Origin", "null").header("Referer", self + "/test/page").post("/test/form");
        assertThat(byReferer.statusCode()).isEqualTo(200);
    }

    @Test
    void theApiIsNotSubjectToTheOriginCheck() {
        Response api = given().auth().oauth2(TestTokens.forRoles("finance")).contentType(ContentType.JSON)
                .header("Origin", "https://attacker.example")
                .body("{\"name\": \"Jan\", \"count\": 1}")
                .post("/api/v1/test/problems/echo");

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.jsonPath().getString("name")).isEqualTo("Jan");
    }

    private static io.restassured.specification.RequestSpecification form() {
        return given().contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("name", "Jan");
    }

    private static void assertHeaders(Response response) {
        assertThat(response.header("Content-Security-Policy")).isEqualTo(CSP);
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        // once each: no second, looser copy from anywhere else
        assertThat(response.headers().getValues("Content-Security-Policy")).hasSize(1);
        assertThat(response.headers().getValues("X-Frame-Options")).hasSize(1);
    }
}
