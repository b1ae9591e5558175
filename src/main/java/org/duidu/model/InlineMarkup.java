package org.duidu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * zh.wikipedia's inline conversion markup, part of the seed syntax (rule layer 4 in Markdown seeds):
 * {@code -{文字}-} is never converted, {@code -{zh-hans:干部;zh-hant:幹部}-} gives each edition its own
 * text. Variant names {@code zh-cn}/{@code zh-sg}/{@code zh-my} count as zh-Hans and
 * {@code zh-tw}/{@code zh-hk}/{@code zh-mo} as zh-Hant. An unterminated {@code -{} stays plain text.
 */
public final class InlineMarkup {
    /** Opens a markup run. */
    public static final String OPEN = "-{";
    /** Closes a markup run. */
    public static final String CLOSE = "}-";

    private InlineMarkup() {
    }

    /** Where the first {@code -{} without a closing {@code }-} starts (char index), or -1. */
    public static int unclosedAt(String text) {
        int i = 0;
        while (true) {
            int open = text.indexOf(OPEN, i);
            if (open < 0) {
                return -1;
            }
            int close = text.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                return open;
            }
            i = close + CLOSE.length();
        }
    }

    /** Splits text into {@link Inline.Text} and {@link Inline.Verbatim} runs. */
    public static List<Inline> parse(String text) {
        List<Inline> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf(OPEN, i);
            int close = open < 0 ? -1 : text.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                out.add(new Inline.Text(text.substring(i)));
                break;
            }
            if (open > i) {
                out.add(new Inline.Text(text.substring(i, open)));
            }
            out.add(verbatim(text.substring(open + OPEN.length(), close)));
            i = close + CLOSE.length();
        }
        return out;
    }

    private static Inline.Verbatim verbatim(String inner) {
        String hans = null;
        String hant = null;
        if (inner.trim().toLowerCase(Locale.ROOT).matches("^zh-[a-z]+\\s*:[\\s\\S]*")) {
            for (String part : inner.split(";")) {
                int colon = part.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String variant = part.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = part.substring(colon + 1).trim();
                switch (variant) {
                    case "zh-hans", "zh-cn", "zh-sg", "zh-my" -> hans = hans == null ? value : hans;
                    case "zh-hant", "zh-tw", "zh-hk", "zh-mo" -> hant = hant == null ? value : hant;
                    default -> { }
                }
            }
        }
        if (hans == null && hant == null) {
            return new Inline.Verbatim(inner, inner, inner);
        }
        hans = hans == null ? hant : hans;
        hant = hant == null ? hans : hant;
        return new Inline.Verbatim(hant, hans, hant);
    }
}
