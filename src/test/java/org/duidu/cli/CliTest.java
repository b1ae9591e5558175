package org.duidu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.duidu.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: output, messages and exit codes. */
class CliTest {
    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheSubcommands() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("build", "check", "search", "convert", "serve", "new");
    }

    @Test
    void checkReportsTheGarbledSpanOfTheSeed(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.seedOnly(dir);
        Run r = run("check", "--site", site.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines()).singleElement().satisfies(line ->
                assertThat(line).startsWith("seeds/000_8e6aaae491def166.txt:19:54: warning: garbled-text: "));
        assertThat(run("check", "--strict", "--site", site.toString()).code()).isEqualTo(ExitCodes.CONTENT);
    }

    @Test
    void checkJsonStaysJsonWhenTheSiteIsMissing(@TempDir Path dir) {
        Run r = run("check", "--json", "--site", dir.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.CONTENT);
        assertThat(r.out().strip()).startsWith("[").endsWith("]").contains("\"severity\" : \"error\"", "no seeds directory");
    }

    @Test
    void checkJsonGivesTheDiagnosticFields(@TempDir Path dir) throws Exception {
        Run r = run("check", "--json", "--site", SiteFixture.seedOnly(dir).toString());
        assertThat(r.out()).contains("\"file\" : \"seeds/000_8e6aaae491def166.txt\"", "\"line\" : 19", "\"column\" : 54",
                "\"severity\" : \"warning\"", "\"code\" : \"garbled-text\"");
    }

    @Test
    void aSeedWithoutTurnsIsAnErrorNamingTheFileAndExits1(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.site(dir, Map.of("seeds/a.txt", "只有一段文字。\n"));
        Run r = run("build", "--site", site.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.CONTENT);
        assertThat(r.err()).contains("seeds/a.txt:1:1: error: no-turns:").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.exists(site.resolve("build/site"))).isFalse();
    }

    @Test
    void anUndecodableSeedIsAnErrorWithItsPosition(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        // valid UTF-8 line, then a byte sequence no Chinese charset decodes
        byte[] bytes = "記者:你好?\n陳:".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xFF;
        bad[bytes.length + 1] = (byte) 0xFF;
        Files.write(seeds.resolve("b.txt"), bad);
        Run r = run("check", "--site", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.CONTENT);
        assertThat(r.out()).contains("seeds/b.txt:2:3: error: encoding:");
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Run r = run("build", "--no-such-option");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option");
    }

    @Test
    void aMissingSiteIsAClearMessage(@TempDir Path dir) {
        Run r = run("build", "--site", dir.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.CONTENT);
        assertThat(r.err()).contains("no seeds directory").doesNotContain("\tat ");
    }

    @Test
    void newScaffoldsASiteThatBuilds(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("mysite");
        Run made = run("new", site.toString());
        assertThat(made.code()).isZero();
        assertThat(site.resolve("seeds/example.txt")).isRegularFile();
        assertThat(site.resolve("templates/interview.ftlh")).isRegularFile();
        assertThat(site.resolve("site-assets/duidu.css")).isRegularFile();
        Run built = run("build", "--site", site.toString());
        assertThat(built.code()).as(built.err()).isZero();
        assertThat(built.out()).contains("seeds/example.txt: UTF-8, simplified script, 2 sections, 7 paragraphs");
        assertThat(Files.readString(site.resolve("build/site/zh-Hant/example.html"))).contains("家門口的書房");
        // a second `new` into the same directory refuses and changes nothing
        Run again = run("new", site.toString());
        assertThat(again.code()).isEqualTo(ExitCodes.CONTENT);
        assertThat(again.err()).contains("not empty");
    }

    @Test
    void buildWritesTheConversionReportOnRequest(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("site"));
        Run r = run("build", "--conversion-report", "--site", site.toString());
        assertThat(r.code()).isZero();
        Path report = site.resolve("build/conversion-report.txt");
        assertThat(r.out()).contains("Conversion report: " + report);
        // the seed's 今后 and 干部 are among the one-to-many choices an editor reviews
        assertThat(Files.readString(report)).contains("后 → 後", "干 → ", "【干】部", "000_8e6aaae491def166#p");
        assertThat(run("build", "--site", site.toString()).code()).isZero();
    }

    @Test
    void usageMistakesExit2WithAMessage(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.seedOnly(dir);
        Run out = run("build", "--site", site.toString(), "--out", site.resolve("seeds").toString());
        assertThat(out.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(out.err()).contains("would write into the site's sources");
        assertThat(Files.list(site.resolve("seeds")).count()).isEqualTo(1);
        assertThat(run("search", "").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("serve", "--port", "99999").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void badSiteSettingsAreContentErrorsNamingTheFile(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.seedOnly(dir);
        Files.writeString(site.resolve("duidu.yaml"), "baseUrl: not a url\n");
        Run r = run("build", "--site", site.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.CONTENT);
        assertThat(r.err()).contains("duidu.yaml:1:10: error: config: baseUrl must be an absolute http(s) URL");
        Files.writeString(site.resolve("duidu.yaml"), "baseUrl: https://example.org/duidu\n");
        Files.writeString(site.resolve("glossary.yaml"), "- {zh-hans: 书房, zh-hant: 書齋, foo: 1}\n");
        Run g = run("check", "--site", site.toString());
        assertThat(g.code()).isEqualTo(ExitCodes.CONTENT);
        assertThat(g.err()).contains("glossary.yaml:1:30: error: config: unknown key 'foo' (known: keep, zh-hans, zh-hant)");
        Files.writeString(site.resolve("glossary.yaml"), "[]\n");
        Files.writeString(site.resolve("duidu.yaml"), "title: 站\nhant: cn\n");
        assertThat(run("check", "--site", site.toString()).err()).contains("duidu.yaml:2:7: error: config: hant: expected tw or hk, got 'cn'");
        Files.writeString(site.resolve("duidu.yaml"), "titel: 站\n");
        assertThat(run("check", "--site", site.toString()).err()).contains("duidu.yaml:1:1: error: config: unknown key 'titel'");
    }
}
