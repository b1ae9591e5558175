package org.duidu.aids;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.duidu.config.PackedData;
import org.duidu.model.Aids;
import org.duidu.model.Paragraph;

/**
 * CC-CEDICT (CC BY-SA 4.0) as {@code cedict.tsv.gz} (derived by {@code scripts/make-cedict.py}), packed
 * at build time ({@link PackAids}):
 * headwords in both scripts, reading, English. It cuts an interview's slice: every entry whose
 * headword starts at some position of the text, so a longest match from any tapped character over
 * the slice finds what it would find over the whole dictionary.
 */
final class GlossDictionary {
    /** The packed form, made from {@code cedict.tsv.gz} when the jar is packaged ({@link PackAids#cedict}). */
    static final String PACKED = "cedict.bin";

    /**
     * Every headword and every proper prefix of one (a node): one lookup per step of a match, which
     * stops as soon as the text leaves the headwords.
     */
    private final PackedData.Keys nodes;
    /** The entries of node {@code n} are {@code refs[starts[n]]} … {@code refs[starts[n + 1] - 1]}: none for a prefix only. */
    private final int[] starts;
    private final int[] refs;
    /** Whether a longer headword starts with node {@code n}. */
    private final byte[] prefix;
    /** Four fields an entry: zh-Hans, zh-Hant, reading, English. */
    private final PackedData.Strings fields;
    private final int longest;

    private GlossDictionary(PackedData.Reader packed) {
        this.longest = packed.integer();
        this.nodes = packed.keys();
        this.starts = packed.ints();
        this.refs = packed.ints();
        this.prefix = packed.bytes();
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

    /** The entries whose headword stands somewhere in the paragraphs, in order of first appearance. */
    List<Aids.Gloss> slice(List<List<Paragraph>> editions) {
        // each headword's entries once, in order of first appearance
        BitSet seen = new BitSet(nodes.size());
        List<Integer> found = new ArrayList<>();
        for (List<Paragraph> paragraphs : editions) {
            for (Paragraph p : paragraphs) {
                int[] cps = p.text().codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    if (!PinyinReader.isHan(cps[i])) {
                        continue;
                    }
                    for (int len = 1; len <= longest && i + len <= cps.length; len++) {
                        int node = nodes.find(cps, i, len);
                        if (node < 0) {
                            break;
                        }
                        if (starts[node + 1] > starts[node] && !seen.get(node)) {
                            seen.set(node);
                            found.add(node);
                        }
                        if (prefix[node] == 0) {
                            break;
                        }
                    }
                }
            }
        }
        Set<Aids.Gloss> out = new LinkedHashSet<>();
        found.forEach(node -> out.addAll(entries(node)));
        return List.copyOf(out);
    }
}
