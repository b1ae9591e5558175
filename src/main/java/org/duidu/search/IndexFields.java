package org.duidu.search;

import org.duidu.model.Edition;
import org.duidu.model.Role;

/** Field names of the Lucene index and the ranking constants both engines share. */
final class IndexFields {
    /** The analyzed text: every distinct folded form of the paragraph (usually one). */
    static final String TEXT = "text";
    static final String INTERVIEW = "interview";
    static final String ROLE = "role";
    static final String SECTION = "section";
    static final String PARAGRAPH = "paragraph";
    static final String SOURCE_TEXT = "text.source";
    /** Doc values breaking score ties as the static index does: slug hash, then slug, then paragraph index. */
    static final String ORDER_HASH = "order.hash";
    static final String ORDER_PARAGRAPH = "order.paragraph";

    /** An interview's facets (person, source, year, tag) on each of its paragraphs, both editions' forms, for filters. */
    static String facet(String name) {
        return "facet." + name;
    }

    /** The stored facets of a paragraph's interview (see {@link Browsing#encode}), for counting them. */
    static final String FACETS = "facets";

    private IndexFields() {
    }

    static String text(Edition edition) {
        return "text." + edition.tag();
    }

    static String title(Edition edition) {
        return "title." + edition.tag();
    }

    static String speaker(Edition edition) {
        return "speaker." + edition.tag();
    }

    /**
     * How much a role's paragraphs weigh: answers count double, so that an answer ranks above the
     * short question that repeats its words (BM25 favours short paragraphs).
     */
    static float boost(Role role) {
        return role == Role.ANSWER ? 2f : 1f;
    }
}
