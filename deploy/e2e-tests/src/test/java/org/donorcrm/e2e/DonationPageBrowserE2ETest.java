package org.donorcrm.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.donorcrm.e2e.E2eStack.DONOR_URL;
import static org.donorcrm.e2e.E2eStack.GIFT_URL;
import static org.donorcrm.e2e.E2eStack.PASSWORD;
import static org.donorcrm.e2e.E2eStack.token;

import io.restassured.path.json.JsonPath;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person, signed out, becomes a monthly donor of the running year-end campaign on its public page (SEPA
 * e-mandate, € 10,00 a month, e-mail consent), and then staff, signed in, find the new donor with that consent
 * and the donor number, the mandate in gift-service with the campaign, and its first collection in the preview of
 * that date's collection run.
 */
class DonationPageBrowserE2ETest {

    private static final String CAMPAIGN = "EJA-2026";

    private WebDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("signed out, monthly by e-mandate on a campaign's page; signed in, the donor, consent, mandate and preview")
    void aPersonBecomesAMonthlyDonorOnTheCampaignPage() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "eva.online-" + run + "@example.org";
        String iban = dutchIban(new Random());

        browser = Chromium.start(3200);   // the whole form in the window, as on a tall phone page scrolled through
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(DONOR_URL + "/geven/" + CAMPAIGN);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Word donateur");
        assertThat(browser.findElement(By.id("ideal-unavailable")).getText()).contains("iDEAL");

        click(By.id("amount-1"));          // € 10,00
        click(By.id("frequency-MONTHLY"));
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("Totaal: € 10,00 per maand");
        browser.findElement(By.id("firstName")).sendKeys("Eva");
        browser.findElement(By.id("lastName")).sendKeys("Online" + run);
        browser.findElement(By.id("email")).sendKeys(email);
        click(By.id("consentEmail"));
        browser.findElement(By.id("iban")).sendKeys(iban);
        browser.findElement(By.id("accountHolder")).sendKeys("E. Online" + run);
        click(By.id("authorise"));
        Thread.sleep(3_500);   // a person takes longer than the page's minimum fill time (3 s)
        click(By.cssSelector("button[type='submit']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
        String thanks = browser.findElement(By.id("reference")).getText();
        assertThat(thanks).contains("DON-");
        String reference = thanks.substring(thanks.indexOf("DON-")).split("[\\s.,)]")[0];

        // signed in: the new donor, once, with the e-mail consent and a donor number
        String fundraiser = token("fundraiser");
        JsonPath found = given().auth().oauth2(fundraiser).queryParam("q", email)
                .get(DONOR_URL + "/api/v1/donors").then().statusCode(200).extract().jsonPath();
        assertThat(found.getList("items")).hasSize(1);
        String donorId = found.getString("items[0].id");
        long number = found.getLong("items[0].number");
        assertThat(reference).isEqualTo("DON-" + number + "-1");
        List<String> granted = given().auth().oauth2(fundraiser)
                .get(DONOR_URL + "/api/v1/donors/" + donorId + "/consents").then().statusCode(200)
                .extract().jsonPath().getList("current.findAll { it.granted }.channel", String.class);
        assertThat(granted).as("consent only where ticked: e-mail, not post or phone").isNotEmpty().containsOnly("EMAIL");

        // the donor's page, as a fundraiser sees it
        browser.get(DONOR_URL + "/donors/" + donorId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("fundraiser");
        browser.findElement(By.id("password")).sendKeys(PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Online" + run));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(String.valueOf(number))
                .doesNotContain(donorId);

        // the mandate in gift-service (delivered by donor-service with its own identity), with the campaign
        String campaignId = given().auth().oauth2(fundraiser).queryParam("size", 500)
                .get(E2eStack.property("crm.e2e.campaign-url", "http://127.0.0.1:8083") + "/api/v1/campaigns")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.code == '" + CAMPAIGN + "' }.id");
        String finance = token("finance");
        JsonPath mandates = await("the mandate in gift-service").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> given().auth().oauth2(finance).queryParam("donorId", donorId)
                        .get(GIFT_URL + "/api/v1/mandates").then().statusCode(200).extract().jsonPath(),
                        page -> page.getList("items").size() == 1);
        assertThat(mandates.getString("items[0].reference")).isEqualTo(reference);
        assertThat(mandates.getString("items[0].amount")).isEqualTo("10.00");
        assertThat(mandates.getString("items[0].frequency")).isEqualTo("MONTHLY");
        assertThat(mandates.getString("items[0].status")).isEqualTo("ACTIVE");
        assertThat(mandates.getString("items[0].debtorIban")).isEqualTo(iban);
        assertThat(mandates.getString("items[0].campaignId")).isEqualTo(campaignId);
        LocalDate first = LocalDate.parse(mandates.getString("items[0].firstCollectionDate"));

        // its first collection in the preview of that date's run, on finance's screen (a browser of its own: the
        // fundraiser's sign-in at Keycloak would carry over)
        browser.quit();
        browser = Chromium.start(1400);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(GIFT_URL + "/collection-runs/preview?dueDate=" + first);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("finance");
        browser.findElement(By.id("password")).sendKeys(PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), reference));
        String row = browser.findElements(By.cssSelector("tr")).stream().map(r -> r.getText())
                .filter(text -> text.contains(reference)).findFirst().orElseThrow();
        assertThat(row).contains("€ 10,00");
    }

    /** Clicks an element as a person would, after scrolling it to the middle of the window. */
    private void click(By element) {
        WebElement target = browser.findElement(element);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        try {
            target.click();
        } catch (ElementClickInterceptedException covered) {
            // a label drawn over its own checkbox (Bootstrap's form-check) takes the click: the same as a person's
            ((JavascriptExecutor) browser).executeScript("arguments[0].click();", target);
        }
    }

    /** A Dutch IBAN with right check digits (mod 97), of a random account at a test bank code. */
    private static String dutchIban(Random random) {
        String bban = "INGB" + String.format("%010d", Math.abs(random.nextLong()) % 10_000_000_000L);
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + "NL00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return "NL" + String.format("%02d", check) + bban;
    }
}
