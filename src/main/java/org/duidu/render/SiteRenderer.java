package org.duidu.render;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duidu.diag.Diagnostic;
import org.duidu.diag.Diagnostics;
import org.duidu.diag.DuiduException;
import org.duidu.diag.Severity;
import org.duidu.model.Aids;
import org.duidu.model.Edition;
import org.duidu.model.Inline;
import org.duidu.model.Interview;
import org.duidu.model.Publication;
import org.duidu.model.PublicationDate;
import org.duidu.model.SourceSpan;
import org.duidu.model.SourceScript;
import org.duidu.model.UrlScheme;
import org.duidu.publish.OutputTree;

/**
 * Renders every page of a site: landing, per edition a home, reading, parallel, search and terms
 * page and the prose pages, the source views, 404, sitemap, feeds and robots.txt, plus the
 * fingerprinted assets. One interview at a time ({@link #renderInterview}, from any thread), then the
 * pages that list them all from their small {@link InterviewSummary summaries} ({@link #renderSite}).
 */
public final class SiteRenderer {
    /** Names a prose page may not take, because an edition already has a page of that name. */
    private static final Set<String> RESERVED = Set.of("index", "search", "terms", "atom", "parallel");

    private final Theme theme;
    private final SiteInfo site;
    private final OutputTree out;
    private Map<String, String> assets = Map.of();
    private final Map<Edition, List<Views.Link>> nav = new java.util.EnumMap<>(Edition.class);
    private final Map<Edition, List<Views.Prose>> prose = new java.util.EnumMap<>(Edition.class);
    private final PageMemo memo;
    private final java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();
    /** How many interviews are being rendered at this moment, on the build's threads. */
    private final java.util.concurrent.atomic.AtomicInteger rendering = new java.util.concurrent.atomic.AtomicInteger();
    /** The interviews whose pages this renderer wrote (their related-interviews block is still empty). */
    private final Set<String> rendered = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * What the renderer needs to know about the site itself.
     *
     * @param siteDir        the site project (for its templates and assets)
     * @param titles         the site title per edition
     * @param baseUrl        absolute base URL with trailing slash, or empty
     * @param defaultEdition the edition a first-time reader gets
     * @param prose          the prose pages ({@code pages/*.md}), each in both editions
     * @param glossary       the site's glossary ({@code glossary.yaml}) with readings, for the terms page
     * @param pageSize       how many interviews a list page shows
     * @param glossShards    the folder of the site's tap-to-gloss dictionary ({@link UrlScheme#glossShards}),
     *                       which reading pages hand to {@code aids.js}; empty for none
     * @param pinyinPages    whether reading pages and parallel views get their pinyin editions
     */
    public record SiteInfo(Path siteDir, Map<Edition, String> titles, String baseUrl, Edition defaultEdition,
                           List<ProsePage> prose, List<Aids.Gloss> glossary, int pageSize, String glossShards, boolean pinyinPages) {
        /** Copies the lists, so the record stays immutable. */
        public SiteInfo {
            prose = List.copyOf(prose);
            glossary = List.copyOf(glossary);
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be at least 1, not " + pageSize);
            }
        }

        /** Site information with 20 interviews per list page. */
        public SiteInfo(Path siteDir, Map<Edition, String> titles, String baseUrl, Edition defaultEdition, List<ProsePage> prose,
                        List<Aids.Gloss> glossary) {
            this(siteDir, titles, baseUrl, defaultEdition, prose, glossary, 20, "", true);
        }

        /** Site information with pinyin pages. */
        public SiteInfo(Path siteDir, Map<Edition, String> titles, String baseUrl, Edition defaultEdition, List<ProsePage> prose,
                        List<Aids.Gloss> glossary, int pageSize, String glossShards) {
            this(siteDir, titles, baseUrl, defaultEdition, prose, glossary, pageSize, glossShards, true);
        }
    }

    /**
     * A prose page of the site project ({@code pages/about.md}), already in each edition's script.
     *
     * @param name     its file name without {@code .md}; the page is {@code <edition>/<name>.html}
     * @param markdown its Markdown text per edition
     */
    public record ProsePage(String name, Map<Edition, String> markdown) {
        /** Copies the texts, so the record stays immutable. */
        public ProsePage {
            markdown = Map.copyOf(markdown);
        }
    }

    private SiteRenderer(Theme theme, SiteInfo site, OutputTree out, PageMemo memo) {
        this.theme = theme;
        this.site = site;
        this.out = out;
        this.memo = memo;
    }

    /**
     * What the previous build knew of the site's list pages (home, taxonomies, terms, feeds, sitemap):
     * a page whose template input is unchanged is kept as the previous build wrote it, not rendered
     * again, so a build that changes one interview does not re-render the thousands of list pages that
     * do not show it.
     */
    public interface PageMemo {
        /** Nothing known: every page is rendered. */
        PageMemo NONE = (path, modelKey) -> false;

        /**
         * Whether the file at {@code path}, which the previous build rendered from a model with the
         * same key, is still in the tree and kept as it is (the caller marks it kept). The key is
         * remembered for the next build either way.
         *
         * @param modelKey a hash of the template's name and everything the page model holds
         */
        boolean unchanged(String path, String modelKey) throws IOException;
    }

    /**
     * Starts rendering a site: loads the theme, writes the fingerprinted assets and renders the
     * prose pages' Markdown. The renderer is then safe to share between threads: each
     * {@link #renderInterview} call writes only its own interview's pages.
     *
     * @throws IOException when an asset cannot be read or written
     */
    public static SiteRenderer open(SiteInfo site, OutputTree out) throws IOException {
        return open(site, out, PageMemo.NONE);
    }

    /**
     * Like {@link #open(SiteInfo, OutputTree)}, keeping the list pages {@code memo} knows unchanged
     * (the templates, assets and configuration are the caller's part of the key: a memo must know
     * nothing when they changed).
     */
    public static SiteRenderer open(SiteInfo site, OutputTree out, PageMemo memo) throws IOException {
        return open(site, out, memo, new Themes(), "");
    }

    /**
     * Like {@link #open(SiteInfo, OutputTree, PageMemo)}, taking the theme from {@code themes} when it
     * was loaded under the same {@code themeKey} (a hash of the templates and assets; empty: load it):
     * its templates stay parsed between the rebuilds of one process.
     */
    public static SiteRenderer open(SiteInfo site, OutputTree out, PageMemo memo, Themes themes, String themeKey) throws IOException {
        SiteRenderer r = new SiteRenderer(themes.get(site.siteDir(), themeKey), site, out, memo);
        r.assets = Assets.publish(r.theme, out, memo);
        ProseRenderer proseRenderer = new ProseRenderer();
        for (Edition e : Edition.values()) {
            r.prose.put(e, site.prose().stream().map(p -> proseRenderer.render(p.name(), p.markdown().getOrDefault(e, ""))).toList());
            r.nav.put(e, nav(e, r.prose.get(e)));
        }
        return r;
    }

    /**
     * The theme of the last build of one process, kept while its key stays the same: FreeMarker then
     * parses each template once per process instead of once per build (a tenth of a seed site's
     * rebuild). Thread-safe.
     */
    public static final class Themes {
        private Path siteDir;
        private String key;
        private Theme theme;

        synchronized Theme get(Path siteDir, String key) throws IOException {
            if (theme == null || key.isEmpty() || !key.equals(this.key) || !siteDir.equals(this.siteDir)) {
                theme = Theme.load(siteDir);
                this.siteDir = siteDir;
                this.key = key;
            }
            return theme;
        }
    }

    /**
     * What the site's list pages, feeds, sitemap and the neighbours' pager need of an interview:
     * its slug, date, script and, per edition, a lean view (title, people, the first lead paragraph's
     * plain text; no sections, no errata), so a build never holds the whole corpus's text; and its
     * terms per edition (forms, counts and anchors, no contexts) for the site-wide terms index: the
     * summary is what the build cache keeps, so an interview whose pages are not rendered again still
     * has its terms in the index.
     */
    public static InterviewSummary summarize(Publication p, Aids aids) {
        Map<Edition, Views.Story> stories = new java.util.EnumMap<>(Edition.class);
        Map<Edition, Views.InterviewTerms> terms = new java.util.EnumMap<>(Edition.class);
        for (Edition e : Edition.values()) {
            Views.Story full = ViewBuilder.story(p.in(e), UrlScheme.interview(e, p.slug()), p, true);
            // the first lead paragraph as plain text only, no errata: list pages and feeds show no more, and every
            // interview's summary is held through the build (its runs repeated the text: 1 KB an interview)
            List<Views.Para> lead = full.lead().isEmpty() ? List.of() : List.of(plainOnly(full.lead().get(0)));
            stories.put(e, new Views.Story(full.slug(), full.url(), full.title(), shared(full.people()), shared(full.interviewer()),
                    shared(full.date()), shared(full.source()), shared(full.sourceUrl()), lead, List.of(), shared(full.script()),
                    full.garbledCount(), shared(full.dateText()), shared(full.dateStart()), sharedAll(full.tags()), List.of()));
            terms.put(e, TermViews.lean(p.in(e), aids, e, full.url()));
        }
        Map<Edition, org.duidu.model.Facets> facets = new java.util.EnumMap<>(Edition.class);
        for (Edition e : Edition.values()) {
            org.duidu.model.Facets f = org.duidu.model.Facets.of(p.in(e));
            facets.put(e, new org.duidu.model.Facets(sharedAll(f.people()), shared(f.source()), shared(f.year()), sharedAll(f.tags()),
                    shared(f.date())));
        }
        return new InterviewSummary(p.slug(), shared(p.source().metadata().publicationDate().map(PublicationDate::start).orElse("")),
                stories, terms, facets);
    }

    private static Views.Para plainOnly(Views.Para p) {
        return new Views.Para(shared(p.anchor()), p.number(), shared(p.role()), shared(p.speaker()), p.point(), List.of(), p.plain(),
                p.section());
    }

    /*
     * A build holds every interview's summary to its end: a heap dump of a 10,000-interview build found
     * its short strings (dates, sources, people, tags, anchors, role and script names, the same in both
     * editions and in many interviews) a third of what the summaries held, one copy per edition and per
     * interview. The JVM's string table keeps one of each while any is in use.
     */
    private static String shared(String s) {
        return s == null ? null : s.intern();
    }

    private static List<String> sharedAll(List<String> values) {
        return values.stream().map(SiteRenderer::shared).toList();
    }

    private static List<Views.Person> shared(List<Views.Person> people) {
        return people.stream().map(x -> new Views.Person(shared(x.name()), shared(x.titles()))).toList();
    }

    /**
     * Renders one interview's pages: its reading and parallel page, their pinyin editions and its
     * terms page in each edition, and its source view. Thread-safe.
     *
     * @param aids     its reading aids
     * @param self     its own {@link #summarize summary} (its terms are counted there once, the pages add their contexts)
     * @param previous the interview before it in site order, or null
     * @param next     the interview after it, or null
     * @return the paths written
     * @throws DuiduException when a template fails
     * @throws IOException    when writing fails
     */
    public List<String> renderInterview(Publication p, Aids aids, InterviewSummary self, InterviewSummary previous, InterviewSummary next)
            throws IOException {
        // its editions on two threads only when no other interview is being rendered beside it (serve's save,
        // an edit preview, or a build's other worker reading or indexing): when the build's workers both render,
        // the cores are busy, and a thread more per interview only cost memory and the kernel's time
        boolean alone = rendering.incrementAndGet() == 1;
        try {
            return renderInterview(p, aids, self, previous, next, alone);
        } finally {
            rendering.decrementAndGet();
        }
    }

    private List<String> renderInterview(Publication p, Aids aids, InterviewSummary self, InterviewSummary previous, InterviewSummary next,
                                         boolean alone) throws IOException {
        List<String> written = new ArrayList<>();
        // the parallel view is the same in both editions' frames; its pairs are made as each page reaches them
        boolean small = characters(p.hant()) <= PARALLEL_EDITIONS;
        // a small interview's pairs are kept for the second edition; a long one's made again, as the pages reach them
        ViewBuilder.Parallel parallel = small ? ViewBuilder.sharedPairs(p, aids) : ViewBuilder.pairs(p, aids);
        List<Views.Pair> pairs = parallel.plain();
        List<Views.Pair> pinyinPairs = parallel.pinyin();
        String gloss = site.glossShards(); // the site's one copy of the dictionary, loaded a part at a time
        Edition[] editions = Edition.values();
        if (small && alone) {
            // one interview's two editions on two threads: a save in serve re-renders one interview, and its
            // pages were the largest part of the rebuild with the second core idle
            java.util.concurrent.CompletableFuture<List<String>> second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return renderEdition(editions[1], p, aids, self, previous, next, pairs, pinyinPairs, gloss, small);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            List<String> first;
            try {
                first = renderEdition(editions[0], p, aids, self, previous, next, pairs, pinyinPairs, gloss, small);
            } catch (IOException | RuntimeException | Error e) {
                joinQuietly(second); // nothing of this interview is written after the failure is reported
                throw e;
            }
            written.addAll(first);
            written.addAll(joined(second));
        } else {
            for (Edition e : editions) {
                written.addAll(renderEdition(e, p, aids, self, previous, next, pairs, pinyinPairs, gloss, small));
            }
        }
        Edition script = p.script() == SourceScript.SIMPLIFIED ? Edition.HANS : Edition.HANT;
        // a -{zh-hans:…;zh-hant:…}- run shows the form of the seed's own script in the source view
        Interview source = p.source().mapParagraphs(q -> q.withContent(q.inlines().stream()
                .map(i -> i instanceof Inline.Verbatim v ? new Inline.Verbatim(v.in(script), v.hans(), v.hant()) : i)
                .toList(), q.readings()));
        Views.Story story = ViewBuilder.story(source, UrlScheme.source(p.slug()), p, false);
        page("source.ftlh", UrlScheme.source(p.slug()), script, null, List.of(), Map.of("story", story,
                "hans", UrlScheme.interview(Edition.HANS, p.slug()), "hant", UrlScheme.interview(Edition.HANT, p.slug())));
        written.add(UrlScheme.source(p.slug()));
        rendered.add(p.slug());
        return written;
    }

    /**
     * Up to this many characters an interview's two editions are rendered at once, on two threads; a
     * longer interview's one after the other, so that a 20 MB seed's pages do not need twice the memory
     * (issue 9).
     */
    static final long PARALLEL_EDITIONS = 500_000;

    /** An interview's characters, counted up to just past {@link #PARALLEL_EDITIONS}. */
    private static long characters(Interview interview) {
        long n = 0;
        for (org.duidu.model.Paragraph q : interview.paragraphs()) {
            for (Inline i : q.inlines()) {
                n += i.text().length();
                if (n > PARALLEL_EDITIONS) {
                    return n;
                }
            }
        }
        return n;
    }

    /** One edition's reading page, parallel view, their pinyin editions (unless the site has none) and terms page; the paths written. */
    private List<String> renderEdition(Edition e, Publication p, Aids aids, InterviewSummary self, InterviewSummary previous,
                                       InterviewSummary next, List<Views.Pair> pairs, List<Views.Pair> pinyinPairs, String gloss,
                                       boolean small) throws IOException {
        List<String> paths = new ArrayList<>();
        Views.Story story = ViewBuilder.story(p.in(e), UrlScheme.interview(e, p.slug()), p, true);
        Map<String, Object> model = new HashMap<>();
        model.put("story", story);
        model.put("previous", previous == null ? null : previous.stories().get(e));
        model.put("next", next == null ? null : next.stories().get(e));
        model.put("parallel", UrlScheme.parallel(e, p.slug()));
        model.put("sourceView", UrlScheme.source(p.slug()));
        model.put("termsPage", UrlScheme.interviewTerms(e, p.slug()));
        model.put("gloss", gloss);
        boolean withPinyin = site.pinyinPages();
        model.put("pinyin", false);
        // no toggle where the site has no pinyin editions (pinyinPages: false)
        model.put("pinyinToggle", withPinyin ? UrlScheme.pinyin(e, p.slug()) : "");
        paths.add(editionPage("interview.ftlh", e, x -> UrlScheme.interview(x, p.slug()), model));
        if (withPinyin) {
            Map<String, Object> pinyinModel = new HashMap<>(model);
            // a small interview's ruby made into HTML at once, as its parallel pairs are kept whole
            pinyinModel.put("story", ViewBuilder.story(p.in(e), UrlScheme.interview(e, p.slug()), p, true, n -> aids.readings(e, n), small));
            pinyinModel.put("pinyin", true);
            pinyinModel.put("pinyinToggle", UrlScheme.interview(e, p.slug()));
            paths.add(editionPage("interview.ftlh", e, x -> UrlScheme.pinyin(x, p.slug()), pinyinModel));
        }
        paths.add(editionPage("parallel.ftlh", e, x -> UrlScheme.parallel(x, p.slug()), Map.of("story", story,
                "pairs", pairs, "reading", UrlScheme.interview(e, p.slug()), "sourceView", UrlScheme.source(p.slug()), "pinyin", false,
                "pinyinToggle", withPinyin ? UrlScheme.parallelPinyin(e, p.slug()) : "", "gloss", gloss)));
        if (withPinyin) {
            paths.add(editionPage("parallel.ftlh", e, x -> UrlScheme.parallelPinyin(x, p.slug()), Map.of("story", story,
                    "pairs", pinyinPairs, "reading", UrlScheme.pinyin(e, p.slug()),
                    "sourceView", UrlScheme.source(p.slug()), "pinyin", true, "pinyinToggle", UrlScheme.parallel(e, p.slug()), "gloss", gloss)));
        }
        Views.InterviewTerms terms = TermViews.page(self.terms().get(e), p.in(e), aids, e);
        paths.add(editionPage("interview-terms.ftlh", e, x -> UrlScheme.interviewTerms(x, p.slug()), Map.of("terms", terms)));
        return paths;
    }

    private static <T> T joined(java.util.concurrent.CompletableFuture<T> work) throws IOException {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.io.UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static void joinQuietly(java.util.concurrent.CompletableFuture<?> work) {
        try {
            work.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException ignored) {
            // the first failure is the one reported
        }
    }

    /** Where a reading page marks the block of related interviews, which {@link #relate} fills once every summary is known. */
    static final String RELATED_START = "<!--duidu:related-->";
    static final String RELATED_END = "<!--/duidu:related-->";

    /**
     * What each interview's related block shows, as a key: a build compares it with the key its
     * previous build stored, to know which kept pages need their block rewritten.
     *
     * @param related per slug, its related interviews ({@link #related})
     */
    public static Map<String, String> relatedKeys(Map<String, List<InterviewSummary>> related) {
        Map<String, String> keys = new HashMap<>();
        related.forEach((slug, list) -> {
            StringBuilder key = new StringBuilder();
            for (InterviewSummary r : list) {
                for (Edition e : Edition.values()) {
                    Views.Story st = r.stories().get(e);
                    key.append(st.url()).append('\u0000').append(st.title()).append('\u0000').append(st.dateText()).append('\u0000')
                            .append(st.source()).append('\u0001');
                }
            }
            keys.put(slug, key.toString());
        });
        return keys;
    }

    /** Whether this renderer wrote the interview's pages (so their related block is empty). */
    public boolean rendered(String slug) {
        return rendered.contains(slug);
    }

    /**
     * Fills the related-interviews block of an interview's reading pages (plain and pinyin, both
     * editions), each page read from {@code file} (its file in the site as staged; null for a page
     * that is not there) as a stream: the page of a long interview does not fit in memory as text.
     *
     * @param related the interviews related to it, from {@link #related}
     * @return the pages rewritten
     * @throws DuiduException when the template fails
     */
    public List<String> relateTo(String slug, List<InterviewSummary> related, java.util.function.Function<String, Path> file)
            throws IOException {
        return relate(slug, related, file);
    }

    /**
     * Gives an interview's reading pages, just written by this renderer, the related block that other
     * pages of it show (serve's preview of an edit takes the published pages' blocks, which the build
     * after it keeps unless the edit changed what the block lists).
     *
     * @param from the page to take the block from, by path (null: none)
     * @param into the page written by this renderer, by path (null: none)
     */
    public void keepRelated(String slug, java.util.function.Function<String, Path> from, java.util.function.Function<String, Path> into)
            throws IOException {
        for (Edition e : Edition.values()) {
            for (String path : readingPages(e, slug)) {
                Path old = from.apply(path);
                Path page = into.apply(path);
                if (old == null || page == null) {
                    continue;
                }
                java.util.Optional<String> block = RelatedBlock.read(old, RELATED_START, RELATED_END);
                if (block.isPresent()) {
                    RelatedBlock.replace(page, RELATED_START, RELATED_END, block.get(), out, path, true);
                }
            }
        }
    }

    /** An interview's reading pages in an edition, the ones with a related block: plain and (when the site has them) pinyin. */
    private List<String> readingPages(Edition e, String slug) {
        return site.pinyinPages() ? List.of(UrlScheme.interview(e, slug), UrlScheme.pinyin(e, slug)) : List.of(UrlScheme.interview(e, slug));
    }

    /** Per slug, the interviews related to it (shared people, tags, source, then rare terms; see {@code Related}). */
    public static Map<String, List<InterviewSummary>> related(List<InterviewSummary> interviews) {
        return Related.compute(interviews);
    }

    private List<String> relate(String slug, List<InterviewSummary> related, java.util.function.Function<String, Path> file)
            throws IOException {
        List<String> written = new ArrayList<>();
        for (Edition e : Edition.values()) {
            List<Views.Story> stories = related.stream().map(r -> r.stories().get(e)).toList();
            for (String path : readingPages(e, slug)) {
                Path page = file.apply(path);
                if (page == null) {
                    continue;
                }
                String block = process("related.ftlh", pageModel(path, e, Map.of("related", stories)));
                if (RelatedBlock.replace(page, RELATED_START, RELATED_END, block, out, path, rendered.contains(slug))) {
                    written.add(path);
                }
            }
        }
        return written;
    }

    /**
     * Renders the terms index of each edition (part of {@link #renderSite}): the one list page made of
     * every interview's terms rather than its summary's story, so a build whose edits changed terms
     * only renders it alone.
     *
     * @param interviews the summaries, in site order
     * @param inputKey   a key of everything the index shows besides the templates (every summary and its
     *                   terms, in site order, the glossary and settings): the page's key, which hashing its
     *                   model (every interview's terms, a large one) would give no better
     */
    public void renderTermsIndex(List<InterviewSummary> interviews, String inputKey) throws IOException {
        List<Views.Term> glossary = site.glossary().stream().map(g -> new Views.Term(g.hans(), g.hant(), g.pinyin(), g.english())).toList();
        for (Edition e : Edition.values()) {
            String path = UrlScheme.terms(e);
            String other = UrlScheme.terms(e.other());
            if (memo.unchanged(path, ModelKey.of("terms.ftlh", Map.of("input", inputKey)))) {
                continue;
            }
            List<Views.InterviewTerms> termPages = interviews.stream().map(i -> i.terms().get(e)).toList();
            page("terms.ftlh", path, e, other, List.of(new Views.Link(e.tag(), "", path), new Views.Link(e.other().tag(), "", other)),
                    Map.of("terms", glossary, "rows", TermViews.index(termPages, e), "interviews", termPages), PageMemo.NONE);
        }
    }

    /** The paths {@link #renderTermsIndex} writes. */
    public static List<String> termsIndexPaths() {
        return java.util.Arrays.stream(Edition.values()).map(UrlScheme::terms).toList();
    }

    /**
     * Checks that no prose page takes the name of an interview or of a page of the site's own; a
     * build that keeps every list page (nothing they show changed) still checks this.
     *
     * @throws DuiduException naming the prose page
     */
    public void checkPageNames(List<InterviewSummary> interviews) {
        Set<String> slugs = new java.util.HashSet<>();
        interviews.forEach(i -> slugs.add(i.slug()));
        for (ProsePage p : site.prose()) {
            if (RESERVED.contains(p.name()) || slugs.contains(p.name())) {
                throw new DuiduException("build stopped: a prose page's name is taken", List.of(new Diagnostic(Severity.ERROR,
                        "prose-page-name", SourceSpan.wholeFile("pages/" + p.name() + ".md"),
                        "the name '" + p.name() + "' is taken by another page; rename the file")));
            }
        }
    }

    /**
     * Renders the pages that list every interview or none: landing, 404, per edition home, search,
     * terms, prose pages and feed, the sitemap and robots.txt.
     *
     * @param interviews    the summaries, in site order
     * @param termsInputKey the terms index's input key ({@link #renderTermsIndex})
     * @throws DuiduException when a template fails or a prose page's name is taken
     * @throws IOException    when writing fails
     */
    public void renderSite(List<InterviewSummary> interviews, String termsInputKey) throws IOException {
        checkPageNames(interviews);
        renderTermsIndex(interviews, termsInputKey);
        Edition neutral = site.defaultEdition();
        List<Views.Link> homes = new ArrayList<>();
        for (Edition e : Edition.values()) {
            homes.add(new Views.Link(e.tag(), "", UrlScheme.home(e)));
        }
        List<Views.Link> landingAlternates = new ArrayList<>(homes);
        landingAlternates.add(new Views.Link("x-default", "", UrlScheme.LANDING));
        listPage("landing.ftlh", UrlScheme.LANDING, neutral, null, landingAlternates, Map.of("editions", editionLinks()));
        listPage("404.ftlh", UrlScheme.NOT_FOUND, neutral, null, List.of(), Map.of("editions", editionLinks()));
        String updated = interviews.stream().map(i -> i.date().isEmpty() ? "1970-01-01" : i.date()).max(String::compareTo)
                .orElse("1970-01-01") + "T00:00:00Z";
        List<InterviewSummary> ordered = Archive.ordered(interviews);
        Map<String, List<Archive.Term>> taxonomies = new java.util.LinkedHashMap<>();
        for (String taxonomy : Archive.TAXONOMIES) {
            taxonomies.put(taxonomy, Archive.terms(taxonomy, ordered));
        }
        for (Edition e : Edition.values()) {
            List<Views.Story> stories = ordered.stream().map(i -> i.stories().get(e)).toList();
            int homePages = Archive.pages(stories.size(), site.pageSize());
            for (int n = 1; n <= homePages; n++) {
                int number = n;
                listPage("home.ftlh", e, x -> UrlScheme.homePage(x, number), Map.of("stories", Archive.page(stories, n, site.pageSize()),
                        "pager", pager(n, homePages, k -> UrlScheme.homePage(e, k))));
            }
            renderArchive(e, taxonomies, updated);
            listPage("search.ftlh", e, UrlScheme::search, Map.of());
            for (Views.Prose rendered : prose.get(e)) {
                listPage("prose.ftlh", e, x -> UrlScheme.prose(x, rendered.name()), Map.of("prose", rendered));
            }
            xml("atom.ftlx", UrlScheme.feed(e), e, Map.of("stories", stories, "updated", updated));
        }
        xml("sitemap.ftlx", "sitemap.xml", neutral, Map.of("urls", sitemap(slugs(interviews), archivePages(taxonomies, ordered.size())),
                "base", site.baseUrl()));
        String robots = "User-agent: *\nAllow: /\n" + (site.baseUrl().isEmpty() ? "" : "Sitemap: " + site.baseUrl() + "sitemap.xml\n");
        // through the memo like every list page, so that a build keeping them all keeps this one too
        String robotsKey = ModelKey.of("robots.txt", Map.of("text", robots));
        if (robotsKey == null || !memo.unchanged("robots.txt", robotsKey)) {
            out.writeText("robots.txt", robots);
            pages.incrementAndGet();
        }
    }

    /** One edition's taxonomy indexes, term pages (paginated) and term feeds. */
    private void renderArchive(Edition e, Map<String, List<Archive.Term>> taxonomies, String updated) throws IOException {
        for (Map.Entry<String, List<Archive.Term>> taxonomy : taxonomies.entrySet()) {
            String kind = taxonomy.getKey();
            List<ListViews.TermCount> counts = new ArrayList<>();
            if (kind.equals("years")) {
                Archive.yearsWithMonths(taxonomy.getValue()).forEach(y -> counts.add(new ListViews.TermCount(
                        Archive.dateLabel(y.year().key()), UrlScheme.term(e, kind, y.year().name(), 1), y.year().interviews().size(),
                        y.months().stream().map(m -> new ListViews.TermCount(Archive.dateLabel(m.key()), UrlScheme.term(e, kind, m.name(), 1),
                                m.interviews().size(), List.of())).toList())));
            } else {
                taxonomy.getValue().forEach(t -> counts.add(new ListViews.TermCount(t.labels().get(e), UrlScheme.term(e, kind, t.name(), 1),
                        t.interviews().size(), List.of())));
            }
            listPage("taxonomy.ftlh", e, x -> UrlScheme.taxonomy(x, kind), Map.of("taxonomy", kind, "terms", counts));
            for (Archive.Term term : taxonomy.getValue()) {
                String label = kind.equals("years") ? Archive.dateLabel(term.key()) : term.labels().get(e);
                List<Views.Story> stories = term.interviews().stream().map(i -> i.stories().get(e)).toList();
                int pages = Archive.pages(stories.size(), site.pageSize());
                String feed = UrlScheme.termFeed(e, kind, term.name());
                for (int n = 1; n <= pages; n++) {
                    int number = n;
                    Map<String, Object> model = new HashMap<>();
                    model.put("taxonomy", kind);
                    model.put("label", label);
                    model.put("count", stories.size());
                    model.put("index", UrlScheme.taxonomy(e, kind));
                    model.put("feed", feed);
                    model.put("feedTitle", label + " · " + site.titles().get(e));
                    model.put("stories", Archive.page(stories, n, site.pageSize()));
                    model.put("pager", pager(n, pages, k -> UrlScheme.term(e, kind, term.name(), k)));
                    listPage("term.ftlh", e, x -> UrlScheme.term(x, kind, term.name(), number), model);
                }
                String newest = term.interviews().stream().map(i -> i.date().isEmpty() ? "1970-01-01" : i.date()).max(String::compareTo)
                        .map(d -> d + "T00:00:00Z").orElse(updated);
                xml("atom.ftlx", feed, e, Map.of("stories", stories, "updated", newest, "feedTitle", label + " · " + site.titles().get(e),
                        "htmlUrl", UrlScheme.term(e, kind, term.name(), 1)));
            }
        }
    }

    /** The first page of each list the archive adds, for the sitemap (later pages are reached from them). */
    private static List<java.util.function.Function<Edition, String>> archivePages(Map<String, List<Archive.Term>> taxonomies,
                                                                                   int interviews) {
        List<java.util.function.Function<Edition, String>> kinds = new ArrayList<>();
        for (Map.Entry<String, List<Archive.Term>> taxonomy : taxonomies.entrySet()) {
            kinds.add(e -> UrlScheme.taxonomy(e, taxonomy.getKey()));
            for (Archive.Term term : taxonomy.getValue()) {
                kinds.add(e -> UrlScheme.term(e, taxonomy.getKey(), term.name(), 1));
            }
        }
        return kinds;
    }

    /**
     * The pager of page {@code n} of {@code pages}: every number up to nine pages, else the first, the
     * last and two on each side of this one, with gaps between.
     */
    static ListViews.Pager pager(int n, int pages, java.util.function.IntFunction<String> url) {
        List<Views.Link> numbers = new ArrayList<>();
        int last = 0;
        for (int k = 1; k <= pages; k++) {
            if (pages <= 9 || k == 1 || k == pages || Math.abs(k - n) <= 2) {
                if (last > 0 && k > last + 1) {
                    numbers.add(new Views.Link("…", "", ""));
                }
                numbers.add(new Views.Link(Integer.toString(k), "", url.apply(k)));
                last = k;
            }
        }
        return new ListViews.Pager(n, pages, n > 1 ? url.apply(n - 1) : "", n < pages ? url.apply(n + 1) : "", numbers);
    }

    /** The file of the search page's filters: each interview's facets, under its key in the static search index. */
    public static final String SEARCH_FACETS = "search/facets.js";

    /**
     * Writes {@value #SEARCH_FACETS}: per interview (by its key in the static search index, so the page
     * can tell a hit's interview from its document number) its slug, date and facets, each value in
     * both editions' forms. The page filters and counts with it exactly as the Lucene index does with
     * the same {@link org.duidu.model.Facets}.
     *
     * @param keys each interview's key in the static index
     */
    public void renderSearchFacets(List<InterviewSummary> interviews, Map<String, Long> keys) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = json.createObjectNode();
        com.fasterxml.jackson.databind.node.ObjectNode all = root.putObject("interviews");
        for (InterviewSummary s : interviews) {
            Long key = keys.get(s.slug());
            if (key == null || s.facets().isEmpty()) {
                continue;
            }
            com.fasterxml.jackson.databind.node.ObjectNode node = all.putObject(Long.toString(key));
            node.put("slug", s.slug());
            node.put("date", s.facets().get(Edition.HANS).date());
            for (String facet : org.duidu.model.Facets.NAMES) {
                com.fasterxml.jackson.databind.node.ArrayNode values = node.putArray(facet);
                List<String> hans = s.facets().get(Edition.HANS).values(facet);
                List<String> hant = s.facets().get(Edition.HANT).values(facet);
                for (int i = 0; i < hans.size(); i++) {
                    values.addArray().add(hans.get(i)).add(i < hant.size() ? hant.get(i) : hans.get(i));
                }
            }
        }
        // like every file of the static index, a script that hands its data over (works from file:// too)
        out.writeText(SEARCH_FACETS, "duiduSearchReceive(\"facets\"," + json.writeValueAsString(root) + ");\n");
        pages.incrementAndGet();
    }

    /** How many files this renderer has written. */
    public int pages() {
        return pages.get();
    }

    private static List<String> slugs(List<InterviewSummary> interviews) {
        return interviews.stream().map(InterviewSummary::slug).toList();
    }

    private List<Map<String, String>> editionLinks() {
        List<Map<String, String>> links = new ArrayList<>();
        for (Edition e : Edition.values()) {
            links.add(Map.of("tag", e.tag(), "label", e.label(), "title", site.titles().get(e), "url", UrlScheme.home(e)));
        }
        return links;
    }

    /** The pages every edition page links to from its header and footer. */
    private static List<Views.Link> nav(Edition e, List<Views.Prose> prose) {
        List<Views.Link> links = new ArrayList<>();
        links.add(new Views.Link("home", "", UrlScheme.home(e)));
        links.add(new Views.Link("search", "", UrlScheme.search(e)));
        for (String taxonomy : Archive.TAXONOMIES) {
            links.add(new Views.Link(taxonomy, "", UrlScheme.taxonomy(e, taxonomy)));
        }
        links.add(new Views.Link("terms", "", UrlScheme.terms(e)));
        for (Views.Prose p : prose) {
            links.add(new Views.Link(p.name(), p.title(), UrlScheme.prose(e, p.name())));
        }
        return links;
    }

    /** Pages of the sitemap, each with its alternates: every edition page, and the source views. */
    private List<Map<String, String>> sitemap(List<String> slugs, List<java.util.function.Function<Edition, String>> archive) {
        List<java.util.function.Function<Edition, String>> kinds = new ArrayList<>();
        kinds.add(UrlScheme::home);
        kinds.addAll(archive);
        kinds.add(UrlScheme::terms);
        for (ProsePage p : site.prose()) {
            kinds.add(e -> UrlScheme.prose(e, p.name()));
        }
        for (String slug : slugs) {
            kinds.add(e -> UrlScheme.interview(e, slug));
            kinds.add(e -> UrlScheme.parallel(e, slug));
            kinds.add(e -> UrlScheme.interviewTerms(e, slug));
        }
        List<Map<String, String>> urls = new ArrayList<>();
        urls.add(Map.of("loc", UrlScheme.LANDING, "hans", "", "hant", ""));
        for (var kind : kinds) {
            String hans = kind.apply(Edition.HANS);
            String hant = kind.apply(Edition.HANT);
            urls.add(Map.of("loc", hans, "hans", hans, "hant", hant));
            urls.add(Map.of("loc", hant, "hans", hans, "hant", hant));
        }
        for (String slug : slugs) {
            urls.add(Map.of("loc", UrlScheme.source(slug), "hans", "", "hant", ""));
        }
        return urls;
    }

    /** A page that exists in both editions, at {@code where.apply(edition)}. */
    private String editionPage(String template, Edition e, java.util.function.Function<Edition, String> where,
                               Map<String, Object> extra) throws IOException {
        String path = where.apply(e);
        String other = where.apply(e.other());
        List<Views.Link> alternates = List.of(new Views.Link(e.tag(), "", path), new Views.Link(e.other().tag(), "", other));
        page(template, path, e, other, alternates, extra);
        return path;
    }

    /** The model of an edition page's fragment: its {@code page} (for links from its path) and {@code extra}. */
    private Map<String, Object> pageModel(String path, Edition lang, Map<String, Object> extra) {
        Views.Page page = new Views.Page(site.titles().get(lang), lang.tag(), lang.tag(), UrlScheme.rootFrom(path), path, "", "",
                lang.other().label(), assets, site.baseUrl(), site.defaultEdition().tag(), nav.get(lang), List.of());
        Map<String, Object> model = new HashMap<>(extra);
        model.put("page", page);
        return model;
    }

    private void page(String template, String path, Edition lang, String other, List<Views.Link> alternates,
                      Map<String, Object> extra) throws IOException {
        page(template, path, lang, other, alternates, extra, PageMemo.NONE);
    }

    private void page(String template, String path, Edition lang, String other, List<Views.Link> alternates,
                      Map<String, Object> extra, PageMemo pageMemo) throws IOException {
        boolean inEdition = other != null;
        // 404.html is served in place of a missing page at any depth: only links from the root work there
        String root = path.equals(UrlScheme.NOT_FOUND) ? (site.baseUrl().isEmpty() ? "/" : site.baseUrl()) : UrlScheme.rootFrom(path);
        Views.Page page = new Views.Page(site.titles().get(lang), lang.tag(), inEdition ? lang.tag() : "", root, path,
                inEdition ? other : "", inEdition ? lang.other().tag() : "", lang.other().label(), assets, site.baseUrl(),
                site.defaultEdition().tag(), nav.get(inEdition ? lang : site.defaultEdition()), alternates);
        Map<String, Object> model = new HashMap<>(extra);
        model.put("page", page);
        if (pageMemo != PageMemo.NONE) {
            String key = ModelKey.of(template, model);
            if (key != null && pageMemo.unchanged(path, key)) {
                return;
            }
        }
        // streamed to the file: the pinyin parallel page of a long interview is many times its text (issue 9)
        try (java.io.Writer w = new Utf8Writer(out.open(path))) {
            process(template, model, w);
        }
        pages.incrementAndGet();
    }

    private void xml(String template, String path, Edition lang, Map<String, Object> extra) throws IOException {
        page(template, path, lang, null, List.of(), extra, memo);
    }

    /** A list page in both editions: kept when the memo knows its model unchanged. */
    private void listPage(String template, Edition e, java.util.function.Function<Edition, String> where,
                          Map<String, Object> extra) throws IOException {
        String path = where.apply(e);
        String other = where.apply(e.other());
        page(template, path, e, other, List.of(new Views.Link(e.tag(), "", path), new Views.Link(e.other().tag(), "", other)), extra, memo);
    }

    /** A page outside the editions (landing, 404), kept when the memo knows its model unchanged. */
    private void listPage(String template, String path, Edition lang, String other, List<Views.Link> alternates,
                          Map<String, Object> extra) throws IOException {
        page(template, path, lang, other, alternates, extra, memo);
    }

    private String process(String name, Map<String, Object> model) throws IOException {
        StringWriter w = new StringWriter();
        process(name, model, w);
        return w.toString();
    }

    private void process(String name, Map<String, Object> model, java.io.Writer w) throws IOException {
        try {
            Template template = theme.freemarker().getTemplate(name);
            template.process(model, w);
        } catch (TemplateException e) {
            SourceSpan at = e.getTemplateSourceName() == null ? SourceSpan.wholeFile("templates/" + name)
                    : new SourceSpan("templates/" + e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber());
            throw failure(at, templateMessage(e));
        } catch (freemarker.core.ParseException e) {
            throw failure(new SourceSpan("templates/" + e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()), e.getEditorMessage());
        }
    }

    /** Freemarker's message, reduced to what names the problem: its first line and the failing expression. */
    private static String templateMessage(TemplateException e) {
        List<String> lines = e.getMessageWithoutStackTop().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String expression = lines.stream().filter(l -> l.startsWith("==>")).findFirst()
                .map(l -> " " + l.substring(3).replaceAll("\\s*\\[in template.*$", "").strip()).orElse("");
        return (lines.isEmpty() ? "template error" : lines.get(0)) + expression;
    }

    private static DuiduException failure(SourceSpan at, String message) {
        Diagnostic d = new Diagnostic(Severity.ERROR, "template", at, message.replace('\n', ' '));
        return new DuiduException("build stopped: a template failed; the previous output is unchanged", List.of(d));
    }

    /**
     * Parses the site's own templates without rendering, reporting syntax errors (for {@code duidu check}).
     * Errors that depend on data (a missing variable) show only when a build renders.
     */
    public static void checkTemplates(Path siteDir, Diagnostics diagnostics) {
        Path own = siteDir.resolve("templates");
        if (!java.nio.file.Files.isDirectory(own)) {
            return;
        }
        try (var files = java.nio.file.Files.list(own)) {
            Theme theme = Theme.load(siteDir);
            for (Path file : files.filter(f -> f.toString().endsWith(".ftlh") || f.toString().endsWith(".ftlx")).sorted().toList()) {
                try {
                    theme.freemarker().getTemplate(file.getFileName().toString());
                } catch (freemarker.core.ParseException e) {
                    diagnostics.error("template", new SourceSpan("templates/" + e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                            e.getEditorMessage().replace('\n', ' '));
                }
            }
        } catch (IOException e) {
            diagnostics.error("template", SourceSpan.wholeFile("templates"), "cannot read the templates: " + e.getMessage());
        }
    }
}
