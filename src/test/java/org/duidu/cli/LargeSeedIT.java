package org.duidu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, "memory of one seed": the real command line ({@code java -Xmx512m -jar target/duidu.jar},
 * a forked JVM) builds seeds made from the reference seed: 20 MB on one line, 20 MB of many turns and
 * 1.3 MB, and the index it wrote answers a search for the seed's last words. Before this issue's
 * fixes the one-line seed ran out of memory (exit 3) in the search tokenizer and the pinyin pages.
 * Minutes long: tagged slow, run by failsafe after {@code package}.
 */
@Tag("slow")
class LargeSeedIT {
    private static final Path JAR = Path.of("target/duidu.jar");
    private static final Path REFERENCE = Path.of("seeds/000_8e6aaae491def166.txt");
    /** The reference seed's last words as its file has them (a mixed form and a pinyin annotation, cleaned away) … */
    private static final String RAW_LAST_WORDS = "作出示范區(qū)應有的貢獻";
    /** … and as the zh-Hant page has them. */
    private static final String LAST_WORDS = "作出示範區應有的貢獻";
    private static String lead;
    private static String body;

    @BeforeAll
    static void reference() throws IOException {
        assertThat(JAR).as("run after mvn package").isRegularFile();
        String seed = Files.readString(REFERENCE);
        lead = seed.substring(0, seed.indexOf('\n'));
        body = seed.substring(seed.indexOf('\n') + 1);
        assertThat(body.strip()).endsWith(RAW_LAST_WORDS + "。");
    }

    @Test
    void twentyMegabytesOnOneLineBuildUnder512MegabytesOfHeap(@TempDir Path dir) throws Exception {
        StringBuilder line = new StringBuilder("記者：請問？\n陳綠平：");
        String answer = body.replace("\n", "");
        while (utf8(line) < 20_000_000) {
            line.append(answer);
        }
        buildsAndFindsTheLastWords(dir, line.append('\n').toString(), 1);
    }

    @Test
    void twentyMegabytesOfTurnsBuildUnder512MegabytesOfHeap(@TempDir Path dir) throws Exception {
        String seed = repeated(20_000_000);
        buildsAndFindsTheLastWords(dir, seed, count(seed));
    }

    @Test
    void aSeedOf1Point3MegabytesBuildsUnder512MegabytesOfHeap(@TempDir Path dir) throws Exception {
        String seed = repeated(1_300_000);
        buildsAndFindsTheLastWords(dir, seed, count(seed));
    }

    /** How many paragraphs hold the last words: one per copy of the reference seed's turns. */
    private static int count(String seed) {
        int n = 0;
        for (int at = seed.indexOf(RAW_LAST_WORDS); at >= 0; at = seed.indexOf(RAW_LAST_WORDS, at + 1)) {
            n++;
        }
        return n;
    }

    private void buildsAndFindsTheLastWords(Path dir, String seed, int paragraphs) throws Exception {
        Path site = site(dir, seed);
        Path out = dir.resolve("out");
        Run build = duidu(dir, "build", "--site", site.toString(), "--out", out.toString());
        assertThat(build.exit).as(build.err).isZero();
        assertThat(build.out).contains("Built 1 interview(s)");
        // nothing lost: the reading page ends with the seed's last words, and the index finds them there
        String page = Files.readString(out.resolve("site/zh-Hant/s.html"));
        assertThat(page.substring(page.lastIndexOf("<p "))).contains(LAST_WORDS);
        Run search = duidu(dir, "search", LAST_WORDS, "--index", out.resolve("index").toString(), "--limit", "1", "--json");
        assertThat(search.exit).as(search.err).isZero();
        JsonNode result = new ObjectMapper().readTree(search.out);
        assertThat(result.get("total").asInt()).isEqualTo(paragraphs);
        assertThat(result.get("hits").get(0).get("interview").asText()).isEqualTo("s");
        assertThat(result.get("hits").get(0).get("snippet").asText()).contains("<mark>作出示范区应有的贡献</mark>");
    }

    private static String repeated(int bytes) {
        StringBuilder out = new StringBuilder(lead).append('\n');
        while (utf8(out) < bytes) {
            out.append(body).append('\n');
        }
        return out.toString();
    }

    private static long utf8(CharSequence s) {
        // the reference seed is Han text and ASCII: 3 bytes a character outside ASCII
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) < 0x80 ? 1 : 3;
        }
        return n;
    }

    private static Path site(Path dir, String seed) throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("seeds"));
        Files.writeString(site.resolve("seeds/s.txt"), seed, StandardCharsets.UTF_8);
        return site;
    }

    private record Run(int exit, String out, String err) {
    }

    /** The real command line in a JVM of its own, with 512 MB of heap. */
    private static Run duidu(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(40, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("duidu " + String.join(" ", args) + " did not finish in 40 minutes");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
