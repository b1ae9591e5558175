package org.duidu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: an interview has at most 65,536 paragraphs (the static search index keys a paragraph in 16
 * bits). A longer seed is the writer's to fix: a content error at its paragraph 65,537, not an internal
 * failure of the search stage. The seeds are written here: a question, then one short answer line
 * per paragraph.
 */
class ParagraphLimitCliTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** A site whose one seed has {@code paragraphs} paragraphs: the question on line 1, an answer on each line after. */
    private Path site(int paragraphs) throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("seeds"));
        Files.writeString(site.resolve("seeds/s.txt"), "記者：您好？\n" + "是。\n".repeat(paragraphs - 1), StandardCharsets.UTF_8);
        return site;
    }

    @Test
    void paragraph65537IsAContentErrorAtItsLineAndNothingIsWritten() throws Exception {
        Path site = site(65_538);
        Path out = dir.resolve("out");
        Run r = run("build", "--site", site.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.CONTENT);
        // paragraph 65,537 is the line 65,537: the question is paragraph 1 on line 1
        assertThat(r.err()).contains("seeds/s.txt:65537:1: error: too-many-paragraphs: paragraph 65,537: an interview may have"
                + " at most 65,536 paragraphs (this one has 65,538); split the transcript into several seeds")
                .doesNotContain("internal error").doesNotContain("Exception");
        assertThat(out.resolve("site")).doesNotExist();
        Run check = run("check", "--site", site.toString());
        assertThat(check.code()).isEqualTo(ExitCodes.CONTENT);
        assertThat(check.out() + check.err()).contains("seeds/s.txt:65537:1: error: too-many-paragraphs");
    }

    @Test
    void exactly65536ParagraphsAreAccepted() throws Exception {
        Run check = run("check", "--site", site(65_536).toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out() + check.err()).doesNotContain("too-many-paragraphs");
    }
}
