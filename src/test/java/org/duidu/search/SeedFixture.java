package org.duidu.search;

import org.duidu.config.ConfigLoader;
import org.duidu.config.SiteConfig;
import org.duidu.diag.Diagnostics;
import org.duidu.model.Inline;
import org.duidu.model.Interview;
import org.duidu.model.Metadata;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.duidu.model.Role;
import org.duidu.model.Section;
import org.duidu.model.SourceScript;
import org.duidu.model.SourceSpan;
import org.duidu.model.Speaker;
import org.duidu.site.SiteBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The seed interview as a {@link Publication}: {@link #publication()} runs the real pipeline
 * (ingest, clean, convert); {@link #handBuilt()} builds it from the seed's 23 lines without those
 * stages (labels and glued pinyin stripped, paragraph N = line N, line 1 the lead, the 記者 lines 2,
 * 8, 11 and 18 start sections 1–4, the mojibake of line 19 a garbled run, the source text in all
 * three forms), for tests that must not depend on the converter's current state.
 */
final class SeedFixture {
    static final String SLUG = "000_8e6aaae491def166";
    static final Path SEED = Path.of("seeds/" + SLUG + ".txt");
    static final String TITLE = "沈撫示範區訪談";
    static final String GARBLED = "?shù)母刹筷犖椋恢艽蛴舱?";
    private static final Pattern PINYIN = Pattern.compile("\\((?:[a-zü]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])+\\)");
    private static final List<Integer> QUESTION_LINES = List.of(2, 8, 11, 18);

    private SeedFixture() {
    }

    static List<String> cleanedLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(SEED, StandardCharsets.UTF_8)) {
            lines.add(PINYIN.matcher(line.replaceFirst("^(記者|陳綠平):", "")).replaceAll(""));
        }
        return lines;
    }

    /** The seed as the site build prepares it. */
    static Publication publication() {
        SiteConfig config = ConfigLoader.load(Path.of("."), Path.of("target/search-fixture-out"));
        List<Publication> publications = SiteBuilder.prepare(config, new Diagnostics()).publications();
        return publications.stream().filter(p -> p.slug().equals(SLUG)).findFirst().orElseThrow();
    }

    static Publication handBuilt() throws IOException {
        return publication(SLUG, TITLE, cleanedLines());
    }

    /** An interview shaped like the seed (questions at lines 2, 8, 11, 18) from any 23 lines. */
    static Publication publication(String slug, String title, List<String> lines) {
        List<Paragraph> lead = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Paragraph> current = null;
        for (int n = 1; n <= lines.size(); n++) {
            String text = lines.get(n - 1);
            SourceSpan span = new SourceSpan("seeds/" + slug + ".txt", n, 1);
            if (n == 1) {
                lead.add(new Paragraph(n, Role.LEAD, "", false, inlines(text), List.of(), span));
                continue;
            }
            boolean question = QUESTION_LINES.contains(n);
            if (question) {
                if (current != null) {
                    sections.add(new Section(sections.size() + 1, current));
                }
                current = new ArrayList<>();
            }
            current.add(new Paragraph(n, question ? Role.QUESTION : Role.ANSWER, question ? "記者" : "陳綠平",
                    false, inlines(text), List.of(), span));
        }
        sections.add(new Section(sections.size() + 1, current));
        Interview interview = new Interview(slug, "seeds/" + slug + ".txt",
                new Metadata(title, Optional.empty(), Optional.empty(), Optional.empty()),
                List.of(new Speaker("記者", true, "記者", List.of()), new Speaker("陳綠平", false, "陳綠平", List.of())),
                lead, sections);
        return new Publication(interview, interview, interview, SourceScript.TRADITIONAL);
    }

    private static List<Inline> inlines(String text) {
        int at = text.indexOf(GARBLED);
        if (at < 0) {
            return List.of(new Inline.Text(text));
        }
        return List.of(new Inline.Text(text.substring(0, at)),
                new Inline.Garbled(GARBLED, new SourceSpan("seed", 19, at + 1), ""),
                new Inline.Text(text.substring(at + GARBLED.length())));
    }
}
