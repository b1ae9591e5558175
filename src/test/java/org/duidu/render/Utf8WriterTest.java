package org.duidu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The page writer's bytes equal the JDK's UTF-8 {@code OutputStreamWriter}'s (the writer it replaced,
 * an independent encoder) for any text written in any pieces: Chinese text, supplementary characters
 * whose pairs are split across writes, lone surrogates, and the real seed.
 */
class Utf8WriterTest {
    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> han = Arbitraries.chars().range('\u4e00', '\u9fff');
        Arbitrary<Character> twoBytes = Arbitraries.chars().range('\u0080', '\u07ff');
        Arbitrary<Character> surrogates = Arbitraries.chars().range('\ud800', '\udfff');
        Arbitrary<String> pair = Arbitraries.integers().between(0x10000, 0x10ffff).map(Character::toString);
        Arbitrary<String> one = Arbitraries.frequencyOf(Tuple.of(4, ascii), Tuple.of(4, han), Tuple.of(1, twoBytes), Tuple.of(1, surrogates))
                .map(String::valueOf);
        Arbitrary<String> text = Arbitraries.frequencyOf(Tuple.of(8, one), Tuple.of(2, pair)).list().ofMaxSize(400)
                .map(l -> String.join("", l));
        // the text cut anywhere, a surrogate pair included
        return text.list().ofMaxSize(8).flatMap(parts -> {
            String all = String.join("", parts);
            return Arbitraries.integers().between(0, all.length()).list().ofMaxSize(6).map(cuts -> {
                List<Integer> at = new java.util.ArrayList<>(cuts);
                at.add(0);
                at.add(all.length());
                java.util.Collections.sort(at);
                List<String> out = new java.util.ArrayList<>();
                for (int i = 1; i < at.size(); i++) {
                    out.add(all.substring(at.get(i - 1), at.get(i)));
                }
                return out;
            });
        });
    }

    @Property(tries = 500)
    void writesWhatTheJdkEncoderWrites(@ForAll("pieces") List<String> pieces, @ForAll boolean asChars) throws IOException {
        assertThat(ours(pieces, asChars)).isEqualTo(jdk(pieces));
    }

    @Test
    void theSeedInPiecesOfEverySizeEncodesAsTheJdkDoes() throws IOException {
        String seed = Files.readString(Path.of("seeds/000_8e6aaae491def166.txt"));
        for (int size : new int[] {1, 7, 4096, 20_000, seed.length()}) {
            List<String> pieces = new java.util.ArrayList<>();
            for (int i = 0; i < seed.length(); i += size) {
                pieces.add(seed.substring(i, Math.min(seed.length(), i + size)));
            }
            assertThat(ours(pieces, false)).as("pieces of %d chars", size).isEqualTo(seed.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aSupplementaryCharacterSplitAcrossWritesIsOneCodePointAndALoneHalfIsAQuestionMark() throws IOException {
        String gu = "𫖮"; // U+2B5AE, in the archive's names: two UTF-16 units
        assertThat(ours(List.of("齐" + gu.charAt(0), gu.charAt(1) + "。"), false))
                .isEqualTo("齐𫖮。".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(ours(List.of("a" + gu.charAt(0), "b"), false), StandardCharsets.US_ASCII)).isEqualTo("a?b");
        assertThat(new String(ours(List.of("a" + gu.charAt(1)), false), StandardCharsets.US_ASCII)).isEqualTo("a?");
        assertThat(new String(ours(List.of("end" + gu.charAt(0)), false), StandardCharsets.US_ASCII)).isEqualTo("end?");
    }

    @Test
    void writingAfterCloseFailsAndCloseTwiceDoesNot() throws IOException {
        Writer w = new Utf8Writer(new ByteArrayOutputStream());
        w.close();
        w.close();
        assertThatThrownBy(() -> w.write("字")).isInstanceOf(IOException.class);
    }

    private static byte[] ours(List<String> pieces, boolean asChars) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new Utf8Writer(bytes)) {
            for (String piece : pieces) {
                if (asChars && piece.length() == 1) {
                    w.write(piece.charAt(0)); // write(int), one char at a time
                } else if (asChars) {
                    w.write(piece.toCharArray());
                } else {
                    w.write(piece);
                }
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] jdk(List<String> pieces) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            for (String piece : pieces) {
                w.write(piece);
            }
        }
        return bytes.toByteArray();
    }
}
