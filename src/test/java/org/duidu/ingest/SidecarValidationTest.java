package org.duidu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.duidu.SiteFixture;
import org.duidu.diag.Diagnostic;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Interview;
import org.duidu.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sidecar values that reach URLs and file names are checked; short transcripts still parse. */
class SidecarValidationTest {
    private static final String SEED = "记者：请问怎么看？\n李明：我们认为很好。\n";

    private static Diagnostics read(Path dir, String sidecar) throws Exception {
        Path site = SiteFixture.site(dir, Map.of("seeds/a.txt", SEED, "seeds/a.yaml", sidecar));
        Diagnostics d = new Diagnostics();
        Ingest.read(site, site.resolve("seeds/a.txt"), d);
        return d;
    }

    @Test
    void aSourceUrlMustBeAWebAddress(@TempDir Path dir) throws Exception {
        assertThat(read(dir.resolve("a"), "title: t\nsourceUrl: 'javascript:alert(7)'\n").all()).extracting(Diagnostic::format)
                .containsExactly("seeds/a.yaml:2:12: error: sidecar: sourceUrl must be an absolute http or https address, got 'javascript:alert(7)'");
        assertThat(read(dir.resolve("b"), "sourceUrl: 'data:text/html,<b>x</b>'\n").hasErrors()).isTrue();
        assertThat(read(dir.resolve("c"), "sourceUrl: https://example.org/a?b=1\n").all()).isEmpty();
    }

    @Test
    void aSlugCannotLeaveItsDirectory(@TempDir Path dir) throws Exception {
        assertThat(read(dir.resolve("a"), "slug: ../../../tmp/pwned\n").all()).extracting(Diagnostic::format)
                .containsExactly("seeds/a.yaml:1:7: error: sidecar: slug may hold only letters, digits, '-' and '_', got '../../../tmp/pwned'");
        assertThat(read(dir.resolve("b"), "slug: 李明-2026_访谈\n").all()).isEmpty();
    }

    @Test
    void aNameThatAnswersTheOnlyQuestionIsALabel(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.site(dir, Map.of("seeds/a.txt", SEED));
        Diagnostics d = new Diagnostics();
        Interview i = Ingest.read(site, site.resolve("seeds/a.txt"), d).orElseThrow().interview();
        assertThat(d.all()).isEmpty();
        assertThat(i.sections()).singleElement().satisfies(s -> {
            assertThat(s.question()).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("请问怎么看？"));
            assertThat(s.answers()).singleElement().satisfies(a -> {
                assertThat(a.text()).isEqualTo("我们认为很好。");
                assertThat(a.role()).isEqualTo(Role.ANSWER);
                assertThat(a.speaker()).isEqualTo("李明");
            });
        });
        // a colon phrase inside an answer is not a label: 其中 answers nothing
        Path other = SiteFixture.site(dir.resolve("b"), Map.of("seeds/b.txt", "记者：怎么看？\n李明：很好。\n李明：还有两点。\n其中：第一点最重要。\n"));
        Interview j = Ingest.read(other, other.resolve("seeds/b.txt"), new Diagnostics()).orElseThrow().interview();
        assertThat(j.paragraphs()).extracting(p -> p.text()).contains("其中：第一点最重要。");
    }
}
