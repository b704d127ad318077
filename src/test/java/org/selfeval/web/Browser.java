package org.selfeval.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given
 * explicitly so Selenium Manager never tries to download a browser or driver (the machine has no
 * network for that). Tests using it skip when either program is missing.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips the calling test when Chromium or chromedriver is absent. */
    static Browser start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is not installed (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("selfeval-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Headless without a sandbox (CI runs as root); the network flags keep Chromium from calling
        // out to Google services, which this machine's closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + profile.resolve("profile"));
        // Console messages (uncaught errors, failed loads) are kept so tests can assert there are none.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(service, driver, profile);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    <T> T waitFor(Duration timeout, ExpectedCondition<T> condition) {
        // The dashboard redraws its rows while it refreshes: an element found a moment ago may be gone.
        return new WebDriverWait(driver, timeout, Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        return waitFor(Duration.ofSeconds(30), condition);
    }

    /** Picks {@code files} on the page's 上传 form and waits for the new batch's dashboard. */
    void upload(String baseUrl, List<Path> files) {
        open(baseUrl + "#/upload");
        WebElement input = waitFor(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("file-input")));
        input.sendKeys(String.join("\n", files.stream().map(p -> p.toAbsolutePath().toString()).toList()));
        waitFor(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("#/batches/"));
    }

    /** Waits until the dashboard shows {@code n} rows, every one checked ok. */
    void awaitAllOk(int n, Duration timeout) {
        waitFor(timeout, d -> {
            List<WebElement> rows = findAll("#dashboard tbody tr[data-status]");
            return rows.size() == n && rows.stream().allMatch(r -> "ok".equals(r.getAttribute("data-status")));
        });
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Runs a script that reports its result by calling its last argument (for promises). */
    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** SEVERE console entries since the last call (the browser clears them once read). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** A phone-sized viewport (width × height CSS px, touch), or back to the window's own size with 0. */
    void viewport(int width, int height) {
        if (width <= 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    /** Saves a PNG of the window to file (for failed tests); best effort. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            System.err.println("could not save screenshot " + file + ": " + e);
        }
    }

    /** Closes the browser and the server a test class started; either may be null (start failed or skipped). */
    static void closeWith(Browser browser, ServiceProcess server) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
