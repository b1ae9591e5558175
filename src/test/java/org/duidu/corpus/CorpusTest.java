package org.duidu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.duidu.clean.Cleaner;
import org.duidu.cli.Main;
import org.duidu.diag.Diagnostics;
import org.duidu.ingest.Ingest;
import org.duidu.ingest.Seed;
import org.duidu.model.Interview;
import org.duidu.model.PublicationDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regression corpus of real-world and hostile inputs ({@code src/test/resources/corpus}, one site
 * per directory, origins in its README): each case's {@code expected.txt}, written by hand, states the
 * exit code, the exact diagnostics (file:line:col, severity, code), and what the model and the pages
 * hold. The case runs through the real command line ({@code duidu check} or {@code duidu build}).
 *
 * <p>Lines of {@code expected.txt}: {@code command: check|build}, {@code exit: N},
 * {@code diagnostic: FILE[:LINE:COL]: SEVERITY: CODE} (the full list, in order), {@code says: TEXT}
 * (some diagnostic or message contains it), {@code title: T}, {@code people: NAME[TITLES] …},
 * {@code sections: N}, {@code paragraphs: N}, {@code speakers: A B …} (paragraph speakers in order, the
 * lead's empty ones left out), {@code date: 2024年6月}, {@code tags: a b}, {@code interviews: N},
 * {@code page: PATH contains|lacks TEXT}, {@code xml: PATH} (parses), {@code symlink: LINK -> TARGET}.
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Pattern DIAGNOSTIC = Pattern.compile("^(\\S+?(?::\\d+:\\d+)?): (error|warning|note): ([a-z-]+): .*$");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHasItsExpectedOutcome(String name, @TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        copy(CORPUS.resolve(name), site);
        List<String> expected = Files.readAllLines(site.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        Files.delete(site.resolve("expected.txt"));
        Files.deleteIfExists(site.resolve("README.md"));
        for (String l : values(expected, "symlink")) {
            String[] parts = l.split(" -> ");
            Path link = site.resolve(parts[0]);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, Path.of(parts[1]));
        }
        String command = values(expected, "command").stream().findFirst().orElse("check");
        Path out = temp.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        String[] args = command.equals("build")
                ? new String[] {"build", "--site", site.toString(), "--out", out.toString()}
                : new String[] {"check", "--site", site.toString()};
        int code = Main.run(args, new PrintWriter(stdout), new PrintWriter(stderr));
        String printed = stdout + "\n" + stderr;

        assertThat(code).as("exit code; printed:\n%s", printed).isEqualTo(Integer.parseInt(values(expected, "exit").get(0)));
        List<String> diagnostics = new ArrayList<>();
        for (String line : printed.lines().toList()) {
            Matcher m = DIAGNOSTIC.matcher(line);
            if (m.matches()) {
                diagnostics.add(m.group(1) + ": " + m.group(2) + ": " + m.group(3));
            }
        }
        assertThat(diagnostics).as("diagnostics; printed:\n%s", printed).containsExactlyElementsOf(values(expected, "diagnostic"));
        for (String text : values(expected, "says")) {
            assertThat(printed).contains(text);
        }
        assertThat(printed).as("no stack trace reaches a user").doesNotContain("\tat org.duidu", "Exception in thread");
        checkModel(site, expected);
        for (String page : values(expected, "page")) {
            Matcher m = Pattern.compile("(\\S+) (contains|lacks) (.*)").matcher(page);
            assertThat(m.matches()).as("page: line '%s'", page).isTrue();
            String html = Files.readString(out.resolve("site").resolve(m.group(1)));
            if (m.group(2).equals("contains")) {
                assertThat(html).as(m.group(1)).contains(m.group(3));
            } else {
                assertThat(html).as(m.group(1)).doesNotContain(m.group(3));
            }
        }
        for (String xml : values(expected, "xml")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.newDocumentBuilder().parse(out.resolve("site").resolve(xml).toFile()); // throws when ill-formed
        }
    }

    /** Model expectations, read through the stages' own entry points (ingest, then clean). */
    private static void checkModel(Path site, List<String> expected) {
        boolean wanted = Stream.of("title", "people", "sections", "paragraphs", "speakers", "date", "tags", "interviews")
                .anyMatch(k -> !values(expected, k).isEmpty());
        if (!wanted) {
            return;
        }
        Diagnostics d = new Diagnostics();
        List<Interview> interviews = new ArrayList<>();
        Cleaner cleaner = Cleaner.create();
        for (Path seed : Ingest.discover(site, site.resolve("seeds"), d)) {
            Optional<Seed> s = Ingest.read(site, seed, d);
            s.ifPresent(x -> interviews.add(cleaner.clean(x.interview(), x.sidecar().errata(), d)));
        }
        values(expected, "interviews").forEach(n -> assertThat(interviews).hasSize(Integer.parseInt(n)));
        if (interviews.isEmpty()) {
            return;
        }
        Interview i = interviews.get(0);
        values(expected, "title").forEach(t -> assertThat(i.metadata().title()).isEqualTo(t));
        values(expected, "people").forEach(p -> assertThat(i.interviewees().stream()
                .map(s -> s.name() + (s.titles().isEmpty() ? "" : "[" + String.join("、", s.titles()) + "]")).toList())
                .containsExactly(p.split(" ")));
        values(expected, "sections").forEach(n -> assertThat(i.sections()).hasSize(Integer.parseInt(n)));
        values(expected, "paragraphs").forEach(n -> assertThat(i.paragraphs()).hasSize(Integer.parseInt(n)));
        values(expected, "speakers").forEach(s -> assertThat(i.paragraphs().stream().map(p -> p.speaker())
                .filter(x -> !x.isEmpty()).toList()).containsExactly(s.split(" ")));
        values(expected, "date").forEach(t -> assertThat(i.metadata().publicationDate().map(PublicationDate::display)).contains(t));
        values(expected, "tags").forEach(t -> assertThat(i.metadata().tags()).containsExactly(t.split(" ")));
    }

    private static List<String> values(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + ": ")).map(l -> l.substring(key.length() + 2)).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
