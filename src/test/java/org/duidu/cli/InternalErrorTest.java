package org.duidu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.duidu.SiteFixture;
import org.duidu.diag.FileFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: no Java Error or stray RuntimeException reaches a user as a trace. */
class InternalErrorTest {
    @Test
    void aFailureInAFileIsOneLineNamingItWithExit3AndTheTraceOnlyWhenVerbose() {
        StringWriter quiet = new StringWriter();
        int code = Main.report(new FileFailure("seeds/x.md", new StackOverflowError()), new PrintWriter(quiet), false);
        assertThat(code).isEqualTo(ExitCodes.INTERNAL);
        assertThat(quiet.toString()).isEqualTo("duidu: internal error while processing seeds/x.md: ran out of stack (the input"
                + " nests too deeply) (run with --verbose for details; please report it)" + System.lineSeparator());
        StringWriter verbose = new StringWriter();
        Main.report(new FileFailure("seeds/x.md", new IllegalStateException("boom")), new PrintWriter(verbose), true);
        assertThat(verbose.toString()).contains("while processing seeds/x.md: IllegalStateException: boom", "\tat ");
    }

    @Test
    void verboseIsAcceptedAfterTheSubcommand(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.site(dir, Map.of("seeds/a.txt", "记者：好？\n李明：好。\n"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--verbose", "--site", site.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void checkJsonOnMarkdownNestedTenThousandDeepIsJsonWithThePlace(@TempDir Path dir) throws Exception {
        // issue 9: this ended in a raw StackOverflowError trace, exit 1, and check --json printed nothing
        Path site = SiteFixture.site(dir, Map.of("seeds/a.md", "记者：好？\n\n李明：好。\n\n" + ">".repeat(10_000) + " 深\n"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--json", "--site", site.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.CONTENT);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).get(0).get("code").asText())
                .isEqualTo("too-deep");
        assertThat(out.toString()).contains("\"line\" : 5", "\"column\" : 33");
        assertThat(err.toString()).doesNotContain("\tat ");
    }
}
