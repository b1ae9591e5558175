package org.duidu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Interview;
import org.duidu.model.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same real excerpt saved in the encodings sources arrive in (fixtures: resources/ingest/encodings/README.md). */
class IngestEncodingTest {
    private static final Path DIR = Paths.get("src/test/resources/ingest/encodings").toAbsolutePath();

    private static Interview read(String name, Diagnostics diagnostics, Path site) throws Exception {
        Path seeds = Files.createDirectories(site.resolve("seeds"));
        Path seed = seeds.resolve("excerpt.txt");
        Files.copy(DIR.resolve(name), seed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Ingest.read(site, seed, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.all())).interview();
    }

    @ParameterizedTest
    @CsvSource({"excerpt.utf8-bom.txt, UTF-8", "excerpt.crlf.txt, UTF-8", "excerpt.gb18030.txt, GB18030",
            "excerpt.big5.txt, Big5", "excerpt.utf16le-bom.txt, UTF-16LE", "excerpt.utf16be-bom.txt, UTF-16BE"})
    void everyEncodingParsesToTheSameInterview(String file, String charset, @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Diagnostics d = new Diagnostics();
        Interview expected = read("excerpt.utf8.txt", d, tmp.resolve("a"));
        Interview actual = read(file, d, tmp.resolve("b"));
        assertThat(d.all()).isEmpty();
        List<String> want = expected.paragraphs().stream().map(Paragraph::text).toList();
        assertThat(actual.paragraphs().stream().map(Paragraph::text).toList()).isEqualTo(want);
        assertThat(actual.paragraphs()).extracting(p -> p.span().line()).containsExactly(1, 2, 3, 4);
        assertThat(want.get(0)).startsWith("省委十三屆四次全會和省委經濟工作會議");
        assertThat(Ingest.read(tmp.resolve("b"), tmp.resolve("b/seeds/excerpt.txt"), d).orElseThrow().charset()).isEqualTo(charset);
    }

    @ParameterizedTest
    @CsvSource({"excerpt.big5.txt, Big5", "excerpt.gb18030.txt, GB18030"})
    void aSidecarEncodingOverridesDetection(String file, String charset, @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.copy(DIR.resolve(file), seeds.resolve("x.txt"));
        Files.writeString(seeds.resolve("x.yaml"), "encoding: " + charset + "\n");
        Diagnostics d = new Diagnostics();
        Seed seed = Ingest.read(tmp, seeds.resolve("x.txt"), d).orElseThrow();
        assertThat(seed.charset()).isEqualTo(charset);
        assertThat(seed.interview().lead().get(0).text()).startsWith("省委十三屆四次全會");
    }
}
