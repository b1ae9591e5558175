package org.duidu.convert;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled tables of one {@link Target}: rule layers 1 (OpenCC) and 2 (built-in corrections)
 * merged into one phrase map and one character map, so that a text converts in a single
 * longest-match pass. OpenCC chains several passes (for example {@code s2tw} is {@code s2t} followed
 * by Taiwan variants); here the later passes are composed into the values at load time, and the
 * reverse variant pass of {@code tw2s}/{@code hk2s} becomes a per-character normalisation of the
 * input (see {@link #normalizer()}), which is what OpenCC's character-level pass does.
 */
final class Tables {
    private static final String DIR = "opencc/";

    /** Keys of one or more UTF-16 units that the segmenter must keep together, with their output. */
    private final Map<String, String> phrases;
    /** Single BMP characters with a one-character output. */
    private final Map<Character, Character> chars;
    /** Input normalisation applied before matching, or null. */
    private final char[] normalizer;

    private Tables(Map<String, String> phrases, Map<Character, Character> chars, char[] normalizer) {
        this.phrases = phrases;
        this.chars = chars;
        this.normalizer = normalizer;
    }

    Map<String, String> phrases() {
        return phrases;
    }

    Map<Character, Character> chars() {
        return chars;
    }

    char[] normalizer() {
        return normalizer;
    }

    static Tables build(OpenccData data, Target target) {
        return target.toHans() ? buildHans(data, target) : buildHant(data, target);
    }

    private static Tables buildHans(OpenccData data, Target target) {
        Map<Character, Character> norm = new HashMap<>();
        Map<String, String> revPhrases = new LinkedHashMap<>();
        Target.Variants v = target.variants();
        // Hong Kong first so that Taiwan (the more common source) wins where they disagree
        if (v == Target.Variants.HK || v == Target.Variants.TW_AND_HK) {
            norm.putAll(data.reverse(DIR + "HKVariants.txt"));
            revPhrases.putAll(data.table(DIR + "HKVariantsRevPhrases.txt").defaults());
        }
        if (v == Target.Variants.TW || v == Target.Variants.TW_AND_HK) {
            norm.putAll(data.reverse(DIR + "TWVariants.txt"));
            revPhrases.putAll(data.table(DIR + "TWVariantsRevPhrases.txt").defaults());
        }
        char[] normalizer = norm.isEmpty() ? null : table(norm);

        Map<String, String> tsPhrases = data.table(DIR + "TSPhrases.txt").defaults();
        Map<String, String> tsChars = data.table(DIR + "TSCharacters.txt").defaults();
        Map<String, String> phrases = new LinkedHashMap<>();
        Map<Character, Character> chars = new HashMap<>();
        addChars(tsChars, phrases, chars);
        tsPhrases.forEach((k, val) -> phrases.put(normalize(k, normalizer), val));
        // a reverse-variants phrase converts its span on its own; its output then goes through t2s
        Composer t2s = new Composer(tsPhrases, tsChars);
        revPhrases.forEach((k, val) -> phrases.put(normalize(k, normalizer), t2s.apply(val)));
        for (Correction c : Corrections.read(Corrections.HANS)) {
            phrases.put(normalize(c.key(), normalizer), c.value());
        }
        return new Tables(phrases, chars, normalizer);
    }

    private static Tables buildHant(OpenccData data, Target target) {
        Map<String, String> stPhrases = data.table(DIR + "STPhrases.txt").defaults();
        Map<String, String> stChars = data.table(DIR + "STCharacters.txt").defaults();
        String region = switch (target.variants()) {
            case TW -> "TW";
            case HK -> "HK";
            default -> null;
        };
        Map<String, String> variantPhrases = region == null ? Map.of()
                : data.table(DIR + region + "VariantsPhrases.txt").defaults();
        Map<String, String> variantChars = region == null ? Map.of()
                : data.table(DIR + region + "Variants.txt").defaults();
        Composer variants = region == null ? null : new Composer(variantPhrases, variantChars);

        Map<String, String> composedChars = new LinkedHashMap<>(variantChars);
        stChars.forEach((k, val) -> composedChars.put(k, variants == null ? val : variants.apply(val)));
        Map<String, String> phrases = new LinkedHashMap<>();
        Map<Character, Character> chars = new HashMap<>();
        addChars(composedChars, phrases, chars);
        stPhrases.forEach((k, val) -> phrases.put(k, variants == null ? val : variants.apply(val)));
        if (!variantPhrases.isEmpty()) {
            // a regional phrase exception (無線新聞 → 無綫新聞) may span several s2t phrases: match it
            // as a whole, in its Simplified form and in its Traditional form
            Composer t2s = new Composer(data.table(DIR + "TSPhrases.txt").defaults(),
                    data.table(DIR + "TSCharacters.txt").defaults());
            variantPhrases.forEach((k, val) -> {
                phrases.put(k, val);
                phrases.put(t2s.apply(k), val);
            });
        }
        for (Correction c : Corrections.read(Corrections.HANT)) {
            phrases.put(c.key(), variants == null ? c.value() : variants.apply(c.value()));
        }
        return new Tables(phrases, chars, null);
    }

    /** Single characters go to the character map when OpenCC4j can handle them there, else to phrases. */
    private static void addChars(Map<String, String> source, Map<String, String> phrases, Map<Character, Character> chars) {
        source.forEach((k, val) -> {
            if (k.length() == 1 && val.length() == 1) {
                chars.put(k.charAt(0), val.charAt(0));
            } else {
                phrases.put(k, val); // supplementary characters, or an output of another length
            }
        });
    }

    private static char[] table(Map<Character, Character> map) {
        char[] t = new char[Character.MAX_VALUE + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = (char) i;
        }
        map.forEach((k, val) -> t[k] = val);
        return t;
    }

    static String normalize(String s, char[] normalizer) {
        if (normalizer == null) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = normalizer[c[i]];
        }
        return new String(c);
    }

    /** A plain longest-match converter used to compose tables at load time. */
    static final class Composer {
        private final Map<String, String> phrases;
        private final Map<String, String> chars;
        private final PhraseTrie trie;
        /** Characters that start a key: text without any of them comes out unchanged. */
        private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];

        Composer(Map<String, String> phrases, Map<String, String> chars) {
            this.phrases = phrases;
            this.chars = chars;
            this.trie = new PhraseTrie(List.copyOf(phrases.keySet()));
            phrases.keySet().forEach(k -> starts[k.charAt(0)] = true);
            chars.keySet().forEach(k -> starts[k.charAt(0)] = true);
        }

        String apply(String text) {
            if (unchanged(text)) {
                return text;
            }
            char[] t = text.toCharArray();
            StringBuilder sb = new StringBuilder(t.length);
            int i = 0;
            while (i < t.length) {
                int len = trie.longest(t, i, t.length);
                if (len > 0) {
                    sb.append(phrases.get(new String(t, i, len)));
                    i += len;
                } else {
                    int cp = Character.codePointAt(t, i);
                    String one = new String(Character.toChars(cp));
                    String out = chars.get(one);
                    sb.append(out != null ? out : one);
                    i += Character.charCount(cp);
                }
            }
            return sb.toString();
        }

        private boolean unchanged(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (starts[text.charAt(i)]) {
                    return false;
                }
            }
            return true;
        }
    }
}
