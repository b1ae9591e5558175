package org.duidu.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duidu.model.Edition;

/**
 * The archive's taxonomies (people, sources, years with their months, tags), computed from the
 * interviews' {@link InterviewSummary summaries} alone, so every build recomputes them from what it
 * holds of every interview, read or cached. Also the one list order every list page uses.
 */
final class Archive {
    /** The taxonomies, in the order pages list them. */
    static final List<String> TAXONOMIES = List.of("people", "sources", "years", "tags");

    /**
     * Newest first by the first day of the date's period; undated after dated; ties by the zh-Hans
     * title (code point order), then slug. One order for both editions, so page N of a list holds
     * the same interviews in each and the edition switch keeps the reader's place.
     */
    static final Comparator<InterviewSummary> ORDER = Comparator
            .comparing((InterviewSummary s) -> s.date().isEmpty())
            .thenComparing(InterviewSummary::date, Comparator.reverseOrder())
            .thenComparing((InterviewSummary s) -> s.stories().get(Edition.HANS).title())
            .thenComparing(InterviewSummary::slug);

    private Archive() {
    }

    /**
     * A term of a taxonomy with its interviews.
     *
     * @param taxonomy   {@code people}, {@code sources}, {@code years} or {@code tags}
     * @param key        the term in zh-Hans (a year {@code 2024}, a month {@code 2024-06})
     * @param name       its file name ({@link org.duidu.model.UrlScheme#termName})
     * @param labels     the term as each edition writes it
     * @param interviews its interviews in {@link #ORDER}
     */
    record Term(String taxonomy, String key, String name, Map<Edition, String> labels, List<InterviewSummary> interviews) {
    }

    /** The interviews in list order. */
    static List<InterviewSummary> ordered(List<InterviewSummary> interviews) {
        return interviews.stream().sorted(ORDER).toList();
    }

    /**
     * The terms of a taxonomy, most interviews first (ties by key); for {@code years}, newest year
     * first, then the months of each year, newest first, right after their year.
     */
    static List<Term> terms(String taxonomy, List<InterviewSummary> ordered) {
        Map<String, Map<Edition, String>> labels = new LinkedHashMap<>();
        Map<String, List<InterviewSummary>> members = new LinkedHashMap<>();
        for (InterviewSummary s : ordered) {
            Map<String, Map<Edition, String>> own = termsOf(taxonomy, s);
            own.forEach((key, label) -> {
                labels.putIfAbsent(key, label);
                members.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            });
        }
        List<Term> terms = new ArrayList<>();
        members.forEach((key, list) -> terms.add(new Term(taxonomy, key, org.duidu.model.UrlScheme.termName(key), labels.get(key),
                List.copyOf(list))));
        if (taxonomy.equals("years")) {
            // 2024 before 2024-06 before 2024-01 before 2023: reverse order of "yyyy" with months after their year
            terms.sort(Comparator.comparing((Term t) -> t.key().substring(0, 4), Comparator.reverseOrder())
                    .thenComparing(t -> t.key().length())
                    .thenComparing(Term::key, Comparator.reverseOrder()));
        } else {
            terms.sort(Comparator.comparing((Term t) -> -t.interviews().size()).thenComparing(Term::key));
        }
        return terms;
    }

    /**
     * An interview's terms in a taxonomy: key (zh-Hans) to the label per edition, in the interview's
     * order. People, sources, tags and years are its {@link org.duidu.model.Facets}, the values the
     * search filters use; a month is added to the year when the date gives one.
     */
    static Map<String, Map<Edition, String>> termsOf(String taxonomy, InterviewSummary s) {
        org.duidu.model.Facets hans = s.facets().get(Edition.HANS);
        org.duidu.model.Facets hant = s.facets().get(Edition.HANT);
        Map<String, Map<Edition, String>> out = new LinkedHashMap<>();
        String facet = switch (taxonomy) {
            case "people" -> "person";
            case "sources" -> "source";
            case "tags" -> "tag";
            case "years" -> "year";
            default -> throw new IllegalArgumentException("no taxonomy " + taxonomy);
        };
        List<String> keys = hans.values(facet);
        List<String> labels = hant.values(facet);
        for (int i = 0; i < keys.size(); i++) {
            out.putIfAbsent(keys.get(i), Map.of(Edition.HANS, keys.get(i), Edition.HANT, i < labels.size() ? labels.get(i) : keys.get(i)));
        }
        String date = s.stories().get(Edition.HANS).date();
        if (taxonomy.equals("years") && date.length() >= 7) {
            out.putIfAbsent(date.substring(0, 7), Map.of(Edition.HANS, date.substring(0, 7), Edition.HANT, date.substring(0, 7)));
        }
        return out;
    }

    /** The label of a year or month term as readers read it (2024年, 2024年6月). */
    static String dateLabel(String key) {
        return key.length() == 4 ? key + "年" : key.substring(0, 4) + "年" + Integer.parseInt(key.substring(5, 7)) + "月";
    }

    /** How many pages a list of {@code count} interviews takes (at least one, so an empty home still has its page). */
    static int pages(int count, int pageSize) {
        return Math.max(1, (count + pageSize - 1) / pageSize);
    }

    /** The interviews of page {@code n} (from 1). */
    static <T> List<T> page(List<T> all, int n, int pageSize) {
        int from = Math.min(all.size(), (n - 1) * pageSize);
        return all.subList(from, Math.min(all.size(), from + pageSize));
    }

    /** Groups terms of the {@code years} taxonomy: each year with its months. */
    static List<YearMonths> yearsWithMonths(List<Term> years) {
        // by the year's key: a Term's own hash would walk every interview summary it lists
        Map<String, YearMonths> byYear = new LinkedHashMap<>();
        for (Term t : years) {
            if (t.key().length() == 4) {
                byYear.put(t.key(), new YearMonths(t, new ArrayList<>()));
            }
        }
        for (Term t : years) {
            if (t.key().length() > 4) {
                byYear.get(t.key().substring(0, 4)).months().add(t);
            }
        }
        return List.copyOf(byYear.values());
    }

    /** A year's term and its months' terms. */
    record YearMonths(Term year, List<Term> months) {
    }
}
