package org.donorcrm.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen each role can reach from the top bar, signed in at Keycloak's real login page, walked in Dutch (the
 * default) and again in English after the top bar's language switch: each page in the language chosen, no error in
 * the browser's console, and (in Dutch) no serious or critical accessibility violation by axe-core. The English walk
 * is at a laptop's 1280×800 and a last walk at a tablet's 768×1024 (portrait): no page is wider than the window
 * (a wide table scrolls inside its own box, the page does not scroll sideways).
 */
class ScreensBrowserE2ETest {

    private static final String KEYCLOAK_URL =
            property("crm.e2e.keycloak-url", "http://127.0.0.1:8180/realms/donor-crm");
    private static final String GIFT_URL = property("crm.e2e.gift-url", "http://127.0.0.1:8082");
    private static final String PASSWORD = property("crm.e2e.password", "demo");

    private WebDriver browser;
    private WebDriverWait wait;

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fundraiser", "finance", "director", "admin"})
    void everyScreenOfARoleInBothLanguagesWithoutConsoleErrorsOrSeriousAccessibilityViolations(String role) {
        signIn(GIFT_URL + "/", role);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        List<String> screens = screens();
        assertThat(screens).as("the screens a %s reaches from the top bar", role).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (String screen : screens) {
            open(screen);
            check(screen, "nl", true, problems);
        }
        // the switch in the top bar: every screen in English from now on, on every service of the host
        browser.findElement(By.cssSelector("a[hreflang='en']")).click();
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.manage().window().setSize(new Dimension(1280, 800));
        for (String screen : screens) {
            open(screen);
            check(screen, "en", false, problems);
            fits(screen, "1280×800", problems);
        }
        browser.manage().window().setSize(new Dimension(768, 1024));
        for (String screen : screens) {
            open(screen);
            fits(screen, "768×1024", problems);
        }
        assertThat(problems).as("what the %s meets on %d screens in two languages", role, screens.size()).isEmpty();
    }

    /** The sections of the top bar and, in each, the links of its second row: every screen the role may open. */
    private List<String> screens() {
        Set<String> screens = new LinkedHashSet<>();
        List<String> sections = hrefs("nav.navbar a.nav-link");
        for (String section : sections) {
            open(section);
            screens.add(browser.getCurrentUrl());
            screens.addAll(hrefs(".crm-subnav a.nav-link"));
        }
        return new ArrayList<>(screens);
    }

    private List<String> hrefs(String css) {
        List<String> hrefs = new ArrayList<>();
        for (WebElement link : browser.findElements(By.cssSelector(css))) {
            hrefs.add(link.getAttribute("href"));
        }
        return hrefs;
    }

    private void open(String url) {
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private void check(String screen, String language, boolean accessibility, List<String> problems) {
        String lang = browser.findElement(By.tagName("html")).getAttribute("lang");
        if (!language.equals(lang)) {
            problems.add(screen + ": lang=" + lang + ", not " + language);
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(screen + " (" + language + "): console: " + entry.getMessage());
            }
        }
        if (accessibility) {
            Results results = new AxeBuilder().analyze(browser);
            for (Rule violation : results.getViolations()) {
                if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                    problems.add(screen + ": axe " + violation.getImpact() + " " + violation.getId() + " ("
                            + violation.getNodes().size() + "×): " + violation.getHelp());
                }
            }
        }
    }

    /** The page is no wider than the window; else the elements that stick out (at most three). */
    private void fits(String screen, String window, List<String> problems) {
        Object wider = ((JavascriptExecutor) browser).executeScript("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width + 1) { return null; }
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .filter(e => !e.closest('.table-responsive, pre'))
                    .slice(-3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                        + ' ' + Math.round(e.getBoundingClientRect().right) + 'px').join(', ');
                """);
        if (wider != null) {
            problems.add(screen + ": wider than the window at " + window + ": " + wider);
        }
    }

    /** A fresh browser (no session), sent to {@code url}, signed in at Keycloak's page as {@code user}. */
    private void signIn(String url, String user) {
        browser = Chromium.start(1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).as("redirected to Keycloak's login page").startsWith(KEYCLOAK_URL)
                .contains("ui_locales=nl");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("the sign-in page in Dutch")
                .isEqualTo("nl");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        browser.manage().logs().get(LogType.BROWSER); // the login page's messages are Keycloak's
    }
}
