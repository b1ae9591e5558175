package org.duidu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.nio.file.Files;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reading aids in real Chromium on the shared {@link BuiltSite} (a static host with the strict CSP,
 * and from {@code file://}): the pinyin toggle (on, off, remembered, without JavaScript too), tone
 * colours, copying a pinyin page gives the characters only, paragraph ids unchanged, tap-to-gloss by
 * pointer and keyboard on reading pages and both columns of the parallel view, axe-core clean with ruby
 * on and with the popup open. Screenshots go to {@code target/screenshots/}.
 */
class ReadingAidsIT {
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

    private void waitFor(String urlPart) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(urlPart));
    }

    private long count(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).size();
    }

    @Test
    void theToggleTurnsPinyinOnAndOffAndTheChoiceIsRemembered() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hant/" + SLUG + ".html#p5"));
        assertThat(count("ruby")).isZero();
        driver.findElement(By.cssSelector("a.pinyin-toggle")).click();
        waitFor("/zh-Hant/pinyin/");
        assertThat(driver.getCurrentUrl()).isEqualTo(site.url("zh-Hant/pinyin/" + SLUG + ".html#p5"));
        assertThat(count("#p1 ruby rt")).isGreaterThan(50);
        // 經濟 in the lead reads jīng jì, as the seed's own annotation says
        assertThat(browser.js("var r=[].slice.call(document.querySelectorAll('#p1 rt'));"
                + "var i=r.findIndex(function(x){return x.previousSibling.textContent==='經'&&x.nextSibling.textContent==='濟'});"
                + "return r[i].textContent+' '+r[i+1].textContent")).isEqualTo("jīng jì");
        assertThat(browser.js("return localStorage.getItem('duidu.pinyin')")).isEqualTo("on");

        // another reading page, the other edition: pinyin comes on by itself
        driver.get(site.url("zh-Hans/" + SLUG + ".html"));
        waitFor("/zh-Hans/pinyin/");
        assertThat(count("ruby")).isPositive();
        driver.get(site.url("zh-Hans/parallel/" + SLUG + ".html"));
        waitFor("/zh-Hans/pinyin/parallel/");
        assertThat(count("[lang=zh-Hant] ruby")).isPositive();
        assertThat(count("[lang=zh-Hans] ruby")).isPositive();

        // and off again, which is remembered as well
        driver.findElement(By.cssSelector("a.pinyin-toggle")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/pinyin/"));
        assertThat(driver.getCurrentUrl()).isEqualTo(site.url("zh-Hans/parallel/" + SLUG + ".html"));
        assertThat(count("ruby")).isZero();
        driver.get(site.url("zh-Hant/" + SLUG + ".html"));
        assertThat(driver.getCurrentUrl()).isEqualTo(site.url("zh-Hant/" + SLUG + ".html"));
        assertThat(count("ruby")).isZero();
        assertThat(severeConsole()).isEmpty();
    }

    @Test
    void withoutJavaScriptThePinyinEditionIsALinkAway() {
        browser.scripts(false);
        var driver = browser.driver();
        driver.get(site.url("zh-Hans/" + SLUG + ".html"));
        driver.findElement(By.cssSelector("a.pinyin-toggle")).click();
        waitFor("/zh-Hans/pinyin/");
        assertThat(count("ruby")).isPositive();
        assertThat(driver.findElement(By.cssSelector("a.pinyin-toggle")).getText()).isEqualTo("隐藏拼音");
    }

    @Test
    void copyingAPinyinPageGivesTheCharactersOnly() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hant/pinyin/" + SLUG + ".html"));
        // waited for: once (of five runs) the style read straight after the load still said auto
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "none".equals(browser.js(
                "return document.readyState === 'complete' && getComputedStyle(document.querySelector('#p1 rt')).userSelect")));
        // select the first ruby of the lead, then copy with the keyboard as a reader does: the browser fires copy
        Object copied = copy("var range=document.createRange(); range.selectNodeContents(document.querySelector('#p1 ruby'));");
        assertThat(copied).isEqualTo("省委十三屆四次全會和省委經濟工作會議勝利閉幕後");
        // a whole paragraph: its characters exactly as the plain page has them
        Object paragraph = copy("var range=document.createRange(); var p=document.querySelector('#p2');"
                + "range.setStartBefore(p.firstChild); range.setEndBefore(p.querySelector('a.anchor'));");
        driver.get(site.url("zh-Hant/" + SLUG + ".html"));
        Object plain = browser.js("var p=document.querySelector('#p2').cloneNode(true); p.querySelectorAll('a.anchor, button').forEach(function(n){n.remove()});"
                + "return p.textContent;");
        assertThat(paragraph).isEqualTo(plain);
        assertThat((String) paragraph).doesNotContainPattern("[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{2}");
    }

    /** Selects the range the script builds, presses Ctrl+C and returns the text the copy put on the clipboard. */
    private Object copy(String selectRange) {
        browser.js("window.copied=null; window.addEventListener('copy', function(e){ window.copied=e.clipboardData.getData('text/plain'); });"
                + selectRange + "var s=getSelection(); s.removeAllRanges(); s.addRange(range);");
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("c").keyUp(Keys.CONTROL).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.js("return window.copied") != null);
        return browser.js("return window.copied");
    }

    @Test
    void paragraphIdsAreTheSameWithPinyin() {
        var driver = browser.driver();
        // the paragraphs' and sections' ids (scripts add elements with ids of their own, e.g. the gloss popup, when they have run)
        String ids = "return [].map.call(document.querySelectorAll('[id]'), function(e){return e.id})"
                + ".filter(function(id){return /^[pq][0-9]+(-h)?$/.test(id)}).join(' ')";
        driver.get(site.url("zh-Hans/" + SLUG + ".html"));
        assertThat(driver.getCurrentUrl()).as("a first-time reader stays on the plain page").endsWith("zh-Hans/" + SLUG + ".html");
        Object plain = browser.js(ids);
        assertThat((String) plain).startsWith("p1 q1 q1-h p2");
        driver.get(site.url("zh-Hans/pinyin/" + SLUG + ".html"));
        assertThat(browser.js(ids)).isEqualTo(plain);
    }

    @Test
    void toneColoursAreAPressedButtonAndRemembered() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hans/pinyin/" + SLUG + ".html"));
        var button = driver.findElement(By.cssSelector("button.tones-toggle"));
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("false");
        // the page's script gives each reading its tone class from its tone mark (the build leaves it out)
        for (String[] reading : new String[][] {{"jīng", "t1"}, {"shí", "t2"}, {"hǎo", "t3"}, {"jì", "t4"}, {"lǜ", "t4"}, {"de", "t5"}}) {
            assertThat(browser.js("var rts = Array.from(document.querySelectorAll('ruby rt')).filter(r => r.textContent === arguments[0]);"
                    + " return rts.length > 0 && rts.every(r => r.className === arguments[1]);", reading[0], reading[1]))
                    .as(reading[0] + " is " + reading[1]).isEqualTo(true);
        }
        String plainColour = (String) browser.js("return getComputedStyle(document.querySelector('rt.t1')).color");
        button.click();
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.js("return getComputedStyle(document.querySelector('rt.t1')).color")).isNotEqualTo(plainColour);
        assertThat(browser.js("return getComputedStyle(document.querySelector('rt.t4')).color"))
                .isNotEqualTo(browser.js("return getComputedStyle(document.querySelector('rt.t1')).color"));
        driver.navigate().refresh();
        assertThat(browser.js("return document.body.classList.contains('tones')")).isEqualTo(true);
    }

    @Test
    void pinyinPagesHaveNoAxeViolationsWithToneColoursOn() {
        var driver = browser.driver();
        // thousands of rt elements: axe needs longer than the default script timeout here
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        // both editions' pinyin reading pages, one in light and one in dark colours
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            String path = scheme.equals("light") ? "zh-Hans/pinyin/" + SLUG + ".html" : "zh-Hant/pinyin/" + SLUG + ".html";
            driver.get(site.url(path));
            browser.js("localStorage.setItem('duidu.tones','on')");
            driver.navigate().refresh();
            assertThat(browser.js("return document.body.classList.contains('tones')")).isEqualTo(true);
            assertNoAxeViolations();
        }
    }

    /** Clicks the character {@code ch} where it first stands (before {@code next}) in paragraph {@code p}. */
    private void clickCharacter(String p, String ch, String next) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.js("var p=document.querySelector(arguments[0]);"
                + "var w=document.createTreeWalker(p, NodeFilter.SHOW_TEXT); for(var n=w.nextNode(); n; n=w.nextNode()){"
                + " if(n.parentNode.closest('rt')) continue; var i=n.data.indexOf(arguments[1]);"
                + " if(i>=0 && (n.data.charAt(i+1)===arguments[2] || n.data.length===i+1)){ n.parentNode.scrollIntoView({block:'center'});"
                + " var r=document.createRange(); r.setStart(n,i); r.setEnd(n,i+1); var b=r.getBoundingClientRect();"
                + " return [b.left+b.width/2, b.top+b.height/2]; } } return null;", p, ch, next);
        assertThat(at).as("found " + ch + next + " in " + p).isNotNull();
        new Actions(browser.driver()).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).click().perform();
    }

    /**
     * Clicks like {@link #clickCharacter} until the popup shows. A freshly loaded page may still move
     * under the pointer (CJK fonts and ruby settle after the load event; CI's Chromium showed it), so a
     * click computed a moment before can miss, which closes the popup; a reader would click again.
     */
    private void clickCharacterUntilGlossed(String p, String ch, String next) {
        // the popup element is made by aids.js, which may still be starting on a page just loaded
        var gloss = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(By.id("gloss")).stream().findFirst().orElse(null));
        for (int attempt = 1; ; attempt++) {
            clickCharacter(p, ch, next);
            try {
                new WebDriverWait(browser.driver(), Duration.ofMillis(1500))
                        .until(d -> gloss.isDisplayed() && gloss.getAttribute("aria-busy") == null
                                && !d.findElements(By.cssSelector("#gloss .gloss-word")).isEmpty());
                return;
            } catch (org.openqa.selenium.TimeoutException missed) {
                assertThat(attempt).as("clicks on " + ch + next + " in " + p + " that opened no popup").isLessThan(4);
            }
        }
    }

    /**
     * Waits until the popup shows a word: the dictionary is loaded a shard at a time, when a character
     * of it is first glossed (the popup is {@code aria-busy} meanwhile).
     */
    private void glossSettles() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.js(
                "var g = document.getElementById('gloss'); return !!g && !g.hidden && !g.hasAttribute('aria-busy')"
                        + " && !!g.querySelector('.gloss-word')").equals(Boolean.TRUE));
    }

    /** The word the popup shows. */
    private String glossWord() {
        return browser.driver().findElement(By.cssSelector("#gloss .gloss-word")).getText();
    }

    private String popup() {
        return browser.driver().findElement(By.id("gloss")).getText();
    }

    @Test
    void clickingACharacterGlossesTheLongestWordFromIt() {
        var driver = browser.driver();
        // following a link to a paragraph (search results, the terms page) focuses it, but opens no popup
        driver.get(site.url("zh-Hant/" + SLUG + ".html#p2"));
        assertThat(driver.findElement(By.id("gloss")).isDisplayed()).isFalse();
        clickCharacterUntilGlossed("#p1", "經", "濟");
        var gloss = driver.findElement(By.id("gloss"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> gloss.isDisplayed());
        assertThat(glossWord()).isEqualTo("經濟");
        assertThat(driver.findElement(By.cssSelector("#gloss .gloss-reading")).getText()).isEqualTo("jīng jì");
        assertThat(popup()).contains("economy");
        // the Simplified page and the pinyin edition gloss the same word
        driver.get(site.url("zh-Hans/pinyin/" + SLUG + ".html"));
        clickCharacterUntilGlossed("#p1", "经", "济");
        assertThat(glossWord()).isEqualTo("经济");
        assertThat(popup()).contains("jīng jì").contains("economy");
        // Escape closes it
        new Actions(driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        assertThat(driver.findElement(By.id("gloss")).isDisplayed()).isFalse();
    }

    @Test
    void theKeyboardReachesEveryWord() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hant/" + SLUG + ".html"));
        // Tab from the last link of the table of contents lands on the lead paragraph
        browser.js("var links=document.querySelectorAll('.toc a'); links[links.length-1].focus();");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("p1");
        glossSettles();
        var gloss = driver.findElement(By.id("gloss"));
        assertThat(gloss.isDisplayed()).isTrue();
        assertThat(glossWord()).isEqualTo("省委");
        assertThat(arrowRightUntil("經濟")).isEqualTo("經濟");
        assertThat(popup()).contains("jīng jì").contains("economy");
        assertThat(browser.js("return document.activeElement.getAttribute('aria-describedby')")).isEqualTo("gloss");
    }

    @Test
    void theParallelViewGlossesBothColumns() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hans/parallel/" + SLUG + ".html"));
        // the lead's zh-Hant column, then its zh-Hans column: each glosses in its own script
        clickCharacterUntilGlossed("#p1 p[lang=zh-Hant]", "經", "濟");
        assertThat(glossWord()).isEqualTo("經濟");
        assertThat(driver.findElement(By.cssSelector("#gloss .gloss-word")).getAttribute("lang")).isEqualTo("zh-Hant");
        assertThat(popup()).contains("jīng jì").contains("economy");
        clickCharacterUntilGlossed("#p1 p[lang=zh-Hans]", "经", "济");
        assertThat(glossWord()).isEqualTo("经济");
        assertThat(driver.findElement(By.cssSelector("#gloss .gloss-word")).getAttribute("lang")).isEqualTo("zh-Hans");
        // the pinyin parallel view too, where the characters stand in ruby
        driver.get(site.url("zh-Hant/pinyin/parallel/" + SLUG + ".html"));
        clickCharacterUntilGlossed("#p1 p[lang=zh-Hant]", "經", "濟");
        assertThat(glossWord()).isEqualTo("經濟");
        assertThat(popup()).contains("jīng jì").contains("economy");
        assertThat(severeConsole()).isEmpty();
    }

    @Test
    void theKeyboardReachesEveryWordOfBothColumns() {
        var driver = browser.driver();
        driver.get(site.url("zh-Hant/parallel/" + SLUG + ".html"));
        // Tab from the last link before the text (the pinyin switch) lands on the lead's zh-Hant column
        browser.js("document.querySelector('a.pinyin-toggle').focus();");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.js("var a=document.activeElement; return a.closest('.pair').id + ' ' + a.lang")).isEqualTo("p1 zh-Hant");
        glossSettles();
        assertThat(driver.findElement(By.id("gloss")).isDisplayed()).isTrue();
        assertThat(glossWord()).isEqualTo("省委");
        assertThat(arrowRightUntil("經濟")).isEqualTo("經濟");
        // the next Tab stop is the same paragraph's zh-Hans column
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.js("var a=document.activeElement; return a.closest('.pair').id + ' ' + a.lang")).isEqualTo("p1 zh-Hans");
        glossSettles();
        assertThat(glossWord()).isEqualTo("省委");
        assertThat(arrowRightUntil("经济")).isEqualTo("经济");
        assertThat(popup()).contains("jīng jì").contains("economy");
    }

    /** Presses → (at most 20 times) until the popup shows {@code word}; returns the word it shows last. */
    private String arrowRightUntil(String word) {
        String shown = "";
        for (int i = 0; i < 20 && !shown.equals(word); i++) {
            new Actions(browser.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
            glossSettles();
            shown = glossWord();
        }
        return shown;
    }

    @Test
    void fromFileUrlsPinyinAndGlossWork() {
        var driver = browser.driver();
        // no server: the pages as a reader opens them from disk (each dictionary shard is a <script src>, not a fetch)
        driver.get(site.dir().resolve("zh-Hant/pinyin/" + SLUG + ".html").toUri().toString());
        assertThat(count("#p1 ruby rt")).isGreaterThan(50);
        clickCharacterUntilGlossed("#p1", "經", "濟");
        assertThat(glossWord()).isEqualTo("經濟");
        assertThat(popup()).contains("jīng jì").contains("economy");
        driver.get(site.dir().resolve("zh-Hans/parallel/" + SLUG + ".html").toUri().toString());
        clickCharacterUntilGlossed("#p1 p[lang=zh-Hans]", "经", "济");
        assertThat(glossWord()).isEqualTo("经济");
        assertThat(severeConsole()).isEmpty();
    }

    @Test
    void theGlossPopupHasNoAxeViolationsWithRubyOnOrOff() {
        var driver = browser.driver();
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        // a plain reading page, then the pinyin parallel view (ruby and tone colours on), each with the popup open
        driver.get(site.url("zh-Hant/" + SLUG + ".html"));
        clickCharacterUntilGlossed("#p1", "經", "濟");
        assertThat(driver.findElement(By.id("gloss")).isDisplayed()).isTrue();
        assertNoAxeViolations();
        assertThat(driver.findElement(By.id("gloss")).isDisplayed()).as("still open after axe").isTrue();
        driver.get(site.url("zh-Hans/pinyin/parallel/" + SLUG + ".html"));
        browser.js("localStorage.setItem('duidu.tones','on')");
        driver.navigate().refresh();
        clickCharacterUntilGlossed("#p1 p[lang=zh-Hans]", "经", "济");
        assertThat(driver.findElement(By.id("gloss")).isDisplayed()).isTrue();
        assertNoAxeViolations();
        assertThat(driver.findElement(By.id("gloss")).isDisplayed()).as("still open after axe").isTrue();
    }

    @Test
    void screenshotsWithPinyinOnAndAGlossOpen() throws Exception {
        var driver = browser.driver();
        browser.viewport(900, 1100, false);
        driver.get(site.url("zh-Hans/pinyin/" + SLUG + ".html#p2"));
        shot("zh-Hans-pinyin.png");
        driver.findElement(By.cssSelector("button.tones-toggle")).click();
        driver.get(site.url("zh-Hant/pinyin/" + SLUG + ".html"));
        shot("zh-Hant-pinyin-tones.png");
        driver.get(site.url("zh-Hant/pinyin/parallel/" + SLUG + ".html#p3"));
        shot("parallel-pinyin-tones.png");
        driver.get(site.url("zh-Hant/" + SLUG + ".html"));
        clickCharacterUntilGlossed("#p1", "經", "濟");
        shot("zh-Hant-gloss.png");
        driver.get(site.url("zh-Hans/pinyin/parallel/" + SLUG + ".html"));
        clickCharacterUntilGlossed("#p1 p[lang=zh-Hans]", "经", "济");
        shot("parallel-pinyin-gloss.png");
        browser.colorScheme("dark");
        browser.viewport(375, 800, true);
        driver.get(site.url("zh-Hans/pinyin/" + SLUG + ".html"));
        clickCharacterUntilGlossed("#p1", "经", "济");
        shot("phone-dark-pinyin-gloss.png");
        for (String name : List.of("zh-Hans-pinyin", "zh-Hant-pinyin-tones", "parallel-pinyin-tones", "zh-Hant-gloss",
                "parallel-pinyin-gloss", "phone-dark-pinyin-gloss")) {
            assertThat(SHOTS.resolve(name + ".png")).isNotEmptyFile();
        }
    }

    private void assertNoAxeViolations() {
        Results results = Axe.analyze(browser.driver(), 300);
        assertThat(results.getErrorMessage()).as("axe ran").isNull();
        assertThat(results.getPasses()).isNotEmpty();
        assertThat(results.getViolations().stream().map(Rule::getId).toList()).as(() -> Axe.describe(results.getViolations())).isEmpty();
    }

    /** Console messages at warning level or above since the last call (a CSP violation is one). */
    private List<org.openqa.selenium.logging.LogEntry> severeConsole() {
        return browser.console().stream().filter(l -> l.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    /**
     * A screenshot of the viewport (what a reader sees), not of the whole long page, once the page is
     * loaded, its scripts have run (on a pinyin page: the tone button is there) and two frames are painted:
     * a shot taken at once showed a long pinyin page unscrolled, before its scripts.
     */
    private void shot(String name) throws java.io.IOException {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.js("return document.readyState").equals("complete")
                && (count("body.pinyin") == 0 || count("button.tones-toggle") == 1));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; requestAnimationFrame(function () { requestAnimationFrame(done); });");
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name), browser.driver().getScreenshotAs(OutputType.BYTES));
    }
}
