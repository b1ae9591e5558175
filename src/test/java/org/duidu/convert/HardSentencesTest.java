package org.duidu.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.duidu.config.HantStandard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-written sentences around one-to-many characters ({@code hard-sentences.tsv}), in both directions. */
class HardSentencesTest {
    private static Converter converter;

    @BeforeAll
    static void load() {
        converter = Converter.create(HantStandard.TAIWAN, List.of());
    }

    static List<String[]> sentences() throws IOException {
        try (InputStream in = HardSentencesTest.class.getResourceAsStream("/convert/hard-sentences.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .toList();
        }
    }

    static Stream<Arguments> toHans() throws IOException {
        return sentences().stream().map(s -> Arguments.of(s[1], s[0]));
    }

    static Stream<Arguments> toHant() throws IOException {
        return sentences().stream().filter(s -> s.length < 3 || !s[2].equals("hans")).map(s -> Arguments.of(s[0], s[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toHans")
    void traditionalBecomesStandardSimplified(String hant, String hans) {
        assertThat(converter.toHans(hant)).isEqualTo(hans);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toHant")
    void simplifiedBecomesTaiwanTraditional(String hans, String hant) {
        assertThat(converter.toHant(hans)).isEqualTo(hant);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("toHant")
    void roundTripKeepsTheSimplifiedText(String hans, String hant) {
        assertThat(converter.toHans(converter.toHant(hans))).isEqualTo(hans);
        assertThat(converter.toHant(converter.toHant(hans))).isEqualTo(hant);
    }

    @Test
    void theSetIsLargeEnough() throws IOException {
        assertThat(sentences()).hasSizeGreaterThanOrEqualTo(60);
    }
}
