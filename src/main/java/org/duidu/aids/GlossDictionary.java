package org.duidu.aids;

import java.util.ArrayList;
import java.util.List;
import org.duidu.config.PackedData;
import org.duidu.model.Aids;

/**
 * CC-CEDICT (CC BY-SA 4.0) as {@code cedict.tsv.gz} (derived by {@code scripts/make-cedict.py}), packed
 * at build time ({@link PackAids}):
 * headwords in both scripts, reading, English: the readings and English of the site glossary's terms.
 * Pages gloss words from {@link GlossShards}, made from the same source.
 */
final class GlossDictionary {
    /** The packed form, made from {@code cedict.tsv.gz} when the jar is packaged ({@link PackAids#cedict}). */
    static final String PACKED = "cedict.bin";

    /** Every headword, in either script. */
    private final PackedData.Keys nodes;
    /** The entries of headword {@code n} are {@code refs[starts[n]]} … {@code refs[starts[n + 1] - 1]}. */
    private final int[] starts;
    private final int[] refs;
    /** Four fields an entry: zh-Hans, zh-Hant, reading, English. */
    private final PackedData.Strings fields;

    private GlossDictionary(PackedData.Reader packed) {
        this.nodes = packed.keys();
        this.starts = packed.ints();
        this.refs = packed.ints();
        this.fields = packed.strings();
    }

    static GlossDictionary builtIn() {
        return new GlossDictionary(PackedData.resource(GlossDictionary.class, PACKED));
    }

    /** The entries whose headword (in either script) is {@code word}, in dictionary order. */
    List<Aids.Gloss> entries(String word) {
        int node = nodes.find(word);
        return node < 0 ? List.of() : entries(node);
    }

    private List<Aids.Gloss> entries(int node) {
        List<Aids.Gloss> out = new ArrayList<>(starts[node + 1] - starts[node]);
        for (int i = starts[node]; i < starts[node + 1]; i++) {
            int f = refs[i] * 4;
            out.add(new Aids.Gloss(fields.get(f), fields.get(f + 1), fields.get(f + 2), fields.get(f + 3)));
        }
        return out;
    }
}
