package org.duidu.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.duidu.config.HantStandard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in correction (rule layer 2) on its own example sentence. */
class CorrectionsTest {
    private static Converter converter;

    @BeforeAll
    static void load() {
        converter = Converter.create(HantStandard.TAIWAN, List.of());
    }

    static Stream<Correction> hans() {
        return Corrections.read(Corrections.HANS).stream();
    }

    static Stream<Correction> hant() {
        return Corrections.read(Corrections.HANT).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hans")
    void hansCorrectionWorksInItsExample(Correction c) {
        assertThat(c.example()).contains(c.key());
        assertThat(converter.toHans(c.example())).isEqualTo(c.expected());
        // the plain OpenCC t2s tables get the same correction
        assertThat(converter.convert(c.example(), Target.T2S)).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hant")
    void hantCorrectionWorksInItsExample(Correction c) {
        assertThat(c.example()).contains(c.key());
        assertThat(converter.toHant(c.example())).isEqualTo(c.expected());
    }
}
