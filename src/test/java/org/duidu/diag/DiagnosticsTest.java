package org.duidu.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.duidu.model.SourceSpan;
import org.junit.jupiter.api.Test;

/** The collector keeps diagnostics in source order and never loses the fact that it dropped some. */
class DiagnosticsTest {
    @Test
    void sortsByFileLineAndColumn() {
        Diagnostics d = new Diagnostics();
        d.warning("w", new SourceSpan("seeds/b.txt", 1, 1), "b");
        d.error("e", new SourceSpan("seeds/a.txt", 9, 3), "a9");
        d.error("e", new SourceSpan("seeds/a.txt", 2, 7), "a2");
        assertThat(d.all()).extracting(Diagnostic::format).containsExactly(
                "seeds/a.txt:2:7: error: e: a2", "seeds/a.txt:9:3: error: e: a9", "seeds/b.txt:1:1: warning: w: b");
        assertThat(d.errorCount()).isEqualTo(2);
        assertThat(d.warningCount()).isEqualTo(1);
    }

    @Test
    void beyondTheCapALastWarningCountsWhatWasDropped() {
        Diagnostics d = new Diagnostics(2);
        for (int line = 1; line <= 5; line++) {
            d.error("e", new SourceSpan("seeds/a.txt", line, 1), "line " + line);
        }
        assertThat(d.all()).extracting(Diagnostic::format).containsExactly(
                "seeds/a.txt:1:1: error: e: line 1", "seeds/a.txt:2:1: error: e: line 2",
                "seeds/a.txt:3:1: warning: too-many-diagnostics: 3 more diagnostic(s) not shown, the first of them here");
        assertThat(d.errorCount()).isEqualTo(5);
    }

    @Test
    void anErrorBeyondTheCapStillCounts() {
        Diagnostics d = new Diagnostics(1);
        d.warning("w", new SourceSpan("seeds/a.txt", 1, 1), "first");
        d.error("e", new SourceSpan("seeds/a.txt", 2, 1), "dropped");
        assertThat(d.hasErrors()).isTrue();
    }
}
