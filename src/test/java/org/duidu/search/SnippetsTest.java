package org.duidu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Snippets.matches over texts written by hand; the long one streams past its window many times. */
class SnippetsTest {
    private final ScriptFold fold = ScriptFold.standard();

    private List<String> marks(String text, String... words) {
        List<List<Token>> phrases = java.util.Arrays.stream(words).map(w -> Tokenization.phrase(w, fold)).toList();
        return Snippets.matches(text, phrases, fold).stream().map(r -> r[0] + "-" + r[1]).toList();
    }

    @Test
    void everyMatchOfEveryWordIsMarkedInEitherScriptAndOverlapsMerge() {
        assertThat(marks("營商環境，营商环境。", "营商环境")).containsExactly("0-4", "5-9");
        assertThat(marks("推動，進一步推動", "推动", "进")).containsExactly("0-2", "3-4", "6-8");
        assertThat(marks("营商环境", "营商", "商环")).containsExactly("0-3");
        assertThat(marks("营商，环境", "营商环境")).isEmpty();
    }

    @Test
    void aMatchAtTheStartAndAtTheEndOfAVeryLongParagraphAreBothFound() {
        String text = "营商环境" + "，好".repeat(50_000) + "營商環境";
        assertThat(marks(text, "营商环境", "境")).containsExactly("0-4", (text.length() - 4) + "-" + text.length());
        assertThat(marks(text, "好，好")).hasSize(1); // every 好，好 overlaps the next: one merged range
        assertThat(marks(text, "好，好").get(0)).isEqualTo("5-" + (text.length() - 4));
    }

    @Test
    void aPhraseLongerThanTheTextOrOfSeparatorsOnlyMatchesNothing() {
        assertThat(marks("营商", "营商环境")).isEmpty();
        assertThat(marks("", "营商")).isEmpty();
    }
}
