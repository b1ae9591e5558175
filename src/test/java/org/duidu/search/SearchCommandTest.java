package org.duidu.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.duidu.cli.SearchCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCommandTest {
    private Path index;

    @BeforeAll
    void index(@TempDir Path temp) throws IOException {
        index = temp.resolve("index");
        SearchIndexer.write(List.of(SeedFixture.publication()), index, new MemoryTree());
    }

    /** Exit code, standard output, standard error. */
    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new SearchCommand())
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonListsTheBusinessEnvironmentAnswerFirstInEitherScript() throws IOException {
        Run simplified = run("营商环境", "--json", "--index", index.toString());
        assertThat(simplified.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(simplified.out());
        assertThat(json.get("query").asText()).isEqualTo("营商环境");
        assertThat(json.get("total").asInt()).isEqualTo(2);
        JsonNode first = json.get("hits").get(0);
        assertThat(first.get("paragraph").asInt()).isIn(14, 9);
        assertThat(first.get("url").asText()).endsWith("#p" + first.get("paragraph").asInt());
        assertThat(first.get("snippet").asText()).contains("<mark>营商环境</mark>");
        for (String field : List.of("interview", "title", "section", "paragraph", "role", "speaker", "score", "url", "snippet")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        JsonNode traditional = new ObjectMapper().readTree(run("營商環境", "--json", "--index", index.toString()).out());
        assertThat(traditional.get("hits")).isEqualTo(json.get("hits"));
    }

    @Test
    void readableOutputMarksTheMatch() {
        Run run = run("护林员", "--index", index.toString(), "--edition", "zh-Hant");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("【護林員】").contains("zh-Hant/" + SeedFixture.SLUG + ".html#p22");
    }

    @Test
    void filtersByRole() throws IOException {
        Run run = run("二十大报告", "--json", "--role", "question", "--index", index.toString());
        JsonNode hits = new ObjectMapper().readTree(run.out()).get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("paragraph").asInt()).isEqualTo(18);
    }

    @Test
    void aMissingIndexIsOneLineAndExitOne(@TempDir Path empty) {
        Run run = run("营商环境", "--index", empty.resolve("nothing").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("duidu search: no search index at").doesNotContain("\n");
        Run notAnIndex = run("营商环境", "--index", empty.toString());
        assertThat(notAnIndex.exit()).isEqualTo(1);
        assertThat(notAnIndex.err().strip()).doesNotContain("\n").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--limit=0", "--limit=x", "--edition=zh-Latn", "--role=boss", "--section=-1", "--bogus"})
    void badOptionValuesExitTwo(String option) {
        assertThat(run("营商环境", option, "--index", index.toString()).exit()).isEqualTo(2);
    }
}
