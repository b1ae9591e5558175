package org.duidu.search;

import org.duidu.model.Inline;
import org.duidu.model.Interview;
import org.duidu.model.Metadata;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.duidu.model.Role;
import org.duidu.model.Section;
import org.duidu.model.SourceScript;
import org.duidu.model.Speaker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Inputs for tests and benchmarks outside this package (the Solr ones): the seed as the pipeline
 * prepares it, generated interviews made from the seed's own text, the dev queries, and a local
 * Lucene index of any interviews.
 */
public final class TestCorpus {
    private TestCorpus() {
    }

    /** The seed interview as the site build prepares it (ingest, clean, convert). */
    public static Publication seed() {
        return SeedFixture.publication();
    }

    /**
     * {@code count} interviews shaped like the seed (lead, questions at paragraphs 2, 8, 11, 18),
     * each paragraph as long as the seed's, made of 2–6 character runs cut at random from the seed's
     * paragraphs (the zh-Hans run for the zh-Hans edition, the same run of the zh-Hant edition for
     * zh-Hant), joined by punctuation: the dev queries match many paragraphs with varied scores.
     * Slugs {@code gen_00001…}, so they sort after the seed, as seed files would.
     */
    public static List<Publication> generated(int count, long randomSeed) {
        Publication seed = seed();
        List<String> hans = seed.hans().placedParagraphs().stream().map(p -> SearchIndexer.indexedText(p.paragraph(), null)).toList();
        List<String> hant = seed.hant().placedParagraphs().stream().map(p -> SearchIndexer.indexedText(p.paragraph(), null)).toList();
        Random random = new Random(randomSeed);
        String[] separators = {"，", "，", "、", "。", "；"};
        List<Publication> out = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            String slug = String.format("gen_%05d", k);
            List<String[]> texts = new ArrayList<>();
            for (String length : hans) {
                StringBuilder h = new StringBuilder();
                StringBuilder t = new StringBuilder();
                while (h.length() < length.length()) {
                    int from = random.nextInt(hans.size());
                    String a = hans.get(from);
                    String b = hant.get(from).length() == a.length() ? hant.get(from) : a;
                    int n = 2 + random.nextInt(5);
                    int start = random.nextInt(Math.max(1, a.length() - n));
                    int end = Math.min(a.length(), start + n);
                    h.append(a, start, end);
                    t.append(b, start, end);
                    String separator = separators[random.nextInt(separators.length)];
                    h.append(separator);
                    t.append(separator);
                }
                texts.add(new String[] {h.toString(), t.toString()});
            }
            out.add(new Publication(interview(slug, texts, 0), interview(slug, texts, 0), interview(slug, texts, 1),
                    SourceScript.SIMPLIFIED));
        }
        return out;
    }

    private static Interview interview(String slug, List<String[]> texts, int form) {
        List<Paragraph> lead = List.of(paragraph(1, Role.LEAD, texts.get(0)[form]));
        List<Section> sections = new ArrayList<>();
        List<Integer> starts = List.of(2, 8, 11, 18, texts.size() + 1);
        for (int s = 0; s + 1 < starts.size(); s++) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (int n = starts.get(s); n < starts.get(s + 1); n++) {
                paragraphs.add(paragraph(n, n == starts.get(s) ? Role.QUESTION : Role.ANSWER, texts.get(n - 1)[form]));
            }
            sections.add(new Section(s + 1, paragraphs));
        }
        String title = form == 0 ? "访谈 " + slug : "訪談 " + slug;
        return new Interview(slug, "seeds/" + slug + ".txt", new Metadata(title, Optional.empty(), Optional.empty(), Optional.empty()),
                List.of(new Speaker("记者", true, "记者", List.of())), lead, sections);
    }

    private static Paragraph paragraph(int n, Role role, String text) {
        return new Paragraph(n, role, role == Role.QUESTION ? "记者" : role == Role.ANSWER ? "受访者" : "", false,
                List.of(new Inline.Text(text)), List.of(), null);
    }

    /**
     * The dev queries ({@code src/test/resources/search/dev.tsv}, a copy of the shared set): every
     * written form, first column and the other-script column, alternatives split.
     */
    public static List<String> devQueries() throws IOException {
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/search/dev.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t");
            for (int c : new int[] {0, 2}) {
                if (c < cells.length) {
                    for (String form : cells[c].split("\\|")) {
                        if (!form.isBlank() && !queries.contains(form.strip())) {
                            queries.add(form.strip());
                        }
                    }
                }
            }
        }
        return queries;
    }

    /** Writes the local Lucene index of these interviews (in this order) into {@code indexDir}. */
    public static void localIndex(List<Publication> publications, Path indexDir) throws IOException {
        SearchIndexer.write(publications, indexDir, new MemoryTree());
    }

    /** Like {@link #localIndex(List, Path)}, with the static search files written under {@code siteDir}. */
    public static void localIndex(List<Publication> publications, Path indexDir, Path siteDir) throws IOException {
        SearchIndexer.write(publications, indexDir, new DiskTree(siteDir));
    }
}
