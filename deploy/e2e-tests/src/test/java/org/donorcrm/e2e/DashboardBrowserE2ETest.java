package org.donorcrm.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The director's dashboard in a real headless browser (Debian's Chromium and chromedriver, driven by
 * Selenium; nothing is downloaded): sign in through Keycloak's login page, read the private-donor
 * income tile, record a gift through the API, and see the tile change without reloading the page
 * (server-sent events + htmx). Screenshots go to {@code target/screenshots/}.
 *
 * <p>Against a running local stack (deploy/local/up). Properties as in {@link WalkingSkeletonE2ETest},
 * plus {@code crm.e2e.donor-url} and {@code crm.e2e.chromium} / {@code crm.e2e.chromedriver} (the
 * binaries, default /usr/bin/chromium and /usr/bin/chromedriver).
 */
class DashboardBrowserE2ETest {

    private static final String KEYCLOAK_URL =
            property("crm.e2e.keycloak-url", "http://127.0.0.1:8180/realms/donor-crm");
    private static final String DONOR_URL = property("crm.e2e.donor-url", "http://127.0.0.1:8081");
    private static final String GIFT_URL = property("crm.e2e.gift-url", "http://127.0.0.1:8082");
    private static final String REPORTING_URL = property("crm.e2e.reporting-url", "http://127.0.0.1:8084");
    private static final String CLIENT_ID = property("crm.e2e.client-id", "crm-cli");
    private static final String PASSWORD = property("crm.e2e.password", "demo");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final BigDecimal AMOUNT = new BigDecimal("321.09");
    private static final String TILE = "[data-tile='private-donors']";

    private static WebDriver browser;

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        for (String url : new String[] {REPORTING_URL + "/q/health", GIFT_URL + "/q/health",
                DONOR_URL + "/q/health"}) {
            int status;
            try {
                status = given().when().get(url).statusCode();
            } catch (Exception e) {
                status = -1;
            }
            if (status != 200) {
                fail("%s answered %s: is the local stack up (deploy/local/up)?", url, status);
            }
        }
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.start(1600);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("a director signs in through Keycloak and sees the tile change when a gift is recorded, without reloading")
    void theDashboardTileFollowsARecordedGiftLive() throws Exception {
        String director = token("director");
        BigDecimal settled = settledPrivateIncome(director);

        browser.get(REPORTING_URL + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).as("redirected to Keycloak's login page").startsWith(KEYCLOAK_URL);
        screenshot("1-keycloak-login");
        browser.findElement(By.id("username")).sendKeys("director");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("kc-login")).click();

