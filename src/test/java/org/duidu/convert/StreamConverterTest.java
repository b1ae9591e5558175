package org.duidu.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.duidu.config.HantStandard;
import org.duidu.model.Edition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Streaming gives the same text as converting the whole input at once. */
class StreamConverterTest {
    private static Converter converter;
    private static String seed;

    @BeforeAll
    static void load() throws Exception {
        converter = Converter.create(HantStandard.TAIWAN, List.of());
        seed = String.join("\n", SeedEditionsTest.lines("000.source.txt")) + "\n";
    }

    @Test
    void longInputStreamsToTheSameText() throws Exception {
        String big = seed.repeat(40); // about 180k characters: several blocks
        StringWriter out = new StringWriter();
        converter.convert(new StringReader(big), out, Edition.HANT);
        assertThat(out.toString()).isEqualTo(converter.toHant(big));
    }

    @Test
    void readerReturningOneCharacterAtATimeStillWorks() throws Exception {
        String text = seed.repeat(3);
        Reader slow = new Reader() {
            private int at;

            @Override
            public int read(char[] buf, int off, int len) {
                if (at >= text.length()) {
                    return -1;
                }
                buf[off] = text.charAt(at++);
                return 1;
            }

            @Override
            public void close() {
            }
        };
        StringWriter out = new StringWriter();
        converter.convert(slow, out, Edition.HANS);
        assertThat(out.toString()).isEqualTo(converter.toHans(text));
    }

    @Test
    void cutNeverSplitsASurrogatePairWhenThereIsNoBreak() {
        char[] buf = ("中".repeat(9) + "𫫇").toCharArray();
        int cut = StreamConverter.safeCut(buf, buf.length - 1); // the buffer ends inside the pair
        assertThat(cut).isEqualTo(buf.length - 2);
    }

    @Test
    void cutFallsAfterPunctuation() {
        char[] buf = "头发干了，发展".toCharArray();
        assertThat(StreamConverter.safeCut(buf, buf.length)).isEqualTo(5);
    }
}
