package org.duidu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Interview;
import org.duidu.model.Paragraph;

/** Properties of the transcript parser over generated inputs. */
class IngestPropertiesTest {

    private static Seed orNull(byte[] bytes, Diagnostics d) throws IOException {
        Path site = Files.createTempDirectory("duidu-prop");
        try {
            Path seeds = Files.createDirectories(site.resolve("seeds"));
            Path seed = seeds.resolve("s.txt");
            Files.write(seed, bytes);
            return Ingest.read(site, seed, d).orElse(null);
        } finally {
            try (var files = Files.walk(site)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 200)
    void arbitraryBytesNeverThrowAndFailuresAreDiagnosed(@ForAll @Size(max = 400) byte[] bytes) throws IOException {
        Diagnostics d = new Diagnostics();
        Seed seed = orNull(bytes, d);
        if (seed == null) {
            assertThat(d.hasErrors()).isTrue();
            assertThat(d.all()).allSatisfy(x -> assertThat(x.span().file()).isEqualTo("seeds/s.txt"));
        }
    }

    @Provide
    Arbitrary<List<String>> transcripts() {
        Arbitrary<String> han = Arbitraries.strings().withCharRange('\u4e00', '\u4fff').ofMinLength(0).ofMaxLength(30);
        Arbitrary<String> label = Arbitraries.of("記者:", "記者：", "陳綠平:", "陳綠平：", "", "", "");
        Arbitrary<String> line = Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(label, han, Arbitraries.of("", "?", "。", ",")).as((l, h, p) -> l + h + p),
                Arbitraries.of("", "  ", "\t"));
        return line.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void paragraphsAreNumberedInOrderAndSpansPointIntoTheFile(@ForAll("transcripts") List<String> lines) throws IOException {
        String text = String.join("\n", lines);
        Diagnostics d = new Diagnostics();
        Seed seed = orNull(text.getBytes(StandardCharsets.UTF_8), d);
        if (seed == null) {
            return;
        }
        Interview interview = seed.interview();
        List<Paragraph> all = interview.paragraphs();
        for (int i = 0; i < all.size(); i++) {
            Paragraph p = all.get(i);
            assertThat(p.number()).isEqualTo(i + 1);
            String line = lines.get(p.span().line() - 1);
            // the paragraph's text stands in its line at its column
            int from = line.offsetByCodePoints(0, p.span().column() - 1);
            assertThat(line.substring(from)).startsWith(p.text().strip());
            if (i > 0) {
                assertThat(p.span().line()).isGreaterThan(all.get(i - 1).span().line());
            }
        }
        // every non-blank line is a paragraph, except a real label alone on its line (記者 is a role
        // word; a name is a label once it labels two lines, or answers a 記者 turn)
        int firstName = -1;
        int firstAsk = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            firstName = lines.get(i).matches("陳綠平[:：].*") ? i : firstName;
            firstAsk = lines.get(i).matches("記者[:：].*") ? i : firstAsk;
        }
        boolean nameIsLabel = lines.stream().filter(l -> l.matches("陳綠平[:：].*")).count() >= 2
                || (firstName >= 0 && firstAsk >= 0 && firstAsk < firstName);
        long expected = lines.stream().filter(l -> !l.isBlank())
                .filter(l -> !l.matches("記者[:：]") && !(nameIsLabel && l.matches("陳綠平[:：]"))).count();
        assertThat(all).hasSize((int) expected);
        String interviewer = interview.speakers().get(0).label();
        assertThat(interview.sections()).allSatisfy(s -> {
            assertThat(s.paragraphs()).isNotEmpty();
            assertThat(s.question()).allSatisfy(q -> assertThat(q.speaker()).isEqualTo(interviewer));
            assertThat(s.answers()).allSatisfy(a -> assertThat(a.speaker()).isNotEqualTo(interviewer));
        });
    }
}
