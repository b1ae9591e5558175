package org.duidu.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.duidu.diag.Diagnostic;
import org.duidu.model.Aids;
import org.duidu.render.InterviewSummary;

/**
 * What the previous build of this output knew about each interview, kept in the generation's cache
 * directory ({@code cache/site/build.json} and one file per interview under {@code cache/site/entries/},
 * published together with the site and index they describe): the content hash of its inputs, the hash of everything its pages depend on, its
 * summary, diagnostics and the files it wrote. A cache of another Duidu build, another format or
 * that does not parse is discarded with a note, never trusted.
 */
final class BuildCache {
    static final int FORMAT = 3;
    private static final String FILE = "site/build.json";
    /**
     * One file per interview entry, named by the keys that determine it: an unchanged interview's
     * file is the previous generation's (hard-linked into the new one), so a build writes the
     * entries that changed, not the whole archive's summaries (15 MB at 1,000 interviews).
     */
    private static final String ENTRIES = "site/entries";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Readers made once, on first use: their deserializers (records of records) take a cold JVM a tenth
     * of a second to make, which a build without a cache to read never pays.
     */
    private static final class Readers {
        static final com.fasterxml.jackson.databind.ObjectReader STORED = JSON.readerFor(Stored.class);
        static final com.fasterxml.jackson.databind.ObjectReader ENTRY = JSON.readerFor(Entry.class);
    }

    /**
     * One interview as the previous build made it.
     *
     * @param file        the seed, relative to the site
     * @param contentKey  hash of everything its publication depends on (seed, metadata, rules, Duidu)
     * @param pageKey     hash of everything its pages depend on (content, templates, assets, config, neighbours)
     * @param listsKey    hash of its summary but its terms: what the list pages show of it
     * @param termsKey    hash of its summary's terms: what the terms index shows of it
     * @param seed        its build-summary line
     * @param summary     what other pages need of it
     * @param diagnostics what reading it reported
     * @param files       the site files its pages are
     * @param stamp       the stat of the seed and its sidecar when {@code contentKey} was hashed ({@link SeedKeys#stamp}),
     *                    or null: while they keep it, the next build takes the key without reading them
     * @param pagerKey    the key of what its neighbours' pagers show of it ({@link PagerKeys#of}), or null
     */
    record Entry(String file, String contentKey, String pageKey, String listsKey, String termsKey, SeedSummary seed, InterviewSummary summary,
                 List<Diagnostic> diagnostics, List<String> files, String stamp, String pagerKey) {
    }

    /**
     * The stored form.
     *
     * @param format     {@link #FORMAT}
     * @param duidu      the Duidu build that wrote it
     * @param entries    per seed, in site order, the name of its entry's file under {@link #ENTRIES}
     * @param textsKey   the content key under which {@code texts} were converted
     * @param texts      the site's own texts (title, prose pages): text → [zh-Hans, zh-Hant]
     * @param glossary   the glossary's entries with readings and English, as of {@code textsKey}
     * @param listPages  each list page's key (templates and model), by path: see {@link ListPageMemo}
     * @param listsKey   the key of everything the list pages but the terms index show: see {@link InterviewJob#listsKey}
     * @param termsKey   the key of everything the terms index shows: see {@link InterviewJob#termsKey}
     */
    record Stored(int format, String duidu, List<String> entries, String textsKey, Map<String, List<String>> texts,
                  List<Aids.Gloss> glossary, Map<String, String> listPages, String listsKey, String termsKey) {
    }

    private final Map<String, Entry> byFile;
    private final String textsKey;
    private final Map<String, List<String>> texts;
    private final List<Aids.Gloss> glossary;
    private final Map<String, String> listPages;
    private final String listsKey;
    private final String termsKey;

    private BuildCache(Map<String, Entry> byFile, String textsKey, Map<String, List<String>> texts, List<Aids.Gloss> glossary,
                       Map<String, String> listPages, String listsKey, String termsKey) {
        this.byFile = byFile;
        this.textsKey = textsKey;
        this.texts = texts;
        this.glossary = glossary;
        this.listPages = listPages;
        this.listsKey = listsKey;
        this.termsKey = termsKey;
    }

    /**
     * Makes the cache's readers, for a thread of its own at the start of a build that will read a
     * cache: the JSON library's warm-up then overlaps the build's first stages.
     */
    static void warmUp() {
        Readers.ENTRY.getTypeFactory(); // touching the readers is enough: the holder's initialiser made them
    }

    /** No cache: everything is built. */
    static BuildCache empty() {
        return new BuildCache(Map.of(), "", Map.of(), null, Map.of(), "", "");
    }

    /**
     * The summaries of the interviews before and after a seed's in site order (null at either end):
     * what its pager showed.
     */
    InterviewSummary[] neighbours(String file) {
        InterviewSummary before = null;
        boolean found = false;
        for (Entry e : byFile.values()) {
            if (found) {
                return new InterviewSummary[] {before, e.summary()};
            }
            if (e.file().equals(file)) {
                found = true;
            } else {
                before = e.summary();
            }
        }
        return new InterviewSummary[] {found ? before : null, null};
    }

    /** The previous build's lists key (empty when unknown): equal to this build's, every list page but the terms index is as it was. */
    String listsKey() {
        return listsKey;
    }

    /** The previous build's terms key (empty when unknown): equal to this build's, the terms index is as it was. */
    String termsKey() {
        return termsKey;
    }

    /** The previous build's list page keys, by path. */
    Map<String, String> listPages() {
        return listPages;
    }

    /** The glossary's entries as the previous build made them, if under {@code contentKey}. */
    Optional<List<Aids.Gloss>> glossary(String contentKey) {
        return textsKey.equals(contentKey) ? Optional.ofNullable(glossary) : Optional.empty();
    }

