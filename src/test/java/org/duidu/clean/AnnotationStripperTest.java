package org.duidu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.duidu.model.Reading;
import org.junit.jupiter.api.Test;

/** Stripping glued pinyin: examples written by hand and a property over generated text. */
class AnnotationStripperTest {
    private final AnnotationStripper stripper = AnnotationStripper.builtIn();

    @Test
    void stripsReadingsAfterHanCharactersOnly() {
        AnnotationStripper.Result r = stripper.strip("經(jīng)濟發(fā)展，我們(men)的應用(app)和GDP(gdp)，見附表(一)與(注)。");
        assertThat(r.text()).isEqualTo("經濟發展，我們的應用(app)和GDP(gdp)，見附表(一)與(注)。");
        assertThat(r.readings()).containsExactly(new Reading(0, "經", "jīng"), new Reading(2, "發", "fā"), new Reading(6, "們", "men"));
    }

    @Test
    void fullWidthBracketsAndToneNumbersAreReadingsToo() {
        AnnotationStripper.Result r = stripper.strip("區（qū）域(qu1)");
        assertThat(r.text()).isEqualTo("區域");
        assertThat(r.readings()).extracting(Reading::pinyin).containsExactly("qū", "qu1");
    }

    /** A text of Han characters with known readings glued after some of them. */
    record Annotated(String text, String clean, List<Reading> readings) {
    }

    @Provide
    Arbitrary<Annotated> annotated() {
        Arbitrary<Character> han = Arbitraries.chars().range('\u4e00', '\u9fa5');
        Arbitrary<String> syllable = Arbitraries.of("jīng", "qū", "shù", "chuàng", "tǒng", "lǜ", "men", "de", "xiàn", "zhuàng");
        Arbitrary<Boolean> annotate = Arbitraries.of(true, false, false);
        return net.jqwik.api.Combinators.combine(han.list().ofMinSize(0).ofMaxSize(40), syllable.list().ofSize(40), annotate.list().ofSize(40))
                .as((chars, syllables, flags) -> {
                    StringBuilder text = new StringBuilder();
                    StringBuilder clean = new StringBuilder();
                    List<Reading> readings = new ArrayList<>();
                    for (int i = 0; i < chars.size(); i++) {
                        text.append(chars.get(i));
                        clean.append(chars.get(i));
                        if (flags.get(i)) {
                            text.append('(').append(syllables.get(i)).append(')');
                            readings.add(new Reading(i, String.valueOf(chars.get(i)), syllables.get(i)));
                        }
                    }
                    return new Annotated(text.toString(), clean.toString(), readings);
                });
    }

    @Property(tries = 300)
    void strippingRecoversTheTextAndEveryReading(@ForAll("annotated") Annotated a) {
        AnnotationStripper.Result r = stripper.strip(a.text());
        assertThat(r.text()).isEqualTo(a.clean());
        assertThat(r.readings()).isEqualTo(a.readings());
        // idempotent: a cleaned text has nothing left to strip
        assertThat(stripper.strip(r.text()).text()).isEqualTo(r.text());
    }
}