        WebElement tile = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(TILE)));
        assertThat(browser.getCurrentUrl()).startsWith(REPORTING_URL);
        assertThat(browser.getPageSource()).contains("Strategische cijfers");
        BigDecimal before = new BigDecimal(tile.getDomAttribute("data-value"));
        assertThat(before).as("the tile shows the figure of the API").isEqualByComparingTo(settled);
        // where the year will land: the forecast API's value, marked on the tile with the words of the dashboard
        BigDecimal landing = landingOfPrivateIncome(director);
        WebElement landingMark = tile.findElement(By.cssSelector("[data-landing]"));
        assertThat(new BigDecimal(landingMark.getDomAttribute("data-landing"))).as("the landing on the tile")
                .isEqualByComparingTo(landing);
        assertThat(landingMark.getText()).startsWith("Prognose 31-12: € ");
        assertThat(landing).as("the landing holds what is realised").isGreaterThanOrEqualTo(before);
        assertThat(browser.findElement(By.cssSelector("[data-forecast-basis]")).getText()).isNotBlank();
        // the page is marked so that a reload would be noticed: the mark must survive the update
        ((JavascriptExecutor) browser).executeScript("window.__noReload = 'still the same page';");
        // the event stream is open and the charts are drawn before the gift is recorded
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('live-status').dataset.open === 'true' "
                        + "&& document.getElementById('charts').dataset.drawn !== undefined")));
        Object drawnBefore = ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('charts').dataset.drawn");
        screenshot("2-dashboard-before");

        String finance = token("finance");
        String donorId = registerDonor(finance);
        recordGift(finance, donorId);
        long recorded = System.nanoTime();

        BigDecimal expected = before.add(AMOUNT);
        await("the private-donor tile shows " + expected + " without a reload")
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(250))
                // the live update swaps the tile: a tile found just before its swap is stale, the next poll finds the new one
                .ignoreException(org.openqa.selenium.StaleElementReferenceException.class)
                .untilAsserted(() -> assertThat(new BigDecimal(
                        browser.findElement(By.cssSelector(TILE)).getDomAttribute("data-value")))
                        .isEqualByComparingTo(expected));
        System.out.printf("MEASURED dashboard tile updated %d ms after gift-service accepted the gift%n",
                (System.nanoTime() - recorded) / 1_000_000);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__noReload"))
                .as("the page was not reloaded").isEqualTo("still the same page");
        // the charts were fetched and drawn again on the same event
        wait.until(d -> !drawnBefore.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('charts').dataset.drawn")));
        screenshot("3-dashboard-after");
    }

    /**
     * This year's private-donor income to date once reporting has caught up with what the stack holds (the demo
     * data may still be flowing in): the same value twice, two seconds apart.
     */
    private static BigDecimal settledPrivateIncome(String token) {
        BigDecimal[] last = {null};
        await("reporting-service settled").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
                    BigDecimal now = new BigDecimal(given().auth().oauth2(token).accept(ContentType.JSON)
                            .queryParam("year", today.getYear()).queryParam("asOf", today.toString())
                            .when().get(REPORTING_URL + "/api/v1/figures/private-donors")
                            .then().statusCode(200).extract().jsonPath().getString("privateIncome"));
                    boolean same = now.equals(last[0]);
                    last[0] = now;
                    return same;
                });
        return last[0];
    }

    /** This year's forecast of private-donor income at year end, as the forecast API gives it. */
    private static BigDecimal landingOfPrivateIncome(String token) {
        return new BigDecimal(given().auth().oauth2(token).accept(ContentType.JSON)
                .queryParam("year", LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear())
                .when().get(REPORTING_URL + "/api/v1/forecasts")
                .then().statusCode(200).extract().jsonPath()
                .getString("figures.find { it.key == 'private-donors' }.value"));
    }

    /** A new individual donor through donor-service's API; its id. */
    private static String registerDonor(String token) {
        Response created = given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"kind":"INDIVIDUAL","firstName":"Browser","lastName":"Test %s","country":"NL"}
                        """.formatted(UUID.randomUUID().toString().substring(0, 8)))
                .when().post(DONOR_URL + "/api/v1/donors")
                .then().log().ifValidationFails().statusCode(201).extract().response();
        return created.jsonPath().getString("id");
    }

    /**
     * An unearmarked gift, dated today; retried (each try a request of its own) while gift-service's donor
     * replica has not seen the donor yet (422 "unknown donor").
     */
    private static void recordGift(String token, String donorId) {
        String body = """
                {"donorId":"%s","amount":"%s","currency":"EUR","incomeDate":"%s","channel":"BANK_TRANSFER",
                 "earmarkClass":"UNEARMARKED"}""".formatted(donorId, AMOUNT.toPlainString(),
                LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        await("gift-service knows the new donor").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    int status = given().auth().oauth2(token).contentType(ContentType.JSON)
                            .accept(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                            .when().post(GIFT_URL + "/api/v1/gifts").then().extract().statusCode();
                    if (status != 201 && status != 422) {
                        fail("recording the gift answered " + status);
                    }
                    return status == 201;
                });
    }

    private static String token(String username) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", CLIENT_ID)
                .formParam("username", username).formParam("password", PASSWORD)
                .when().post(KEYCLOAK_URL + "/protocol/openid-connect/token")
                .then().log().ifValidationFails().statusCode(200)
                .extract().path("access_token");
    }

    private static void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }
}