    /** The site's texts in both scripts as the previous build converted them, if under {@code contentKey}. */
    Map<String, List<String>> texts(String contentKey) {
        return textsKey.equals(contentKey) ? texts : Map.of();
    }

    /**
     * Reads the cache of the previous build, or an empty one (with a note in {@code notes} when one
     * was there but cannot be trusted).
     */
    static BuildCache load(Path cacheDir, List<String> notes) {
        return load(cacheDir, notes, new BuildMemory());
    }

    /** Like {@link #load(Path, List)}, taking the cache from {@code memory} when it wrote that very file. */
    static BuildCache load(Path cacheDir, List<String> notes, BuildMemory memory) {
        Path file = cacheDir.resolve(FILE);
        Optional<BuildCache> remembered = memory.cacheFor(file);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            Stored stored = Readers.STORED.readValue(file.toFile());
            if (stored.format() != FORMAT || !duidu().equals(stored.duidu()) || stored.entries() == null) {
                notes.add("the build cache was made by another Duidu build: discarded, everything is rebuilt");
                return empty();
            }
            // one small file per interview: parsed on every core (a tenth of a no-change build at 1,000 interviews on one)
            List<String> names = stored.entries();
            Entry[] read = new Entry[names.size()];
            java.util.stream.IntStream.range(0, read.length).parallel().forEach(i -> read[i] = readEntry(cacheDir, names.get(i)));
            Map<String, Entry> byFile = new LinkedHashMap<>();
            for (Entry e : read) {
                byFile.put(e.file(), e);
            }
            return new BuildCache(byFile, stored.textsKey() == null ? "" : stored.textsKey(),
                    stored.texts() == null ? Map.of() : stored.texts(), stored.glossary(),
                    stored.listPages() == null ? Map.of() : stored.listPages(), orEmpty(stored.listsKey()), orEmpty(stored.termsKey()));
        } catch (IOException | RuntimeException e) {
            notes.add("the build cache " + file + " cannot be read (" + e.getClass().getSimpleName() + "): discarded, everything is rebuilt");
            return empty();
        }
    }

    private static Entry readEntry(Path cacheDir, String name) {
        try {
            return Readers.ENTRY.readValue(entryFile(cacheDir, name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orEmpty(String key) {
        return key == null ? "" : key;
    }

    /** The previous build's entries, in site order. */
    java.util.Collection<Entry> entries() {
        return java.util.Collections.unmodifiableCollection(byFile.values());
    }

    /** The site-wide part of the content keys of the previous build's entries ({@link InputKeys#content}); empty when unknown. */
    String contentKey() {
        return textsKey;
    }

    /** The previous build's entry for a seed. */
    Optional<Entry> get(String file) {
        return Optional.ofNullable(byFile.get(file));
    }


    /** Writes this build's cache (a new file renamed over the old one, never written through a hard link). */
    static void save(Path cacheDir, List<Entry> entries, String textsKey, Map<String, List<String>> texts, List<Aids.Gloss> glossary,
                     Map<String, String> listPages, String listsKey, String termsKey, BuildMemory memory) throws IOException {
        Path file = cacheDir.resolve(FILE);
        Path entriesDir = cacheDir.resolve(ENTRIES);
        Files.createDirectories(entriesDir);
        List<String> names = new java.util.ArrayList<>(entries.size());
        for (Entry e : entries) {
            String name = entryName(e);
            names.add(name);
            // a file of that name was written for the same keys by an earlier build: it holds this entry
            if (!Files.isRegularFile(entryFile(cacheDir, name))) {
                writeAtomically(entryFile(cacheDir, name), e);
            }
        }
        writeAtomically(file, new Stored(FORMAT, duidu(), names, textsKey, texts, glossary, listPages, listsKey, termsKey));
        Set<String> kept = new java.util.HashSet<>(names);
        try (java.util.stream.Stream<Path> files = Files.list(entriesDir)) {
            for (Path old : files.filter(p -> !kept.contains(p.getFileName().toString())).toList()) {
                Files.deleteIfExists(old); // an entry of an interview since changed or removed
            }
        }
        Map<String, Entry> byFile = new LinkedHashMap<>();
        entries.forEach(e -> byFile.put(e.file(), e));
        memory.remember(file, new BuildCache(byFile, textsKey, texts, glossary, listPages, listsKey, termsKey));
    }

    /** An entry's file name: the keys that determine everything it holds, and the stamp it was hashed under. */
    private static String entryName(Entry e) {
        return hash(List.of(e.file().getBytes(StandardCharsets.UTF_8), e.contentKey().getBytes(StandardCharsets.UTF_8),
                e.pageKey().getBytes(StandardCharsets.UTF_8), (e.stamp() == null ? "" : e.stamp()).getBytes(StandardCharsets.UTF_8))) + ".json";
    }

    private static Path entryFile(Path cacheDir, String name) {
        if (!name.matches("[0-9a-f]{64}\\.json")) {
            throw new IllegalArgumentException("not an entry name: " + name); // a damaged cache
        }
        return cacheDir.resolve(ENTRIES).resolve(name);
    }

    /** A new file renamed over the old one, never written through a hard link of the previous generation. */
    private static void writeAtomically(Path file, Object value) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), ".build-", ".tmp");
        try {
            JSON.writeValue(temp.toFile(), value);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** This Duidu build's identity (version and package time, written by Maven). */
    static String duidu() {
        try (InputStream in = BuildCache.class.getResourceAsStream("build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "?") + "@" + p.getProperty("built", "?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hash of the given parts, in order; each part is length-prefixed so that parts cannot run together. */
    static String hash(List<byte[]> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The JSON of a value, for hashing what a page shows of it. */
    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
