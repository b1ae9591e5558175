package org.duidu.cli;

import org.duidu.diag.DuiduException;
import org.duidu.model.Edition;
import org.duidu.model.Role;
import org.duidu.search.ParagraphSearch;
import org.duidu.search.SearchHit;
import org.duidu.search.SearchRequest;
import org.duidu.search.SearchResults;
import org.duidu.search.Searcher;
import org.duidu.search.solr.SolrSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * {@code duidu search QUERY [--index DIR | --solr URL --collection NAME] [--edition E] [--role R] [--limit N] [--json]
 * [--person P] [--source S] [--year Y] [--tag T] [--sort relevance|date] [--per-interview N] [--offset N] [--counts]}:
 * queries the Lucene index of a built site (DESIGN §6), or a Solr collection filled by {@code duidu index}
 * (the same ranking and JSON). Exit codes: 0 results printed (also when nothing
 * matched), 1 no readable index, 2 bad usage.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the built site's index; the query finds the same paragraphs in either script.")
public final class SearchCommand implements Callable<Integer> {
    private static final String ANSI_MARK = "\u001b[1;4;33m";
    private static final String ANSI_RESET = "\u001b[0m";

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY",
            description = "Words to find; each word is a phrase and all are required (any word if none has all).")
    private List<String> query;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "build/index",
            description = "The Lucene index written by 'duidu build' (default: ${DEFAULT-VALUE}).")
    private Path index;

    @Mixin
    private SolrOptions solr;

    @Option(names = "--edition", paramLabel = "E", defaultValue = "zh-Hans", converter = EditionConverter.class,
            description = "Edition of snippets and links: zh-Hans or zh-Hant (default: ${DEFAULT-VALUE}).")
    private Edition edition;

    @Option(names = "--role", paramLabel = "R", converter = RoleConverter.class,
            description = "Only paragraphs of this role: lead, question or answer.")
    private Role role;

    @Option(names = "--interview", paramLabel = "SLUG", description = "Only paragraphs of this interview.")
    private String interview;

    @Option(names = "--section", paramLabel = "N", description = "Only paragraphs of section N (0 is the lead).")
    private Integer section;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most N hits, 1 to " + SearchRequest.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print {\"query\",\"total\",\"mode\",\"hits\":[…]} as JSON.")
    private boolean json;

    @Option(names = "--person", paramLabel = "NAME", description = "Only interviews with this person (either script).")
    private String person;

    @Option(names = "--source", paramLabel = "S", description = "Only interviews from this source (either script).")
    private String source;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only interviews of this year.")
    private String year;

    @Option(names = "--tag", paramLabel = "T", description = "Only interviews with this tag (either script).")
    private String tag;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (default) or date: newest interviews first, each one's paragraphs by relevance.")
    private String sort;

    @Option(names = "--per-interview", paramLabel = "N", defaultValue = "0",
            description = "At most N paragraphs per interview, kept together; the rest counted as more (the search page uses 3; default 0: all).")
    private int perInterview;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N hits (the next page).")
    private int offset;

    @Option(names = "--counts", description = "Count the matching interviews per person, source, year, tag and role.")
    private boolean counts;

    /** Runs the search and prints the hits. */
    @Override
    public Integer call() throws IOException {
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(),
                    "--limit must be between 1 and " + SearchRequest.MAX_LIMIT + ", not " + limit);
        }
        if (section != null && section < 0) {
            throw new ParameterException(spec.commandLine(), "--section must be 0 or more, not " + section);
        }
        if (String.join(" ", query).isBlank()) {
            throw new ParameterException(spec.commandLine(), "the query is empty (as for /api/search, a query needs a word)");
        }
        if (!sort.equals("relevance") && !sort.equals("date")) {
            throw new ParameterException(spec.commandLine(), "--sort must be relevance or date, not " + sort);
        }
        if (perInterview < 0 || offset < 0) {
            throw new ParameterException(spec.commandLine(), "--per-interview and --offset must be 0 or more");
        }
        java.util.Map<String, String> filters = new java.util.HashMap<>();
        java.util.Map<String, String> given = new java.util.HashMap<>();
        given.put("person", person);
        given.put("source", source);
        given.put("year", year);
        given.put("tag", tag);
        given.forEach((k, v) -> {
            if (v != null) {
                filters.put(k, v);
            }
        });
        SearchRequest request = new SearchRequest(String.join(" ", query), edition, Optional.ofNullable(role),
                Optional.ofNullable(interview), section == null ? OptionalInt.empty() : OptionalInt.of(section), limit,
                new SearchRequest.Browse(filters, sort.equals("date"), perInterview, offset, counts));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (request.ignoredWords() > 0) {
            err.println("duidu search: note: only the first " + SearchRequest.MAX_WORDS + " words of the query count; "
                    + request.ignoredWords() + " more ignored");
        }
        SearchResults results;
        boolean remote = solr.present();
        try (ParagraphSearch searcher = remote ? SolrSearcher.open(solr.target()) : Searcher.open(index)) {
            results = searcher.search(request);
        } catch (DuiduException e) {
            err.println("duidu search: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            if (remote) {
                err.println("duidu search: Solr at " + solr.target().describe() + " cannot answer: " + e.getMessage());
                return 1;
            }
            // a damaged index (a flipped bit, a truncated file) surfaces as any of Lucene's exceptions
            err.println("duidu search: cannot read the search index at " + index + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); rebuild with duidu build");
            return 1;
        }
        if (json) {
            out.println(results.toJson());
        } else {
            printReadable(results, out, System.console() != null);
        }
        out.flush();
        return 0;
    }

    private static void printReadable(SearchResults results, PrintWriter out, boolean ansi) {
        if (results.total() == 0) {
            out.println("No paragraph matches “" + results.query() + "”.");
            return;
        }
        out.println(results.total() + (results.total() == 1 ? " paragraph" : " paragraphs")
                + (results.anyWord() ? " contain some of the words (none contains all)" : " match")
                + (results.hits().size() < results.total() ? ", best " + results.hits().size() : "") + ":");
        SearchResults.Browsed browsed = results.browsed();
        if (browsed != null) {
            out.println("in " + browsed.interviews() + (browsed.interviews() == 1 ? " interview" : " interviews")
                    + (browsed.offset() > 0 ? ", from hit " + (browsed.offset() + 1) : ""));
            browsed.counts().forEach((facet, values) -> out.println("  " + facet + ": " + String.join(", ",
                    values.stream().map(c -> c.label() + " (" + c.count() + ")").toList())));
        }
        int rank = browsed == null ? 1 : browsed.offset() + 1;
        String previous = null;
        for (SearchHit hit : results.hits()) {
            if (browsed != null && previous != null && !previous.equals(hit.interview()) && browsed.more().getOrDefault(previous, 0) > 0) {
                out.println("    … " + browsed.more().get(previous) + " more in this interview");
            }
            previous = hit.interview();
            out.println();
            String who = hit.speaker().isEmpty() ? hit.role().id() : hit.speaker() + ", " + hit.role().id();
            out.printf(Locale.ROOT, "%2d. %s  §%d ¶%d  (%s)  %.3f%n", rank++, hit.title(), hit.section(), hit.paragraph(),
                    who, hit.score());
            out.println("    " + terminalText(hit.snippet(), ansi));
            out.println("    " + hit.url());
        }
        if (browsed != null && previous != null && browsed.more().getOrDefault(previous, 0) > 0) {
            out.println("    … " + browsed.more().get(previous) + " more in this interview");
        }
    }

    /** Turns the HTML snippet into terminal text: marks become bold yellow, or 【】 without a terminal. */
    static String terminalText(String snippetHtml, boolean ansi) {
        return snippetHtml
                .replace("<mark>", ansi ? ANSI_MARK : "【")
                .replace("</mark>", ansi ? ANSI_RESET : "】")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** Parses {@code --edition}. */
    static final class EditionConverter implements ITypeConverter<Edition> {
        @Override
        public Edition convert(String value) {
            try {
                return Edition.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not an edition (expected zh-Hans or zh-Hant)");
            }
        }
    }

    /** Parses {@code --role}. */
    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return SearchRequest.role(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
