package org.duidu.site;

/**
 * One seed in the build summary.
 *
 * @param file       the seed path relative to the site
 * @param charset    the charset it was decoded with
 * @param script     the detected script (traditional, simplified, mixed)
 * @param sections   number of sections
 * @param paragraphs number of paragraphs
 */
public record SeedSummary(String file, String charset, String script, int sections, int paragraphs) {
}
