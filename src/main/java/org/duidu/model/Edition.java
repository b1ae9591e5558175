package org.duidu.model;

/** A written form of the site: standard Simplified or standard Traditional Chinese. */
public enum Edition {
    HANS("zh-Hans", "简体"), HANT("zh-Hant", "繁體");

    private final String tag;
    private final String label;

    Edition(String tag, String label) {
        this.tag = tag;
        this.label = label;
    }

    /** The BCP 47 tag, used for {@code lang}, {@code hreflang} and as the URL directory. */
    public String tag() {
        return tag;
    }

    /** The edition's name written in its own script, for edition switches. */
    public String label() {
        return label;
    }

    /** The other edition. */
    public Edition other() {
        return this == HANS ? HANT : HANS;
    }

    /** Parses {@code zh-Hans}/{@code zh-Hant} (case-insensitive, also {@code hans}/{@code hant}). */
    public static Edition parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        for (Edition e : values()) {
            if (t.equals(e.tag.toLowerCase(java.util.Locale.ROOT)) || t.equals(e.name().toLowerCase(java.util.Locale.ROOT))) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown edition '" + text + "' (expected zh-Hans or zh-Hant)");
    }
}
