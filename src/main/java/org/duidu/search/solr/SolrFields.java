package org.duidu.search.solr;

/**
 * The field names of {@code solr/configset/duidu/conf/managed-schema.xml}: the local index's fields
 * with Solr-friendly names ({@code text.zh-Hans} becomes {@code text_hans}), plus the per-interview
 * state documents that make pushes incremental.
 */
final class SolrFields {
    static final String ID = "id";
    /** {@code paragraph} or {@code interview} (the state document of one interview). */
    static final String KIND = "kind";
    static final String TEXT = "text";
    static final String INTERVIEW = "interview";
    /** The seed file: the local index's document order, so ties rank in the same order. */
    static final String FILE = "file";
    static final String ROLE = "role";
    static final String SECTION = "section";
    static final String PARAGRAPH = "paragraph";
    /** Score ties are broken as the local index does: slug hash, slug, paragraph. */
    static final String ORDER_HASH = "order_hash";
    static final String TEXT_HANS = "text_hans";
    static final String TEXT_HANT = "text_hant";
    static final String TEXT_SOURCE = "text_source";
    static final String TITLE_HANS = "title_hans";
    static final String TITLE_HANT = "title_hant";
    static final String SPEAKER_HANS = "speaker_hans";
    static final String SPEAKER_HANT = "speaker_hant";
    /** Of a state document: the content hash of the interview's pushed paragraphs. */
    static final String HASH = "hash";
    static final String PARAGRAPHS = "paragraphs";

    static final String KIND_PARAGRAPH = "paragraph";
    static final String KIND_INTERVIEW = "interview";

    private SolrFields() {
    }

    /** Paragraph documents are routed by interview ({@code slug!pN}), so an interview lives on one shard. */
    static String paragraphId(String slug, int paragraph) {
        return slug + "!p" + paragraph;
    }

    static String stateId(String slug) {
        return slug + "!state";
    }
}
