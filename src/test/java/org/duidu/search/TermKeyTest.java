package org.duidu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A term's number ({@link TokenCursor#termKey(String)}, which the static index's clean build spills
 * instead of the term) names the term {@link TokenCursor#term(long)} gives back, for unigrams and
 * bigrams of any code points (supplementary ones included: CJK Extension B characters are terms too),
 * and only terms have numbers.
 */
class TermKeyTest {
    @Provide
    Arbitrary<String> terms() {
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(
                Arbitraries.integers().between(0x4E00, 0x9FFF), // CJK Unified Ideographs
                Arbitraries.integers().between(0x20000, 0x2A6DF), // Extension B (surrogate pairs)
                Arbitraries.integers().between('0', 'z'));
        return codePoint.list().ofMinSize(1).ofMaxSize(2)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    @Property(tries = 500)
    void aTermsNumberGivesTheTermBack(@ForAll("terms") String term) {
        assertThat(TokenCursor.term(TokenCursor.termKey(term))).isEqualTo(term);
    }

    @Property(tries = 200)
    void differentTermsHaveDifferentNumbers(@ForAll("terms") String a, @ForAll("terms") String b) {
        assertThat(TokenCursor.termKey(a) == TokenCursor.termKey(b)).isEqualTo(a.equals(b));
    }

    @Test
    void onlyTermsOfOneOrTwoCharactersHaveNumbers() {
        assertThatThrownBy(() -> TokenCursor.termKey("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenCursor.termKey("營商環")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenCursor.termKey("營\uD840\uDC00商")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TokenCursor.term(TokenCursor.termKey("\uD840\uDC00營"))).isEqualTo("\uD840\uDC00營");
    }
}
