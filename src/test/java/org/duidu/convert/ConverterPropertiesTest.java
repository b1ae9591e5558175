package org.duidu.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.duidu.config.HantStandard;
import org.duidu.model.Edition;

/**
 * Properties: conversion never fails on arbitrary text and keeps ASCII in place, streaming equals
 * whole-text conversion, and standard Simplified round-trips through zh-Hant on a fixed vocabulary
 * (random sequences of the hand-written sentences).
 */
class ConverterPropertiesTest {
    private final Converter converter = Shared.CONVERTER;

    /** One converter for all tries (jqwik creates an instance per try). */
    static final class Shared {
        static final Converter CONVERTER = Converter.create(HantStandard.TAIWAN, List.of());
    }

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<Character> han = Arbitraries.chars().range('\u4e00', '\u9fff');
        Arbitrary<Character> common = Arbitraries.of('干', '后', '发', '里', '系', '著', '乾', '於', '，', '。', '\n', ' ', 'a', '1');
        Arbitrary<Character> any = Arbitraries.chars(); // includes lone surrogates
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, han), net.jqwik.api.Tuple.of(4, common), net.jqwik.api.Tuple.of(1, any))
                .list().ofMaxSize(200).map(l -> {
                    StringBuilder sb = new StringBuilder();
                    l.forEach(sb::append);
                    return sb.toString();
                });
    }

    @Property(tries = 300)
    void neverThrowsAndKeepsAsciiInPlace(@ForAll("mixedText") String text) {
        String hans = converter.toHans(text);
        String hant = converter.toHant(text);
        assertThat(ascii(hans)).isEqualTo(ascii(text));
        assertThat(ascii(hant)).isEqualTo(ascii(text));
    }

    @Provide
    Arbitrary<String> hardSentences() throws java.io.IOException {
        List<String> hans = HardSentencesTest.sentences().stream()
                .filter(r -> r.length < 3 || !r[2].equals("hans")).map(r -> r[0]).toList();
        return Arbitraries.of(hans).list().ofMinSize(2).ofMaxSize(6).map(l -> String.join("", l));
    }

    @Property(tries = 100)
    void standardSimplifiedRoundTripsThroughZhHant(@ForAll("hardSentences") String hans) {
        assertThat(converter.toHans(converter.toHant(hans))).isEqualTo(hans);
    }

    @Property(tries = 50)
    void streamingEqualsWholeTextWhenTheInputFitsOneBlock(@ForAll("mixedText") String text) throws Exception {
        StringWriter out = new StringWriter();
        converter.convert(new StringReader(text), out, Edition.HANT);
        assertThat(out.toString()).isEqualTo(converter.toHant(text));
    }

    private static String ascii(String s) {
        return s.chars().filter(c -> c < 0x80).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
