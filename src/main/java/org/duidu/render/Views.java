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
     * @param edition    the edition tag, or empty on pages that belong to no edition (landing, source, 404)
     * @param root       relative path to the site root ("../")
     * @param path       this page's path from the site root
     * @param other      the same page in the other edition (from the site root), or empty
     * @param otherLang  the other edition's tag, or empty
     * @param otherLabel the other edition's name in its own script
     * @param assets     logical asset name → path from the site root
     * @param base       the site's absolute base URL with a trailing slash, or empty when none is configured
     * @param defaultEdition the site's default edition tag
     * @param nav        the edition's own pages (home, search, terms, prose pages) for the header and footer
     * @param alternates this page in each language ({@code key} is the hreflang, {@code url} the path from the root)
     */
    public record Page(String siteTitle, String lang, String edition, String root, String path, String other,
                       String otherLang, String otherLabel, Map<String, String> assets, String base,
                       String defaultEdition, List<Link> nav, List<Link> alternates) {
    }

    /**
     * A link to one of the site's own pages.
     *
     * @param key   what it is: {@code home}, {@code search}, {@code terms} or a prose page's name
     * @param label its text, empty when the template words it ({@code home}, {@code search}, {@code terms})
     * @param url   its path from the site root
     */
    public record Link(String key, String label, String url) {
    }

    /**
     * A prose page ({@code pages/about.md}) rendered to HTML.
     *
     * @param name  its file name without {@code .md}
     * @param title the text of its first heading
     * @param html  the body, rendered by commonmark with raw HTML escaped
     */
    public record Prose(String name, String title, String html) {
    }

    /**
     * An entry of the site's glossary ({@code glossary.yaml}) on the terms page.
     *
     * @param hans    the word in zh-Hans
     * @param hant    the word in zh-Hant
     * @param reading its pinyin, may be empty
     * @param note    its English (CC-CEDICT), may be empty
     */
    public record Term(String hans, String hant, String reading, String note) {
    }

    /**
     * A term of one interview on its terms page.
     *
     * @param id      its anchor ({@code t3}: the third term to appear)
     * @param text    the term in this edition
     * @param other   the term in the other edition
     * @param quoted  whether the interview quotes it (else a numbered slogan)
     * @param count   how many times it occurs
     * @param search  the search page for it, from the site root
     * @param lines   every occurrence as a keyword-in-context line, in text order
     */
    public record TermEntry(String id, String text, String other, boolean quoted, int count, String search, List<Kwic> lines) {
    }

    /**
     * One occurrence of a term in its context.
     *
     * @param url    the paragraph ({@code …#pN}), from the site root
     * @param number N
     * @param before the text before the term (up to a dozen characters)
     * @param term   the term as it stands
     * @param after  the text after it
     */
    public record Kwic(String url, int number, String before, String term, String after) {
    }

    /**
     * The terms of one interview, in both orders a reader may want.
     *
     * @param title       the interview's title
     * @param url         its reading page, from the site root
     * @param termsUrl    its terms page, from the site root
     * @param byFrequency the terms, most frequent first (ties in order of first appearance)
     * @param byFirst     the terms in order of first appearance
     */
    public record InterviewTerms(String title, String url, String termsUrl, List<TermEntry> byFrequency, List<TermEntry> byFirst) {
    }

    /**
     * A row of the site-wide terms index.
     *
     * @param text   the term in this edition
     * @param other  the term in the other edition
     * @param count  its occurrences across all interviews
     * @param where  the first interviews it occurs in (at most {@link TermViews#WHERE}): {@code label} the title,
     *               {@code url} the term on that interview's terms page
     * @param more   how many more interviews it occurs in (its search finds them all)
     * @param search the search page for it, from the site root
     */
    public record TermRow(String text, String other, int count, List<Link> where, int more, String search) {
    }

    /**
     * A run of paragraph text.
     *
     * @param kind {@code text}, {@code garbled}, {@code correction}
     * @param text what the reader sees
     * @param note the original (corrections) or the detector's suggestion (garbled), may be empty
     * @param ref  for a correction on a reading or source page, the number of its editorial note
     *             ({@link Story#errata()}), else 0
     * @param html the text as HTML already escaped by Duidu ({@link RubyMarkup}: a stretch of the parallel view's
     *             diff marks, with their ruby), else empty; templates print it with {@code ?no_esc}
     * @param ruby the text as ruby segments with pinyin (pinyin pages only), else empty
     */
    public record Run(String kind, String text, String note, int ref, List<Ruby> ruby, String html) {
        /** A run without a note number. */
        public Run(String kind, String text, String note) {
            this(kind, text, note, 0, List.of(), "");
        }

        /** A run without pinyin. */
        public Run(String kind, String text, String note, int ref) {
            this(kind, text, note, ref, List.of(), "");
        }

        /** A run with ruby segments. */
        public Run(String kind, String text, String note, int ref, List<Ruby> ruby) {
            this(kind, text, note, ref, ruby, "");
        }
    }

    /**
     * An editorial note: one correction from the sidecar's errata, listed at the end of the page and
     * linked both ways with its mark in the text.
     *
     * @param ref       its number on the page (1, 2, …)
     * @param text      what readers see now
     * @param original  what the source had
     * @param note      the editor's reason, may be empty
     * @param paragraph the anchor of the paragraph it is in ({@code p7})
     */
    public record Erratum(int ref, String text, String original, String note, String paragraph) {
    }

    /**
     * A piece of a run on a pinyin page: Han characters with their readings, or other text.
     *
     * @param plain    text without readings (punctuation, Latin, digits), empty when {@code han} has content
     * @param han      Han characters, each with its pinyin in {@code readings}
     * @param readings the readings of {@code han}'s characters, in order: pinyin with tone marks
     */
    public record Ruby(String plain, String han, List<String> readings) {
        /**
         * The characters as {@code <ruby>} markup, escaped as the templates escape text: built here, not
         * by a template loop over every character, which made a long interview's pinyin pages take most
         * of its build (issue 9). The readings carry no tone class: aids.js gives each {@code rt} its
         * class t1–t5 from its tone mark when the page loads (tone colours need the script anyway, which
         * has their switch), and the class was 11 of a character's 27 bytes on the pinyin pages, which
         * are most of a site's bytes.
         */
        public String html() {
            return appendHtml(new StringBuilder(han.length() * 24 + 13)).toString();
        }

        /** Appends {@link #html()} to {@code out}. */
        StringBuilder appendHtml(StringBuilder out) {
            out.append("<ruby>");
            int r = 0;
            for (int i = 0; i < han.length(); r++) {
                int next = i + Character.charCount(han.codePointAt(i));
                String reading = readings.get(r);
                RubyMarkup.appendEscaped(out, han, i, next);
                out.append("<rt>");
                RubyMarkup.appendEscaped(out, reading, 0, reading.length());
                out.append("</rt>");
                i = next;
            }
            return out.append("</ruby>");
        }
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
     * @param section     the number of its section, 0 for the lead
     */
    public record Para(String anchor, int number, String role, String speaker, boolean point, List<Run> runs, String plain,
                       int section) {
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
     * @param dateText     the date as readers read it, at its precision (2024年6月), or empty
     * @param dateStart    the first day of the date's period ({@code 2024-06-01}) for feeds, or empty
     * @param tags         the tags
     * @param errata       the editorial notes of the corrections in the text, in order
     */
    public record Story(String slug, String url, String title, List<Person> people, String interviewer, String date,
                        String source, String sourceUrl, List<Para> lead, List<Qa> sections, String script, int garbledCount,
                        String dateText, String dateStart, List<String> tags, List<Erratum> errata) {
    }

    /**
     * A row of the parallel view: the same paragraph in both editions, differing characters marked.
     *
     * @param anchor      {@code pN}
     * @param role        lead, question, answer
     * @param section     the section number, 0 for the lead
     * @param opensSection whether this is the first paragraph of its section
     * @param point       whether it is a numbered point
     * @param speakerHant the speaker's name in zh-Hant when the paragraph opens a turn, else empty
     * @param speakerHans the speaker's name in zh-Hans when the paragraph opens a turn, else empty
     * @param hant        zh-Hant runs
     * @param hans        zh-Hans runs
     * @param differences how many runs are marked as differing (both sides counted once)
     */
    public record Pair(String anchor, String role, int section, boolean opensSection, boolean point, String speakerHant,
                       String speakerHans, List<Run> hant, List<Run> hans, int differences) {
    }
}
