package org.duidu.aids;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.duidu.model.Aids;
import org.duidu.model.Paragraph;

/**
 * CC-CEDICT (CC BY-SA 4.0) as {@code cedict.tsv.gz} (derived by {@code scripts/make-cedict.py}):
 * headwords in both scripts, reading, English. It cuts an interview's slice: every entry whose
 * headword starts at some position of the text, so a longest match from any tapped character over
 * the slice finds what it would find over the whole dictionary.
 */
final class GlossDictionary {
    /**
     * Every headword and every proper prefix of one, to its entries (null for a string that is only a
     * prefix) and whether a longer headword starts with it: one lookup per step of a match, which stops
     * as soon as the text leaves the headwords.
     */
    private final Map<String, Node> nodes;
    private final int longest;

    private record Node(List<Aids.Gloss> entries, boolean prefix) {
    }

    private GlossDictionary(Map<String, List<Aids.Gloss>> byHeadword, int longest) {
        this.longest = longest;
        Map<String, Node> n = new HashMap<>(byHeadword.size() * 3);
        byHeadword.forEach((headword, entries) -> n.put(headword, new Node(entries, false)));
        for (String headword : byHeadword.keySet()) {
            for (int end = headword.offsetByCodePoints(0, 1); end < headword.length(); end = headword.offsetByCodePoints(end, 1)) {
                n.compute(headword.substring(0, end), (k, old) -> old == null ? new Node(null, true)
                        : old.prefix() ? old : new Node(old.entries(), true));
            }
        }
        this.nodes = n;
    }

    static GlossDictionary builtIn() {
        Map<String, List<Aids.Gloss>> map = new HashMap<>(300_000);
        int longest = 1;
        try (InputStream raw = GlossDictionary.class.getResourceAsStream("cedict.tsv.gz")) {
            if (raw == null) {
                throw new IllegalStateException("missing built-in dictionary org/duidu/aids/cedict.tsv.gz");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    continue;
                }
                Aids.Gloss gloss = new Aids.Gloss(f[0], f[1], f[2], f[3]);
                map.computeIfAbsent(f[0], k -> new ArrayList<>(1)).add(gloss);
                if (!f[1].equals(f[0])) {
                    map.computeIfAbsent(f[1], k -> new ArrayList<>(1)).add(gloss);
                }
                longest = Math.max(longest, Math.max(f[0].codePointCount(0, f[0].length()), f[1].codePointCount(0, f[1].length())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GlossDictionary(map, Math.min(longest, 16));
    }

    /** The entries whose headword (in either script) is {@code word}, in dictionary order. */
    List<Aids.Gloss> entries(String word) {
        Node node = nodes.get(word);
        return node == null || node.entries() == null ? List.of() : node.entries();
    }

    /** The entries whose headword stands somewhere in the paragraphs, in order of first appearance. */
    List<Aids.Gloss> slice(List<List<Paragraph>> editions) {
        // each headword's entries once, in order of first appearance (by identity: the lists are the map's own)
        Set<List<Aids.Gloss>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<List<Aids.Gloss>> found = new ArrayList<>();
        for (List<Paragraph> paragraphs : editions) {
            for (Paragraph p : paragraphs) {
                int[] cps = p.text().codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    if (!PinyinReader.isHan(cps[i])) {
                        continue;
                    }
                    for (int len = 1; len <= longest && i + len <= cps.length; len++) {
                        Node node = nodes.get(new String(cps, i, len));
                        if (node == null) {
                            break;
                        }
                        if (node.entries() != null && seen.add(node.entries())) {
                            found.add(node.entries());
                        }
                        if (!node.prefix()) {
                            break;
                        }
                    }
                }
            }
        }
        Set<Aids.Gloss> out = new LinkedHashSet<>();
        found.forEach(out::addAll);
        return List.copyOf(out);
    }
}
