package org.duidu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.duidu.diag.Diagnostic;
import org.duidu.diag.Diagnostics;
import org.duidu.diag.Severity;

/**
 * Properties over front matter, sidecars and hostile Markdown (issue 9): whatever the input, ingest
 * returns a seed or diagnostics, never an exception (a {@code FileFailure} fails the property), and
 * every diagnostic points into the files it names. Bounded: a few hundred tries in all, seconds in CI.
 */
class MetadataPropertiesTest {
    private static final String BODY = "记者：好？\n\n李明：好。\n";

    /** Writes the files into a fresh site, reads the seed, and checks what came back. */
    private static void readAndCheck(String seedName, byte[] seed, Optional<byte[]> sidecar) throws IOException {
        Path site = Files.createTempDirectory("duidu-meta");
        try {
            Path seeds = Files.createDirectories(site.resolve("seeds"));
            Files.write(seeds.resolve(seedName), seed);
            if (sidecar.isPresent()) {
                Files.write(SidecarReader.sidecarOf(seeds.resolve(seedName)), sidecar.get());
            }
            Diagnostics d = new Diagnostics();
            Optional<Seed> read = Ingest.read(site, seeds.resolve(seedName), d);
            if (read.isEmpty()) {
                assertThat(d.all()).as("nothing is lost silently").anySatisfy(x ->
                        assertThat(x.severity() == Severity.ERROR || x.code().equals("draft")).isTrue());
            }
            for (Diagnostic x : d.all()) {
                String file = x.span().file();
                assertThat(file).isIn("seeds/" + seedName, "seeds/" + SidecarReader.sidecarOf(Path.of(seedName)).getFileName());
                byte[] bytes = file.endsWith(".yaml") ? sidecar.orElseThrow() : seed;
                long lines = file.endsWith(".yaml") ? yamlLines(bytes) : newlines(bytes) + 1;
                assertThat((long) x.span().line()).as(x.format()).isBetween(0L, lines);
                assertThat(x.span().column()).as(x.format()).isGreaterThanOrEqualTo(x.span().line() == 0 ? 0 : 1);
            }
        } finally {
            try (var files = Files.walk(site)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long newlines(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
    }

    /**
     * Lines as YAML 1.1 counts them (section 5.4: CR LF, CR, LF, NEL, LS and PS each end a line), which
     * is how a sidecar's diagnostics number them; a lone CR in random bytes once made line 2 of a
     * file without LF. Bytes that are not UTF-8 count their LFs only, the decoder's error names those.
     */
    private static long yamlLines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        long breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                breaks++;
            }
        }
        return Math.max(breaks, newlines(bytes)) + 1;
    }

    /** A lone CR ends a YAML line: the shape error of the sequence after it is on line 2, column 1. */
    @org.junit.jupiter.api.Test
    void aLoneCarriageReturnEndsASidecarLine() throws IOException {
        Path site = Files.createTempDirectory("duidu-meta");
        Path seeds = Files.createDirectories(site.resolve("seeds"));
        Files.write(seeds.resolve("s.txt"), BODY.getBytes(StandardCharsets.UTF_8));
        Files.write(seeds.resolve("s.yaml"), "\r- x".getBytes(StandardCharsets.UTF_8));
        Diagnostics d = new Diagnostics();
        assertThat(Ingest.read(site, seeds.resolve("s.txt"), d)).isEmpty();
        assertThat(d.all()).singleElement().satisfies(x -> {
            assertThat(x.span().file()).isEqualTo("seeds/s.yaml");
            assertThat(x.span().line()).isEqualTo(2);
            assertThat(x.span().column()).isEqualTo(1);
        });
        readAndCheck("s.txt", BODY.getBytes(StandardCharsets.UTF_8), Optional.of("\r- x".getBytes(StandardCharsets.UTF_8)));
    }

    /** YAML lines as people write them, right and wrong: known keys, bad values, duplicates, broken syntax. */
    @Provide
    Arbitrary<List<String>> yamlLines() {
        return Arbitraries.of(
                "title: 周文谈新作", "title: \"<b>x</b>\"", "title:", "title: [a", "date: 2024-06", "date: 2024", "date: 2024-06-03",
                "date: 2024-02-30", "date: 2024-13-45", "date: 06/03/2024", "date: 2024-6", "source: 文学报",
                "sourceUrl: https://example.org/a", "sourceUrl: javascript:alert(1)", "slug: a-b", "slug: ../x", "slug: index",
                "people: [{name: 周文, role: interviewee, titles: [作家]}]", "people: [{name: 王平, role: interviewer}]",
                "people: [周文]", "people: [{role: guest}]", "people: 周文", "people: [{name: ''}]", "people: [{name: 周文, label: 答}]",
                "tags: [文学, 小说]", "tags: 文学", "tags: [[x]]", "draft: true", "draft: false", "draft: maybe",
                "interviewer: 记者", "interviewer: 王平", "encoding: GB18030", "encoding: nope",
                "errata: [{find: 好, replace: 妙, note: 笔误}]", "errata: [{find: '', replace: x}]", "errata: x",
                "conversion: [{keep: 周文}]", "conversion: [{zh-hans: a}]", "unknown: 1", "  - stray", "\t tab", "&anchor x: *anchor",
                "!!python/object:os.system x: y", "? complex\n: key", "'unterminated", "---", "...", "#comment", "")
                .list().ofMaxSize(12);
    }

    @Property(tries = 100)
    void frontMatterNeverThrows(@ForAll("yamlLines") List<String> yaml, @ForAll boolean closed) throws IOException {
        String text = "---\n" + String.join("\n", yaml) + "\n" + (closed ? "---\n" : "") + BODY;
        readAndCheck("s.md", text.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    @Property(tries = 100)
    void sidecarsNeverThrow(@ForAll("yamlLines") List<String> yaml) throws IOException {
        readAndCheck("s.txt", BODY.getBytes(StandardCharsets.UTF_8), Optional.of(String.join("\n", yaml).getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 100)
    void sidecarBytesNeverThrow(@ForAll @Size(max = 300) byte[] bytes) throws IOException {
        readAndCheck("s.txt", BODY.getBytes(StandardCharsets.UTF_8), Optional.of(bytes));
    }

    /** Markdown built from the characters that nest (quotes, list markers, emphasis, links, code). */
    @Provide
    Arbitrary<String> nestingMarkdown() {
        return Arbitraries.strings().withChars('>', '-', '*', '_', '[', ']', '(', ')', '`', ' ', '\n', '1', '.', '#', '<', '好', '：')
                .ofMaxLength(4000);
    }

    @Property(tries = 60)
    void hostileMarkdownNeverThrows(@ForAll("nestingMarkdown") String markdown) throws IOException {
        readAndCheck("s.md", (BODY + "\n" + markdown).getBytes(StandardCharsets.UTF_8), Optional.empty());
    }
}
