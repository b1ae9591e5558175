package org.duidu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code duidu convert}: streams, files, the site's rules, and clean failures. */
class ConvertCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        ConvertCommand command = new ConvertCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        CommandLine cl = new CommandLine(command);
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void convertsStdinToTraditional() {
        assertThat(run("头发吹干了，理发后去干活。\n", "--to", "zh-Hant", "--site", dir.toString())).isZero();
        assertThat(out()).isEqualTo("頭髮吹乾了，理髮後去幹活。\n");
    }

    @Test
    void convertsFilesInOrderToSimplified() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "關于今后的採訪，\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "\uFEFF我們著力奮斗。");
        assertThat(run("", "--to", "zh-Hans", "--site", dir.toString(), a.toString(), b.toString())).isZero();
        assertThat(out()).isEqualTo("关于今后的采访，\n我们着力奋斗。");
    }

    @Test
    void glossaryOfTheSiteApplies() throws Exception {
        Files.writeString(dir.resolve("glossary.yaml"), "- {zh-hans: 软件, zh-hant: 軟體}\n");
        assertThat(run("这个软件很好用", "--to", "zh-Hant", "--site", dir.toString())).isZero();
        assertThat(out()).isEqualTo("這個軟體很好用");
    }

    @Test
    void hongKongFormsOnRequest() {
        assertThat(run("为了核实这说法", "--to", "zh-Hant", "--hk", "--site", dir.toString())).isZero();
        assertThat(out()).isEqualTo("為了核實這説法");
    }

    @Test
    void missingFileIsAContentErrorWithoutStackTrace() {
        assertThat(run("", "--site", dir.toString(), dir.resolve("nope.txt").toString())).isEqualTo(1);
        assertThat(err()).contains("nope.txt: no such file").doesNotContain("Exception");
    }

    @Test
    void invalidUtf8IsReported() throws Exception {
        Path gbk = Files.write(dir.resolve("gbk.txt"), "中文".getBytes("GBK"));
        assertThat(run("", "--site", dir.toString(), gbk.toString())).isEqualTo(1);
        assertThat(err()).contains("gbk.txt: not UTF-8 text");
    }

    @Test
    void unknownEditionIsAUsageError() {
        assertThat(run("", "--to", "zh-Latn")).isEqualTo(2);
        assertThat(err()).contains("zh-Latn");
    }

    @Test
    void aBadGlossaryIsReportedWhereItIs() throws Exception {
        Files.writeString(dir.resolve("glossary.yaml"), "- {zh-hans: 书房}\n");
        assertThat(run("书房\n", "--to", "zh-Hant", "--site", dir.toString())).isEqualTo(1);
        assertThat(err()).contains("glossary.yaml:1:3: error: config: a conversion rule needs both zh-hans and zh-hant (or keep)");
    }
}
