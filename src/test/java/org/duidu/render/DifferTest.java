package org.duidu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifferTest {
    private static List<Views.Run> text(String s) {
        return List.of(new Views.Run("text", s, ""));
    }

    private static String render(List<Views.Run> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.kind().equals("diff") ? "[" + r.text() + "]" : r.text()));
        return sb.toString();
    }

    @Test
    void onlyTheCharactersThatDifferAreMarkedOnBothSides() {
        List<Views.Run>[] marked = Differ.mark(text("學習宣傳貫徹黨的二十大精神"), text("学习宣传贯彻党的二十大精神"));
        assertThat(render(marked[0])).isEqualTo("[學習]宣[傳貫徹黨]的二十大精神");
        assertThat(render(marked[1])).isEqualTo("[学习]宣[传贯彻党]的二十大精神");
    }

    @Test
    void identicalTextIsNotMarked() {
        List<Views.Run>[] marked = Differ.mark(text("二十大精神"), text("二十大精神"));
        assertThat(marked[0]).containsExactly(new Views.Run("text", "二十大精神", ""));
    }

    @Test
    void garbledRunsAreKeptAsTheyAre() {
        Views.Run garbled = new Views.Run("garbled", "母刹筷", "干部隊");
        List<Views.Run>[] marked = Differ.mark(List.of(new Views.Run("text", "黨", ""), garbled),
                List.of(new Views.Run("text", "党", ""), garbled));
        assertThat(marked[0]).containsExactly(new Views.Run("diff", "黨", ""), garbled);
        assertThat(marked[1]).containsExactly(new Views.Run("diff", "党", ""), garbled);
    }

    @Test
    void runsOfDifferentLengthAreMarkedWhole() {
        List<Views.Run>[] marked = Differ.mark(text("最佳化"), text("优化"));
        assertThat(marked[0]).containsExactly(new Views.Run("diff", "最佳化", ""));
        assertThat(marked[1]).containsExactly(new Views.Run("diff", "优化", ""));
    }

    @Test
    void aParagraphBeyondTheLimitIsShownUnmarked() {
        // issue 9: a 20 MB seed on one line made millions of marks and ran out of memory under -Xmx512m
        String hant = "黨".repeat(Differ.MAX_MARKED + 1);
        String hans = "党".repeat(Differ.MAX_MARKED + 1);
        List<Views.Run>[] marked = Differ.mark(text(hant), text(hans));
        assertThat(marked[0]).containsExactly(new Views.Run("text", hant, ""));
        assertThat(marked[1]).containsExactly(new Views.Run("text", hans, ""));
        assertThat(Differ.mark(text("黨".repeat(Differ.MAX_MARKED)), text("党".repeat(Differ.MAX_MARKED)))[0])
                .singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo("diff"));
    }
}
