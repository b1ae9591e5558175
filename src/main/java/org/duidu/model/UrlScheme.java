package org.duidu.model;

/**
 * Where each page lives, relative to the site root: the one contract between the pages (render) and
 * the links search results give (search). Pages are plain {@code .html} files (never
 * directory indexes) so that links work from {@code file://} as well as from any static host.
 */
public final class UrlScheme {
    private UrlScheme() {
    }

    /** The landing page. */
    public static final String LANDING = "index.html";

    /** The page static hosts serve for a missing path. */
    public static final String NOT_FOUND = "404.html";

    /** An edition's home page. */
    public static String home(Edition e) {
        return e.tag() + "/index.html";
    }

    /** The reading page of an interview in an edition. */
    public static String interview(Edition e, String slug) {
        return e.tag() + "/" + slug + ".html";
    }

    /** The parallel (zh-Hant | zh-Hans) view of an interview, in an edition's interface. */
    public static String parallel(Edition e, String slug) {
        return e.tag() + "/parallel/" + slug + ".html";
    }

    /** The reading page of an interview with pinyin ruby over the text. */
    public static String pinyin(Edition e, String slug) {
        return e.tag() + "/pinyin/" + slug + ".html";
    }

    /** The parallel view of an interview with pinyin ruby over both columns. */
    public static String parallelPinyin(Edition e, String slug) {
        return e.tag() + "/pinyin/parallel/" + slug + ".html";
    }

    /**
     * The folder of the site's tap-to-gloss dictionary, its scripts {@code K.js} ({@link #glossShard});
     * {@code version} fingerprints their content so they can be cached forever.
     */
    public static String glossShards(String version) {
        return "gloss/" + version + "/";
    }

    /** Shard {@code k} of the tap-to-gloss dictionary. */
    public static String glossShard(String version, int k) {
        return glossShards(version) + k + ".js";
    }

    /** The source view of an interview. */
    public static String source(String slug) {
        return "source/" + slug + ".html";
    }

    /** An edition's search page. */
    public static String search(Edition e) {
        return e.tag() + "/search.html";
    }

    /** An edition's terms page. */
    public static String terms(Edition e) {
        return e.tag() + "/terms.html";
    }

    /** The terms page of one interview in an edition. */
    public static String interviewTerms(Edition e, String slug) {
        return e.tag() + "/terms/" + slug + ".html";
    }

    /** A prose page ({@code pages/NAME.md}) in an edition. */
    public static String prose(Edition e, String name) {
        return e.tag() + "/" + name + ".html";
    }

    /** An edition's Atom feed. */
    public static String feed(Edition e) {
        return e.tag() + "/atom.xml";
    }

    /** Page {@code n} (from 1) of an edition's home list: the first is {@link #home}, the others {@code page/N.html}. */
    public static String homePage(Edition e, int n) {
        return n <= 1 ? home(e) : e.tag() + "/page/" + n + ".html";
    }

    /**
     * The index of a taxonomy ({@code people}, {@code sources}, {@code years}, {@code tags}) in an edition:
     * every term with its count.
     */
    public static String taxonomy(Edition e, String taxonomy) {
        return e.tag() + "/" + taxonomy + "/index.html";
    }

    /**
     * Page {@code n} (from 1) of a term's list ({@code zh-Hans/people/周文.html}, then {@code 周文.p2.html}).
     *
     * @param name the term's file name, from {@link #termName}
     */
    public static String term(Edition e, String taxonomy, String name, int n) {
        return e.tag() + "/" + taxonomy + "/" + name + (n <= 1 ? "" : ".p" + n) + ".html";
    }

    /** The Atom feed of a term's interviews. */
    public static String termFeed(Edition e, String taxonomy, String name) {
        return e.tag() + "/" + taxonomy + "/" + name + ".xml";
    }

    /**
     * A term's file name, the same in both editions: the term itself (its zh-Hans form) when it is
     * only letters, digits, {@code -} and {@code _} in lower case, else those characters with a short
     * hash of the term, so names never clash (on case-insensitive file systems too), never hold a
     * character a URL or file system treats specially, and never equal {@code index}.
     */
    public static String termName(String key) {
        StringBuilder name = new StringBuilder();
        key.codePoints().forEach(c -> name.appendCodePoint(Character.isLetterOrDigit(c) || c == '-' || c == '_'
                ? Character.toLowerCase(c) : '-'));
        String plain = name.toString();
        if (plain.equals(key) && !plain.equals("index") && !plain.isEmpty() && plain.length() <= 48) {
            return plain;
        }
        int hash = 0x811c9dc5; // FNV-1a over the code points
        for (int c : key.codePoints().toArray()) {
            hash = (hash ^ c) * 0x01000193;
        }
        String cut = plain.codePointCount(0, plain.length()) > 32 ? plain.substring(0, plain.offsetByCodePoints(0, 32)) : plain;
        return cut + "-" + String.format("%08x", hash);
    }

    /** The relative path from a page to the site root ({@code ../} per directory level). */
    public static String rootFrom(String page) {
        long depth = page.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }
}
