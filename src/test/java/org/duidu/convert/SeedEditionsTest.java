package org.duidu.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.duidu.config.HantStandard;
import org.duidu.model.Inline;
import org.duidu.model.Interview;
import org.duidu.model.Metadata;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.duidu.model.Role;
import org.duidu.model.Section;
import org.duidu.model.SourceScript;
import org.duidu.model.SourceSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed, paragraph by paragraph, against both editions written out by review (see
 * {@code src/test/resources/convert/seed/README.md}). The garbled span stays out of the comparison.
 */
class SeedEditionsTest {
    static final String GARBLED = "?shù)母刹筷犖椋恢艽蛴舱?";

    private static Converter converter;
    private static Publication publication;

    @BeforeAll
    static void convert() throws IOException {
        converter = Converter.create(HantStandard.TAIWAN, List.of());
        publication = converter.convert(interview(lines("000.source.txt")), List.of());
    }

    static List<String> lines(String name) throws IOException {
        try (InputStream in = SeedEditionsTest.class.getResourceAsStream("/convert/seed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The seed as the cleaner hands it over: one paragraph a line, the garbled run marked. */
    static Interview interview(List<String> source) {
        List<Paragraph> all = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i);
            List<Inline> inlines = new ArrayList<>();
            int g = line.indexOf(GARBLED);
            if (g >= 0) {
                inlines.add(new Inline.Text(line.substring(0, g)));
                inlines.add(new Inline.Garbled(GARBLED, new SourceSpan("seed.txt", i + 1, g + 1), ""));
                inlines.add(new Inline.Text(line.substring(g + GARBLED.length())));
            } else {
                inlines.add(new Inline.Text(line));
            }
            all.add(new Paragraph(i + 1, i == 0 ? Role.LEAD : Role.ANSWER, "", false, inlines, List.of(),
                    new SourceSpan("seed.txt", i + 1, 1)));
        }
        return new Interview("000", "seeds/000.txt", new Metadata("沈撫示範區", Optional.empty(), Optional.empty(), Optional.empty()),
                List.of(), all.subList(0, 1), List.of(new Section(1, all.subList(1, all.size()))));
    }

    static Stream<Integer> paragraphs() {
        return IntStream.rangeClosed(1, 23).boxed();
    }

    @ParameterizedTest(name = "zh-Hans p{0}")
    @MethodSource("paragraphs")
    void hansParagraphHasNoCharacterError(int n) throws IOException {
        assertThat(convertible(publication.hans().paragraphs().get(n - 1))).isEqualTo(lines("000.hans.txt").get(n - 1));
    }

    @ParameterizedTest(name = "zh-Hant p{0}")
    @MethodSource("paragraphs")
    void hantParagraphHasNoCharacterError(int n) throws IOException {
        assertThat(convertible(publication.hant().paragraphs().get(n - 1))).isEqualTo(lines("000.hant.txt").get(n - 1));
    }

    @Test
    void garbledRunIsLeftAsFound() {
        Paragraph p = publication.hant().paragraphs().get(18);
        assertThat(p.inlines()).hasSize(3);
        assertThat(p.inlines().get(1)).isInstanceOf(Inline.Garbled.class);
        assertThat(p.inlines().get(1).text()).isEqualTo(GARBLED);
    }

    @Test
    void seedIsDetectedAsTraditional() {
        assertThat(publication.script()).isEqualTo(SourceScript.TRADITIONAL);
    }

    @Test
    void editionsKeepTheStructure() {
        assertThat(publication.hans().paragraphs()).extracting(Paragraph::number)
                .isEqualTo(publication.source().paragraphs().stream().map(Paragraph::number).toList());
        assertThat(publication.hant().sections()).hasSize(1);
    }

    private static String convertible(Paragraph p) {
        StringBuilder sb = new StringBuilder();
        p.inlines().stream().filter(i -> !(i instanceof Inline.Garbled)).forEach(i -> sb.append(i.text()));
        return sb.toString();
    }
}
