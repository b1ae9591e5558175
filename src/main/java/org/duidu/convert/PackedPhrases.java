package org.duidu.convert;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duidu.config.PackedData;

/**
 * One target's compiled {@link Tables} as packed at build time ({@link PackConvert}): the phrase
 * keys with every proper prefix, looked up by hash, so the longest match at a position costs one
 * lookup per character; the outputs are decoded when a key is found. Immutable, thread-safe.
 */
final class PackedPhrases {
    private final char[] normalizer;
    private final PackedData.Keys nodes;
    /** Node {@code n}'s output number in {@code outputs}, -1 for a node that is only a prefix. */
    private final int[] values;
    /** Whether a longer key starts with node {@code n}. */
    private final byte[] prefix;
    private final PackedData.Strings outputs;
    /** One-character outputs by UTF-16 unit, 0 for none. */
    private final char[] chars;

    private PackedPhrases(PackedData.Reader packed) {
        char[] n = packed.chars();
        this.normalizer = n.length == 0 ? null : n;
        this.nodes = packed.keys();
        this.values = packed.ints();
        this.prefix = packed.bytes();
        this.outputs = packed.strings();
        this.chars = packed.chars();
    }

    /** The resource name of a target's packed tables. */
    static String resource(Target target) {
        return "tables-" + target.name() + ".bin";
    }

    static PackedPhrases load(Target target) {
        return new PackedPhrases(PackedData.resource(PackedPhrases.class, resource(target)));
    }

    /** Input normalisation applied before matching, or null. */
    char[] normalizer() {
        return normalizer;
    }

    /** The length of the longest key that starts at {@code from} in {@code text[from, end)}, or 0. */
    int longest(char[] text, int from, int end) {
        int best = 0;
        int hash = 0;
        for (int i = from; i < end; i++) {
            hash = PackedData.Keys.step(hash, text[i]);
            int node = nodes.find(text, from, i + 1 - from, hash);
            if (node < 0) {
                break;
            }
            if (values[node] >= 0) {
                best = i + 1 - from;
            }
            if (prefix[node] == 0) {
                break;
            }
        }
        return best;
    }

    /** The phrases as OpenCC4j reads them (key to a one-element list), looked up in place (OpenCC4j only calls get). */
    Map<String, List<String>> phraseMap() {
        return new AbstractMap<>() {
            @Override
            public List<String> get(Object key) {
                int node = key instanceof String s ? nodes.find(s) : -1;
                return node < 0 || values[node] < 0 ? null : List.of(outputs.get(values[node]));
            }

            @Override
            public boolean containsKey(Object key) {
                return get(key) != null;
            }

            @Override
            public Set<Entry<String, List<String>>> entrySet() {
                throw new UnsupportedOperationException("the packed phrases are only looked up");
            }
        };
    }

    /** The one-character map as OpenCC4j reads it. */
    Map<String, List<String>> charMap() {
        return new AbstractMap<>() {
            @Override
            public List<String> get(Object key) {
                return key instanceof String s && s.length() == 1 && chars[s.charAt(0)] != 0
                        ? List.of(String.valueOf(chars[s.charAt(0)])) : null;
            }

            @Override
            public boolean containsKey(Object key) {
                return get(key) != null;
            }

            @Override
            public Set<Entry<String, List<String>>> entrySet() {
                throw new UnsupportedOperationException("the packed characters are only looked up");
            }
        };
    }
}
