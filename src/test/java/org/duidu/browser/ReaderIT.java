package org.duidu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.duidu.SeedFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's visit in real Chromium: switching edition keeps the paragraph, the choice is
 * remembered across reloads and by the landing page, citations copy, the pages read without
 * JavaScript, fit a 320 px phone, stack the parallel view on a phone, pick the font of the page's
 * script, switch to dark colours, and load under a strict Content-Security-Policy without a single
 * console error. Screenshots of the reading and parallel pages go to {@code target/screenshots/}.
 */
class ReaderIT {
    private static final String SLUG = BuiltSite.SLUG;
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static Browser browser;
    private static BuiltSite site;

    @BeforeAll
    static void start() {
        site = BuiltSite.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeEach
    void freshReader() {
        browser.scripts(true);
        browser.colorScheme("light");
        browser.viewport(1280, 900, false);
        browser.driver().get(site.url("404.html"));
        browser.clearLocalStorage();
        browser.console();
    }

    @Test
    void switchingEditionKeepsTheParagraphAndTheChoiceSurvivesAReload() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hant/" + SLUG + ".html#p19"));
        assertThat(attr("html", "lang")).isEqualTo("zh-Hant");
        assertThat(inViewport("#p19")).as("the anchor scrolled #p19 into view").isTrue();

        driver.findElement(By.cssSelector("a.edition-switch")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/zh-Hans/"));
        assertThat(driver.getCurrentUrl()).isEqualTo(site.url("zh-Hans/" + SLUG + ".html#p19"));
        assertThat(attr("html", "lang")).isEqualTo("zh-Hans");
        assertThat(inViewport("#p19")).isTrue();
        // the same paragraph, now in Simplified: the garbled span is still marked
        assertThat(driver.findElement(By.cssSelector("#p19 .garbled")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#p19 .garbled-note")).getText()).contains("乱码");

        driver.navigate().refresh();
        assertThat(driver.getCurrentUrl()).isEqualTo(site.url("zh-Hans/" + SLUG + ".html#p19"));
        assertThat(attr("html", "lang")).isEqualTo("zh-Hans");
        assertThat(browser.js("return localStorage.getItem('duidu.edition')")).isEqualTo("zh-Hans");

        // the landing page honours the choice
        driver.get(site.url("index.html"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/zh-Hans/index.html"));
        assertThat(attr("html", "lang")).isEqualTo("zh-Hans");
    }

    @Test
    void aFirstTimeReaderStaysOnTheLandingPageAndTheEditionChosenThereIsRemembered() {
        var driver = browser.driver();
        driver.get(site.url("index.html"));
        assertThat(driver.getCurrentUrl()).isEqualTo(site.url("index.html"));
        driver.findElement(By.cssSelector("a.edition-link[data-edition='zh-Hant']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/zh-Hant/index.html"));
        driver.get(site.url("index.html"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/zh-Hant/index.html"));
    }

    @Test
    void theEditionSwitchFollowsTheReaderToAnotherParagraph() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hans/parallel/" + SLUG + ".html"));
        driver.findElement(By.cssSelector("#p7 a.anchor")).click();
        assertThat(driver.findElement(By.cssSelector("a.edition-switch")).getAttribute("href"))
                .isEqualTo(site.url("zh-Hant/parallel/" + SLUG + ".html#p7"));
    }

    @Test
    void aMissingPageDeepInTheSiteGetsAStyled404WithWorkingLinks() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hant/no/such/page.html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("找不到這一頁");
        assertThat(driver.findElement(By.tagName("body")).getCssValue("background-color")).as("the stylesheet loaded")
                .isEqualTo("rgba(253, 252, 248, 1)");
        driver.findElement(By.cssSelector("a.edition-link[data-edition='zh-Hans']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(site.url("zh-Hans/index.html")));
        assertThat(driver.findElement(By.cssSelector("a.story-title")).isDisplayed()).isTrue();
    }

    @Test
    void theSiteReadsFromFileUrlsToo() {
        // DESIGN §4: the site works opened from disk; relative links and the edition switch included
        var driver = browser.driver();
        String reading = site.dir().resolve("zh-Hant/" + SLUG + ".html").toUri().toString();
        driver.get(reading + "#p19");
        assertThat(driver.findElements(By.cssSelector("article p.para"))).hasSize(23);
        assertThat(driver.findElement(By.tagName("body")).getCssValue("background-color")).as("the stylesheet loaded")
                .isEqualTo("rgba(253, 252, 248, 1)");
        driver.findElement(By.cssSelector("a.edition-switch")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/zh-Hans/"));
        assertThat(driver.getCurrentUrl()).isEqualTo(site.dir().resolve("zh-Hans/" + SLUG + ".html").toUri() + "#p19");
        driver.findElement(By.cssSelector("a.view-link[href*='parallel']")).click();
        assertThat(driver.findElements(By.cssSelector("div.pair"))).hasSize(23);
    }

    @Test
    void copyCitationGivesTitleSectionParagraphAndUrl() throws Exception {
        List<String> lines = Files.readAllLines(SeedFixture.seed(), StandardCharsets.UTF_8);
        // derived from the seed itself: line N is paragraph N; each 記者 turn opens a section
        long section = lines.subList(0, 19).stream().filter(l -> l.startsWith("記者")).count();
        String sidecarTitle = Files.readAllLines(SeedFixture.siteDir().resolve("seeds/" + SLUG + ".yaml")).stream()
                .filter(l -> l.startsWith("title:")).findFirst().orElseThrow().substring("title:".length()).trim();
        var driver = browser.driver();
        driver.get(site.url("zh-Hant/" + SLUG + ".html"));
        // the title as this edition writes it (the sidecar's, converted: 沈撫 → 瀋撫)
        String title = driver.findElement(By.tagName("h1")).getText();
        assertThat(title).hasSameSizeAs(sidecarTitle).endsWith("陳綠平");
        browser.js("window.__copied = null; navigator.clipboard.writeText = function (t) { window.__copied = t; return Promise.resolve(); };");
        WebElement cite = driver.findElement(By.cssSelector("#p19 button.cite"));
        assertThat(cite.getText()).isEqualTo("複製引用");
        cite.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> browser.js("return window.__copied") != null);
        assertThat(browser.js("return window.__copied"))
                .isEqualTo("《" + title + "》，問 " + section + "，第 19 段，" + site.url("zh-Hant/" + SLUG + ".html#p19"));
        assertThat(cite.getText()).isEqualTo("已複製");
        assertThat(driver.findElements(By.cssSelector("article p.para button.cite"))).hasSize(lines.size());
    }

    @Test
    void readingWorksWithJavaScriptOff() {
        browser.scripts(false);
        var driver = browser.driver();
        driver.get(site.url("zh-Hans/" + SLUG + ".html#p19"));
        List<WebElement> paragraphs = driver.findElements(By.cssSelector("article p.para"));
        assertThat(paragraphs).hasSize(23).allMatch(WebElement::isDisplayed);
        assertThat(driver.findElements(By.cssSelector("button.cite"))).as("no script, no buttons that cannot work").isEmpty();
        assertThat(inViewport("#p19")).isTrue();
        assertThat(driver.findElements(By.cssSelector("nav.toc a"))).hasSize(4);
        driver.findElement(By.cssSelector("a.edition-switch")).click();
        assertThat(driver.getCurrentUrl()).isEqualTo(site.url("zh-Hant/" + SLUG + ".html"));
        driver.findElement(By.cssSelector("nav.toc li:nth-child(3) a")).click();
        assertThat(driver.getCurrentUrl()).endsWith("#q3");
        assertThat(inViewport("#q3")).isTrue();
    }

    @Test
    void everyPageFitsA320PixelScreen() throws Exception {
        browser.viewport(320, 640, true);
        for (String path : site.htmlPages()) {
            browser.driver().get(site.url(path));
            Number width = (Number) browser.js("return document.documentElement.scrollWidth");
            assertThat(width.intValue()).as(path).isLessThanOrEqualTo(320);
        }
    }

    @Test
    void theParallelViewIsSideBySideOnADesktopAndStackedOnAPhone() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hant/parallel/" + SLUG + ".html"));
        WebElement hant = driver.findElement(By.cssSelector("#p2 .para[lang='zh-Hant']"));
        WebElement hans = driver.findElement(By.cssSelector("#p2 .para[lang='zh-Hans']"));
        assertThat(hant.getRect().getY()).isEqualTo(hans.getRect().getY());
        assertThat(hant.getRect().getX() + hant.getRect().getWidth()).isLessThan(hans.getRect().getX());
        browser.viewport(375, 800, true);
        driver.navigate().refresh();
        hant = driver.findElement(By.cssSelector("#p2 .para[lang='zh-Hant']"));
        hans = driver.findElement(By.cssSelector("#p2 .para[lang='zh-Hans']"));
        assertThat(hant.getRect().getX()).isEqualTo(hans.getRect().getX());
        assertThat(hant.getRect().getY() + hant.getRect().getHeight()).isLessThanOrEqualTo(hans.getRect().getY());
        // the characters that differ are marked on both sides, the same number of runs
        assertThat(driver.findElements(By.cssSelector("#p2 [lang='zh-Hant'] mark.diff")))
                .hasSameSizeAs(driver.findElements(By.cssSelector("#p2 [lang='zh-Hans'] mark.diff"))).isNotEmpty();
    }

    @Test
    void eachEditionAsksForTheFontOfItsScript() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hans/" + SLUG + ".html"));
        assertThat(driver.findElement(By.id("p2")).getCssValue("font-family")).contains("Noto Sans CJK SC").doesNotContain("TC");
        driver.get(site.url("zh-Hant/" + SLUG + ".html"));
        assertThat(driver.findElement(By.id("p2")).getCssValue("font-family")).contains("Noto Sans CJK TC").doesNotContain(" SC");
        // and Chinese line height: at least 1.7 times the font size
        double size = Double.parseDouble(driver.findElement(By.id("p2")).getCssValue("font-size").replace("px", ""));
        double line = Double.parseDouble(driver.findElement(By.id("p2")).getCssValue("line-height").replace("px", ""));
        assertThat(line / size).isGreaterThanOrEqualTo(1.7);
        // and a Chinese measure on a wide screen: 30 to 42 characters a line
        double measure = driver.findElement(By.id("p2")).getRect().getWidth() / size;
        assertThat(measure).isBetween(30.0, 42.0);
        // header, text and footer line up
        int left = driver.findElement(By.tagName("main")).getRect().getX();
        assertThat(driver.findElement(By.cssSelector(".site-footer")).getRect().getX()).isEqualTo(left);
        assertThat(driver.findElement(By.cssSelector(".site-header")).getRect().getX()).isEqualTo(left);
    }

    @Test
    void darkModeTurnsThePageDark() {
        browser.colorScheme("dark");
        browser.driver().get(site.url("zh-Hant/" + SLUG + ".html"));
        assertThat(browser.driver().findElement(By.tagName("body")).getCssValue("background-color")).isEqualTo("rgba(22, 23, 26, 1)");
        browser.colorScheme("light");
        browser.driver().navigate().refresh();
        assertThat(browser.driver().findElement(By.tagName("body")).getCssValue("background-color")).isEqualTo("rgba(253, 252, 248, 1)");
    }

    @Test
    void printingShowsTheTextWithoutTheSiteChrome() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hans/" + SLUG + ".html"));
        browser.media("print");
        for (String chrome : List.of(".site-nav", "nav.toc", "a.anchor", "button.cite", ".site-footer")) {
            assertThat(driver.findElements(By.cssSelector(chrome))).as(chrome).isNotEmpty().noneMatch(WebElement::isDisplayed);
        }
        assertThat(driver.findElement(By.id("p19")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#p19 .garbled-note")).isDisplayed()).as("the garbled note is printed").isTrue();
        assertThat(driver.findElement(By.tagName("body")).getCssValue("background-color")).isEqualTo("rgba(255, 255, 255, 1)");
        browser.media("screen");
        assertThat(driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).isTrue();
    }

    @Test
    void everyPageLoadsUnderAStrictContentSecurityPolicyWithoutAConsoleError() throws Exception {
        List<String> paths = new java.util.ArrayList<>(site.htmlPages());
        // search.js loads the index as same-origin scripts: allowed by script-src 'self'
        paths.add("zh-Hant/search.html?q=" + java.net.URLEncoder.encode("營商環境", StandardCharsets.UTF_8));
        for (String path : paths) {
            browser.driver().get(site.url(path));
            if (path.contains("?q=")) {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> !d.findElements(By.cssSelector("#search-results .search-hits li")).isEmpty());
            }
            List<LogEntry> problems = browser.console().stream().filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                    // the 404 page is served with status 404, which the console reports as such
                    .filter(e -> !(path.equals("404.html") && e.getMessage().contains("404")))
                    .toList();
            assertThat(problems).as(path).isEmpty();
        }
        // and the policy is really enforced: an inline script is refused and reported
        browser.driver().get(site.url("zh-Hans/index.html"));
        browser.js("var s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.appendChild(s);");
        assertThat(browser.js("return window.__inline === undefined")).isEqualTo(true);
        assertThat(browser.console()).anyMatch(e -> e.getMessage().contains("Content Security Policy"));
    }

    @Test
    void screenshotsOfTheReadingAndParallelPages() throws Exception {
        for (String edition : List.of("zh-Hans", "zh-Hant")) {
            for (String page : List.of(SLUG, "parallel/" + SLUG)) {
                for (int width : new int[] {1280, 375}) {
                    browser.viewport(width, width == 375 ? 812 : 900, width == 375);
                    browser.driver().get(site.url(edition + "/" + page + ".html"));
                    Path file = SHOTS.resolve(edition + "-" + (page.startsWith("parallel") ? "parallel" : "reading") + "-" + width + ".png");
                    browser.screenshot(file);
                    BufferedImage image = ImageIO.read(file.toFile());
                    assertThat(image.getWidth()).as(file.toString()).isEqualTo(width);
                    assertThat(image.getHeight()).as("the whole page, not the viewport").isGreaterThan(2000);
                }
            }
        }
        // and the phone layout in dark mode, for people to look at
        browser.colorScheme("dark");
        browser.viewport(375, 812, true);
        for (String page : List.of(SLUG, "parallel/" + SLUG)) {
            browser.driver().get(site.url("zh-Hant/" + page + ".html"));
            browser.screenshot(SHOTS.resolve("zh-Hant-" + (page.startsWith("parallel") ? "parallel" : "reading") + "-375-dark.png"));
        }
    }

    private String attr(String css, String name) {
        return browser.driver().findElement(By.cssSelector(css)).getAttribute(name);
    }

    private boolean inViewport(String css) {
        return (Boolean) browser.js("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return r.top >= -1 && r.top < window.innerHeight;", css);
    }
}
