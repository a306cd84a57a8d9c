package org.donorcrm.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.donorcrm.demo.DemoData;
import org.donorcrm.demo.DemoGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fundraiser records a gift for a donor of the demo organisation, chosen by name, with the keyboard alone: no id
 * typed, none shown; then sees it on the gift's page and on the donor's page, written the Dutch way.
 */
class GiftEntryBrowserE2ETest {

    private static final String KEYCLOAK_URL =
            property("crm.e2e.keycloak-url", "http://127.0.0.1:8180/realms/donor-crm");
    private static final String DONOR_URL = property("crm.e2e.donor-url", "http://127.0.0.1:8081");
    private static final String GIFT_URL = property("crm.e2e.gift-url", "http://127.0.0.1:8082");
    private static final String PASSWORD = property("crm.e2e.password", "demo");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private WebDriver browser;

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("a gift for a donor chosen by name, keyboard only, seen on the donor's page in Dutch")
    void aGiftForADonorChosenByNameWithTheKeyboardAlone() {
        String token = token();
        // a demo donor whose name only one donor has: typing it leaves one choice. One who gave this year already, so
        // that the gift changes no demo figure other tests count (LYBUNT, new donors), whichever test runs first
        DemoData demo = DemoGenerator.generate();
        java.util.Set<String> gaveThisYear = new java.util.HashSet<>();
        demo.gifts().stream().filter(g -> g.incomeDate().getYear() == TODAY.getYear())
                .forEach(g -> gaveThisYear.add(g.donorKey()));
        String name = null;
        String donorId = null;
        for (DemoData.Donor donor : demo.donors()) {
            if (!"INDIVIDUAL".equals(donor.kind())
                    || !gaveThisYear.isEmpty() && !gaveThisYear.contains(donor.key())) {
                continue;
            }
            String candidate = donor.firstName() + " " + donor.lastName();
            var found = given().auth().oauth2(token).accept(ContentType.JSON).queryParam("q", candidate)
                    .queryParam("size", 2).when().get(DONOR_URL + "/api/v1/donors")
                    .then().statusCode(200).extract().jsonPath();
            if (found.getLong("total") == 1 && candidate.equals(found.getString("items[0].displayName"))) {
                name = candidate;
                donorId = found.getString("items[0].id");
                break;
            }
        }
        assertThat(name).as("a demo donor with a name of their own").isNotNull();

        browser = Chromium.start(1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(GIFT_URL + "/gifts/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("fundraiser");
        browser.findElement(By.id("password")).sendKeys(PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("donorSearch")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the form starts at the donor")
                .isEqualTo("donorSearch");

        Actions keyboard = new Actions(browser);
        keyboard.sendKeys(name).perform();
        wait.until(ExpectedConditions.elementToBeSelected(By.id("donor-" + donorId)));
        assertThat(browser.findElement(By.cssSelector("#donor-options label")).getText()).startsWith(name)
                .doesNotContain(donorId);
        keyboard.sendKeys(Keys.TAB).perform(); // into the choice of donor
        assertThat(browser.switchTo().activeElement().getAttribute("value")).isEqualTo(donorId);
        keyboard.sendKeys(Keys.TAB).perform(); // to the amount
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("amount");
        keyboard.sendKeys("1.234,56").sendKeys(Keys.ENTER).perform();

        wait.until(ExpectedConditions.urlMatches(GIFT_URL + "/gifts/[0-9a-f-]{36}$"));
        String giftPage = browser.getPageSource();
        assertThat(giftPage).contains("€ 1.234,56").contains(name);

        String donorPage = DONOR_URL + "/donors/" + donorId;
        String expected = "€ 1.234,56 op " + TODAY.format(DateTimeFormatter.ofPattern("d MMM yyyy",
                Locale.forLanguageTag("nl")));
        await("the gift on the donor's page").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    browser.get(donorPage);
                    return browser.getPageSource().contains(expected);
                });
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    }

    private static String token() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", property("crm.e2e.client-id", "crm-cli"))
                .formParam("username", "fundraiser").formParam("password", PASSWORD)
                .when().post(KEYCLOAK_URL + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
