package org.duidu.search;

import org.duidu.model.Role;

/**
 * One paragraph that matches a query.
 *
 * @param interview the interview's slug
 * @param title     the interview's title in the requested edition
 * @param section   the section number (0 for the lead)
 * @param paragraph the paragraph number ({@code pN})
 * @param role      lead, question or answer
 * @param speaker   who speaks, in the requested edition (empty for the lead)
 * @param score     the BM25 score (answers weighted double)
 * @param url       the paragraph's link relative to the site root ({@code zh-Hans/<slug>.html#p14})
 * @param snippet   about 80 characters of the paragraph in the requested edition, HTML-escaped,
 *                  every matching character inside {@code <mark>}
 */
public record SearchHit(String interview, String title, int section, int paragraph, Role role, String speaker,
                        float score, String url, String snippet) {
}
