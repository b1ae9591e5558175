package org.duidu.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium driven by Selenium, shared by the tests of a class: Debian's
 * {@code chromium} and {@code chromium-driver} (installed by {@code .ci/run}), a fresh profile,
 * no network beyond the loopback address, and DevTools helpers for viewport size, colour scheme,
 * script switch and full-page screenshots.
 */
final class Browser implements AutoCloseable {
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium. */
    static Browser start() {
        try {
            Path profile = Files.createTempDirectory("duidu-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("duidu.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-extensions", "--hide-scrollbars", "--window-size=1280,900", "--lang=zh-CN",
                    "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("duidu.chromedriver", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Runs a script in the page and returns its result. */
    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Forgets what the site stored in {@code localStorage} (remembered edition, pinyin, tone colours)
     * for the origin of the page now open. Clearing it from the page's script alone raced on a loaded
     * CI machine: Chromium may load the next page in another renderer process, which reads storage from
     * the browser process before the first renderer's clear has reached it, so a pinyin choice a
     * previous test left "on" sent a plain page on to its pinyin edition. DevTools clears it in the
     * browser process and answers only when that is done.
     */
    void clearLocalStorage() {
        js("localStorage.clear()");
        java.net.URI page = java.net.URI.create(driver.getCurrentUrl());
        String origin = page.getScheme() + "://" + page.getRawAuthority();
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "local_storage"));
    }

    /** Sets the viewport (CSS pixels); {@code mobile} emulates a phone (touch, overlay scrollbars). */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Emulates {@code prefers-color-scheme}: {@code light} or {@code dark}. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Emulates a media type ({@code print}, {@code screen}); the colour scheme goes back to light. */
    void media(String type) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type));
    }

    /** Turns JavaScript off (for the pages loaded next) or back on. */
    void scripts(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /**
     * Writes a screenshot of the whole page (not only the viewport) as PNG, once the page is loaded and
     * two frames are painted: on a loaded machine, a page measured straight after a viewport change was
     * still laid out at the emulated phone's default 980 px (or not at all: "0 width").
     */
    void screenshot(Path file) throws IOException {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> "complete".equals(js("return document.readyState")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; requestAnimationFrame(function () { requestAnimationFrame(done); });");
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true, "clip", clip));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** The browser console's messages since the last call. */
    List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
