package io.camelcam.examples.sandboxpage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium, headless, driven through the system's chromedriver (Debian: packages
 * {@code chromium} and {@code chromium-driver}). Nothing is downloaded: both paths are given, so Selenium
 * Manager never runs. Missing programs fail the test with the command that installs them, rather than
 * skipping it, so a build without a browser cannot pass as if the page had been tested.
 */
final class HeadlessChromium {

    static final int WIDTH = 1400;
    static final int HEIGHT = 1900;

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        Path browser = program("cam.chromium", "/usr/bin/chromium");
        Path driver = program("cam.chromedriver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // --no-sandbox: CI containers run as root, where Chromium's own sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US",
                "--window-size=" + WIDTH + "," + HEIGHT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                // the page shows times in the browser's zone; Japan's, like the reservations
                .withEnvironment(Map.of("TZ", "Asia/Tokyo"))
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(10));
        return chrome;
    }

    private static Path program(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing: the sandbox page's browser tests need Chromium and its "
                    + "driver (Debian: apt-get install -y chromium chromium-driver fonts-ipafont-gothic; .ci/run "
                    + "installs them), or -D" + property + "=<path>");
        }
        return path;
    }
}
