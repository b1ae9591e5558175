package org.duidu.render;

import java.util.List;
import java.util.Map;

/**
 * The view models templates see. They are public only because Freemarker reads them by reflection;
 * nothing outside this package builds them. Every string is plain text: templates escape it.
 */
public final class Views {
    private Views() {
    }

    /**
     * What every page knows about where it is.
     *
     * @param siteTitle  the site title in this page's script
     * @param lang       the page's BCP 47 language tag (zh-Hans, zh-Hant)
     * @param edition    the edition tag, or empty on pages that belong to no edition (landing, source)
     * @param root       relative path to the site root ("../")
     * @param path       this page's path from the site root
     * @param other      the same page in the other edition (from the site root), or empty
     * @param otherLang  the other edition's tag, or empty
     * @param otherLabel the other edition's name in its own script
     * @param assets     logical asset name → path from the site root
     * @param canonical  absolute URL of this page when a base URL is configured, else empty
     * @param otherCanonical absolute URL of the other edition's page, else empty
     * @param defaultEdition the site's default edition tag
     */
    public record Page(String siteTitle, String lang, String edition, String root, String path, String other,
                       String otherLang, String otherLabel, Map<String, String> assets, String canonical,
                       String otherCanonical, String defaultEdition) {
    }

    /**
     * A run of paragraph text.
     *
     * @param kind {@code text}, {@code garbled}, {@code correction}
     * @param text what the reader sees
     * @param note the original (corrections) or the detector's suggestion (garbled), may be empty
     */
    public record Run(String kind, String text, String note) {
    }

    /**
     * A paragraph.
     *
     * @param anchor      {@code pN}
     * @param number      N
     * @param role        lead, question, answer
     * @param speaker     the speaker's name when this paragraph opens a turn, else empty
     * @param point       whether it is a numbered point
     * @param runs        its content
     * @param plain       its text as one string (for citations)
     */
    public record Para(String anchor, int number, String role, String speaker, boolean point, List<Run> runs, String plain) {
    }

    /**
     * A question-and-answer section.
     *
     * @param anchor     {@code qN}
     * @param number     N
     * @param question   the question paragraphs
     * @param answers    the answer paragraphs
     * @param summary    the question's text, for the table of contents
     */
    public record Qa(String anchor, int number, List<Para> question, List<Para> answers, String summary) {
    }

    /**
     * An interviewee.
     *
     * @param name   the name
     * @param titles the titles joined with 、
     */
    public record Person(String name, String titles) {
    }

    /**
     * An interview as one page shows it.
     *
     * @param slug         URL name
     * @param url          path of its reading page in this edition, from the site root
     * @param title        the title
     * @param people       interviewees
     * @param interviewer  the interviewer's label
     * @param date         ISO date or empty
     * @param source       publication or empty
     * @param sourceUrl    link to the original or empty
     * @param lead         the lead paragraphs
     * @param sections     the sections
     * @param script       the detected script of the seed
     * @param garbledCount how many garbled runs the page marks
     */
    public record Story(String slug, String url, String title, List<Person> people, String interviewer, String date,
                        String source, String sourceUrl, List<Para> lead, List<Qa> sections, String script, int garbledCount) {
    }

    /**
     * A row of the parallel view: the same paragraph in both editions, differing characters marked.
     *
     * @param anchor  {@code pN}
     * @param role    lead, question, answer
     * @param section the section anchor or empty for the lead
     * @param hant    zh-Hant runs
     * @param hans    zh-Hans runs
     */
    public record Pair(String anchor, String role, String section, List<Run> hant, List<Run> hans) {
    }
}
