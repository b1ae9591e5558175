package org.duidu.aids;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, List<Aids.Gloss>> byHeadword;
    private final int longest;

    private GlossDictionary(Map<String, List<Aids.Gloss>> byHeadword, int longest) {
        this.byHeadword = byHeadword;
        this.longest = longest;
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
        return byHeadword.getOrDefault(word, List.of());
    }

    /** The entries whose headword stands somewhere in the paragraphs, in order of first appearance. */
    List<Aids.Gloss> slice(List<List<Paragraph>> editions) {
        Map<Aids.Gloss, Boolean> out = new LinkedHashMap<>();
        // a headword's entries are added at its first appearance only: hashing every entry again at
        // each later one took most of a long interview's aids (issue 9)
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<Paragraph> paragraphs : editions) {
            for (Paragraph p : paragraphs) {
                int[] cps = p.text().codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    if (!PinyinReader.isHan(cps[i])) {
                        continue;
                    }
                    for (int len = 1; len <= longest && i + len <= cps.length; len++) {
                        String headword = new String(cps, i, len);
                        List<Aids.Gloss> entries = byHeadword.get(headword);
                        if (entries != null && seen.add(headword)) {
                            entries.forEach(g -> out.put(g, Boolean.TRUE));
                        }
                    }
                }
            }
        }
        return List.copyOf(out.keySet());
    }
}
