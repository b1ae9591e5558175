package org.duidu.search;

import org.duidu.model.Edition;
import org.duidu.model.Inline;
import org.duidu.model.Interview;
import org.duidu.model.Metadata;
import org.duidu.model.Paragraph;
import org.duidu.model.Publication;
import org.duidu.model.Role;
import org.duidu.model.Section;
import org.duidu.model.SourceScript;
import org.duidu.model.Speaker;
import org.duidu.publish.OutputTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The one generator of synthetic interviews for tests and benchmarks (the search benchmark, the Solr
 * test and benchmark), with the seed as the pipeline prepares it, the dev queries, random queries
 * cut from a corpus, and a local Lucene index of any interviews.
 *
 * <p>A corpus ({@link #corpus}) is the seed followed by interviews shaped like it (lead, questions at
 * paragraphs 2, 8, 11, 18, each paragraph as long as the seed's), whose text comes from a
 * {@link Text}: runs cut from the seed's own paragraphs ({@link #seedRuns}) or any other source (the
 * search benchmark's Zipf-distributed words). Interview {@code i} is made from its own random seed
 * when it is asked for and never kept, so a corpus of 100,000 interviews costs no memory and
 * {@code corpus(n, s)} begins with {@code corpus(m, s)} for m &lt; n.
 */
public final class TestCorpus {
    private TestCorpus() {
    }

    /** Writes one synthetic paragraph in both scripts. */
    @FunctionalInterface
    public interface Text {
        /** A paragraph of at least {@code length} characters: {@code {zh-Hans, zh-Hant}}, the same words in each. */
        String[] paragraph(int length, Random random);
    }

    /** The seed interview as the site build prepares it (ingest, clean, convert). */
    public static Publication seed() {
        return SeedFixture.publication();
    }

    /**
     * Text made of 2–6 character runs cut at random from the seed's paragraphs (the zh-Hans run for
     * the zh-Hans edition, the same run of the zh-Hant edition for zh-Hant), joined by punctuation:
     * the dev queries match many paragraphs with varied scores.
     */
    public static Text seedRuns() {
        Publication seed = seed();
        List<String> hans = seed.hans().placedParagraphs().stream().map(p -> SearchIndexer.indexedText(p.paragraph(), null)).toList();
        List<String> hant = seed.hant().placedParagraphs().stream().map(p -> SearchIndexer.indexedText(p.paragraph(), null)).toList();
        String[] separators = {"，", "，", "、", "。", "；"};
        return (length, random) -> {
            StringBuilder h = new StringBuilder();
            StringBuilder t = new StringBuilder();
            while (h.length() < length) {
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
            return new String[] {h.toString(), t.toString()};
        };
    }

    /**
     * The seed, then {@code size - 1} generated interviews ({@code gen_000001…}, sorting after the
     * seed as seed files would), interview i made from {@code new Random(randomSeed + i)}.
     */
    public static Corpus corpus(int size, long randomSeed, Text text) {
        return new Corpus(size, randomSeed, text, seed());
    }

    /** A corpus generated on demand: the seed at 0, interview i from its own random seed. */
    public static final class Corpus extends AbstractList<Publication> {
        private final int size;
        private final long randomSeed;
        private final Text text;
        private final Publication seed;
        private final List<Integer> lengths;

        private Corpus(int size, long randomSeed, Text text, Publication seed) {
            this.size = size;
            this.randomSeed = randomSeed;
            this.text = text;
            this.seed = seed;
            this.lengths = seed.hans().placedParagraphs().stream().map(p -> SearchIndexer.indexedText(p.paragraph(), null).length()).toList();
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Publication get(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return i == 0 ? seed : generate(i, new Random(randomSeed + i));
        }

        /** Interview i with other text (its seed file changed). */
        public Publication edited(int i) {
            if (i < 1 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return generate(i, new Random(-randomSeed - i));
        }

        /** This corpus with every {@code step}-th generated interview (1, 1 + step, …) {@linkplain #edited edited}. */
        public List<Publication> withEdits(int step) {
            return new AbstractList<>() {
                @Override
                public Publication get(int i) {
                    return i >= 1 && (i - 1) % step == 0 ? edited(i) : Corpus.this.get(i);
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }

        private Publication generate(int i, Random random) {
            String slug = String.format("gen_%06d", i);
            List<String[]> texts = new ArrayList<>(lengths.size());
            for (int length : lengths) {
                texts.add(text.paragraph(length, random));
            }
            return new Publication(interview(slug, texts, 0), interview(slug, texts, 0), interview(slug, texts, 1),
                    SourceScript.SIMPLIFIED);
        }
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

    /**
     * The dev queries, then {@code count} queries cut from random paragraphs of the corpus (either
     * edition): a 2–8 character substring, every sixth with a second word of 3 characters.
     */
    public static List<String> queries(List<Publication> corpus, int count, Random random) throws IOException {
        List<String> queries = new ArrayList<>(devQueries());
        for (int i = 0; i < count; i++) {
            Publication p = corpus.get(random.nextInt(corpus.size()));
            Edition edition = random.nextBoolean() ? Edition.HANS : Edition.HANT;
            List<Paragraph> paragraphs = p.in(edition).paragraphs();
            String text = paragraphs.get(random.nextInt(paragraphs.size())).text();
            int length = 2 + random.nextInt(7);
            int at = random.nextInt(Math.max(1, text.length() - length));
            String query = text.substring(at, Math.min(text.length(), at + length));
            if (i % 6 == 0) {
                String other = paragraphs.get(random.nextInt(paragraphs.size())).text();
                int o = random.nextInt(Math.max(1, other.length() - 3));
                query = query + " " + other.substring(o, Math.min(other.length(), o + 3));
            }
            queries.add(query);
        }
        return queries;
    }

    /** Writes the local Lucene index of these interviews (in this order) into {@code indexDir}. */
    public static void localIndex(List<Publication> publications, Path indexDir) throws IOException {
        SearchIndexer.write(publications, indexDir, new MemoryTree());
    }

    /** A site output tree on disk, for {@link SearchIndexer#finish}. */
    public static OutputTree siteTree(Path siteDir) {
        return new DiskTree(siteDir);
    }

    /** Like {@link #localIndex(List, Path)}, with the static search files written under {@code siteDir}. */
    public static void localIndex(List<Publication> publications, Path indexDir, Path siteDir) throws IOException {
        SearchIndexer.write(publications, indexDir, new DiskTree(siteDir));
    }
}
