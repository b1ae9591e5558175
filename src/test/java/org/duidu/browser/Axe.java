package org.duidu.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core (the version the axe-core Selenium binding bundles) with the rules every browser test holds pages to. */
final class Axe {
    /** WCAG 2.2 A and AA, and axe's best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private Axe() {
    }

    /** Runs axe on the page the driver shows; {@code seconds} bounds it (a pinyin page has thousands of rt elements). */
    static Results analyze(WebDriver driver, int seconds) {
        return new AxeBuilder().setTimeout(seconds).withTags(TAGS).analyze(driver);
    }

    /** What a failure message shows: each rule, its help and the nodes it failed on. */
    static String describe(List<Rule> rules) {
        return rules.stream().map(r -> r.getId() + ": " + r.getHelp() + " @ "
                        + r.getNodes().stream().map(n -> n.getTarget() + " " + n.getFailureSummary()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"));
    }
}
