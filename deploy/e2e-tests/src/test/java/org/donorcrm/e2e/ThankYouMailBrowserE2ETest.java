package org.donorcrm.e2e;

import static io.restassured.RestAssured.given;
import static org.donorcrm.e2e.E2eStack.DONOR_URL;
import static org.donorcrm.e2e.E2eStack.GIFT_URL;
import static org.donorcrm.e2e.E2eStack.PASSWORD;
import static org.donorcrm.e2e.E2eStack.token;
import static org.donorcrm.e2e.E2eStack.INBOX_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fundraiser thanks a donor by e-mail from the task list, and the e-mail arrives once in the local stack's
 * mail server (GreenMail), opened in the browser through its inbox: subject, the Dutch salutation, the amount the
 * Dutch way and the donor's number; once.
 */
class ThankYouMailBrowserE2ETest {


    private WebDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("a thank-you e-mail sent from the task list arrives once in the local inbox")
    void aThankYouEmailFromTheTaskListArrivesOnceInTheInbox() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String owner = "e2e-" + run;
        String email = "anna.e2e-" + run + "@example.org";
        String fundraiser = token("fundraiser");
        String donorId = given().auth().oauth2(fundraiser).contentType(ContentType.JSON).body("""
                        {"kind":"INDIVIDUAL","firstName":"Anna","lastName":"Bedankt%s","salutationForm":"INFORMAL",
                         "street":"Keizersgracht","houseNumber":"1","postcode":"1015 CJ","city":"Amsterdam",
                         "country":"NL","email":"%s","preferredLanguage":"nl","owner":"%s"}"""
                        .formatted(run, email, owner))
                .when().post(DONOR_URL + "/api/v1/donors").then().statusCode(201).extract().path("id");
        long number = given().auth().oauth2(fundraiser).when().get(DONOR_URL + "/api/v1/donors/" + donorId)
                .then().statusCode(200).extract().jsonPath().getLong("number");
        given().auth().oauth2(fundraiser).contentType(ContentType.JSON)
                .body("{\"channel\":\"EMAIL\",\"purpose\":\"FUNDRAISING\",\"granted\":true,\"source\":\"e2e\"}")
                .when().post(DONOR_URL + "/api/v1/donors/" + donorId + "/consents").then().statusCode(201);
        // the donor reaches gift-service by its event; then a gift of € 42,50
        String finance = token("finance");
        String gift = "{\"donorId\":\"" + donorId + "\",\"amount\":\"42.50\",\"currency\":\"EUR\",\"incomeDate\":\""
                + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + "\",\"channel\":\"BANK_TRANSFER\"}";
        String giftId = await("the donor known to gift-service").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    var answer = given().auth().oauth2(finance).contentType(ContentType.JSON)
                            .header("Idempotency-Key", "e2e-thanks-" + run).body(gift)
                            .when().post(GIFT_URL + "/api/v1/gifts");
                    return answer.statusCode() == 201 || answer.statusCode() == 200
                            ? answer.jsonPath().getString("id") : null;
                }, id -> id != null);

        browser = Chromium.start(1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        String tasks = DONOR_URL + "/thank-you?owner=" + owner;
        browser.get(tasks);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("fundraiser");
        browser.findElement(By.id("password")).sendKeys(PASSWORD + Keys.ENTER);
        By row = By.cssSelector("tr[data-gift='" + giftId + "']");
        await("the gift on the task list").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    browser.get(tasks);
                    return !browser.findElements(row).isEmpty();
                });
        assertThat(browser.findElement(row).getText()).contains("€ 42,50").doesNotContain(donorId);

        browser.findElement(row).findElement(By.cssSelector("button[name='channel'][value='EMAIL']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mailed")));

        // the local inbox (GreenMail's API), opened in the browser
        String inbox = INBOX_URL + "/api/user/" + email + "/messages/INBOX";
        // (until the first message arrives GreenMail answers that the user is not known: an object, not a list)
        await("the e-mail in the inbox").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().when().get(inbox).then().extract().asString().startsWith("[{"));
        browser.get(inbox);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Hartelijk dank voor uw gift")
                .contains(email);

        JsonPath messages = given().when().get(inbox).then().statusCode(200).extract().jsonPath();
        List<String> subjects = messages.getList("subject");
        assertThat(subjects).containsExactly("Hartelijk dank voor uw gift");
        // the message as sent (quoted-printable: soft line breaks joined)
        String sent = messages.getString("[0].mimeMessage").replace("=\r\n", "").replace("=\n", "");
        assertThat(sent).contains("Beste Anna").contains("42,50").contains(String.valueOf(number));
    }

}
