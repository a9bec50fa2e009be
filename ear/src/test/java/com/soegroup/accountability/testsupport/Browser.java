package com.soegroup.accountability.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) for the browser tests. Where Chromium is
 * missing the tests are skipped on a developer's machine but fail in CI (CI=true): there they must run.
 * The tests work the pages through page objects ({@code testsupport.pages}), which use this.
 * <p>
 * Every page runs under the application's Content-Security-Policy: what it blocks (a script, a style, an image the
 * page needs) the browser reports in its console, and {@link #close()} fails the test that met it.
 */
public final class Browser implements AutoCloseable {

    /** A phone's screen in CSS pixels (an iPhone 12 to 15; most Android phones are 360 to 412 wide). */
    public static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private final WebDriver driver;
    private final String baseUrl;
    // the width of the phone the browser plays, or 0 for the desktop window
    private int phoneWidth;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open() {
        return open(TestEnvironment.BASE_URL);
    }

    /** A browser whose pages are those of the application at {@code baseUrl} (e.g. a cluster's balancer). */
    public static Browser open(String baseUrl) {
        File chromium = new File(System.getProperty("accountability.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("accountability.chromedriver", "/usr/bin/chromedriver"));
        boolean present = chromium.canExecute() && chromedriver.canExecute();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Browser tests must run in CI, but " + chromium + " or " + chromedriver
                    + " is missing: .ci/run installs the Debian packages chromium and chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed here: browser test skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=zh-CN");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
        return new Browser(new ChromeDriver(service, options), baseUrl);
    }

    /**
     * A browser that shows the pages as a phone does ({@link #phone(int)} at {@link #PHONE_WIDTH}): one browser for a
     * whole test class costs one start of Chromium.
     */
    public static Browser openPhone() {
        Browser browser = open();
        browser.phone(PHONE_WIDTH);
        return browser;
    }

    /**
     * From now on the pages are shown as on a phone of that width: a touch screen whose browser honours the pages'
     * viewport tag, 844 CSS pixels high. Takes effect with the next page loaded.
     */
    public void phone(int width) {
        metrics(width, PHONE_HEIGHT);
        phoneWidth = width;
    }

    /** Back to the desktop window. */
    public void desktop() {
        ((ChromiumDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        phoneWidth = 0;
    }

    private void metrics(int width, int height) {
        ((ChromiumDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for a person to look at. */
    public void screenshot(String name) {
        if (phoneWidth > 0) {
            phoneScreenshot(name);
            return;
        }
        try {
            Path directory = Path.of(System.getProperty("accountability.work.dir", "target")).resolveSibling("screenshots");
            Files.createDirectories(directory);
            // the whole page, not only the window: a person looks at all of it (a script measures the page's
            // height; it does nothing on the page)
            Object height = ((JavascriptExecutor) driver).executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
            Dimension window = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(window.getWidth(),
                    Math.min(8000, ((Number) height).intValue() + 150)));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(window);
            Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void phoneScreenshot(String name) {
        try {
            Path directory = Path.of(System.getProperty("accountability.work.dir", "target")).resolveSibling("screenshots");
            Files.createDirectories(directory);
            Object height = ((JavascriptExecutor) driver).executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
            // the phone's screen as tall as the page for the picture, then the phone again
            metrics(phoneWidth, Math.max(PHONE_HEIGHT, Math.min(8000, ((Number) height).intValue())));
            byte[] png;
            try {
                png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            } finally {
                metrics(phoneWidth, PHONE_HEIGHT);
            }
            Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String pathInApplication) {
        driver.get(baseUrl + pathInApplication);
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Lets the browser save downloads, does what the user does to download (e.g. clicks an export button) and answers
     * the file that arrived, with a name ending in {@code suffix}.
     */
    public Path download(String suffix, Runnable userAction) {
        try {
            Path directory = Files.createTempDirectory("downloads");
            ((ChromiumDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
            userAction.run();
            for (int i = 0; i < 100; i++) {
                try (Stream<Path> files = Files.list(directory)) {
                    Optional<Path> done = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
                    if (done.isPresent()) {
                        return done.get();
                    }
                }
                Thread.sleep(200);
            }
            throw new AssertionError("no " + suffix + " downloaded into " + directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the Content-Security-Policy blocked since the last call (the browser's console). */
    public List<String> blockedByThePolicy() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    @Override
    public void close() {
        List<String> blocked;
        try {
            blocked = blockedByThePolicy();
        } finally {
            driver.quit();
        }
        if (!blocked.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy blocked what a page needs: " + blocked);
        }
    }
}
