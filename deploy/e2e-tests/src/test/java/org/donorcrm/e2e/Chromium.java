package org.donorcrm.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless browser of the browser tests: Debian's Chromium and its chromedriver (properties
 * {@code crm.e2e.chromium} and {@code crm.e2e.chromedriver}, default /usr/bin/chromium and /usr/bin/chromedriver),
 * driven by Selenium with nothing downloaded; screenshots go to {@code target/screenshots/}.
 */
final class Chromium {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** A new browser without a session, 1400 pixels wide and {@code height} high. */
    static WebDriver start(int height) {
        String chromium = property("crm.e2e.chromium", "/usr/bin/chromium");
        String chromedriver = property("crm.e2e.chromedriver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            fail("Chromium and its driver are needed: apt-get install chromium chromium-driver");
        }
        // Selenium Manager stays idle: the driver and the browser are given, nothing is downloaded
        System.setProperty("webdriver.chrome.driver", chromedriver);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400," + height, "--lang=en");
        // the console's messages, for the tests that require a screen without errors
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
