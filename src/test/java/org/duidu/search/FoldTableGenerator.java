package org.duidu.search;

import com.ibm.icu.text.Transliterator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Regenerates {@code src/main/resources/org/duidu/search/fold.tsv}, the character fold the search
 * analyzer and {@code search.js} share.
 *
 * <p>Folding has one job: two texts that are the same words in different scripts must fold to the
 * same characters, position by position. So the fold is a canonical form, not a conversion: every
 * character is mapped to one representative of its variant class. Classes join the pairs of ICU's
 * per-character {@code Traditional-Simplified} transform with OpenCC's character tables (T→S,
 * S→T candidates, Taiwan and Hong Kong variants). OpenCC's tables contribute the pairs ICU leaves
 * alone because the Traditional form is also a valid Simplified character (覆/复 as in 批覆,
 * 著/着 as in 著力, 乾/干, 藉/借, 瞭/了): phrase rules would fold 批覆 but not a query that starts
 * at 覆, and every substring must find its paragraph.
 *
 * <p>Run with {@code mvn -q test -Dtest=FoldTableGenerator -Dduidu.regenerateFoldTable=true}; the
 * output is committed, so the build itself needs neither ICU nor OpenCC's files.
 */
final class FoldTableGenerator {
    static final Path TABLE = Path.of("src/main/resources/org/duidu/search/fold.tsv");

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "duidu.regenerateFoldTable", matches = "true")
    void regenerate() throws IOException {
        Files.writeString(TABLE, render(generate()), StandardCharsets.UTF_8);
    }

    /** The fold as a map from code point to its class representative (identity entries omitted). */
    static Map<Integer, Integer> generate() throws IOException {
        Map<Integer, Integer> parent = new HashMap<>();
        Map<Integer, Integer> votes = new HashMap<>();
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        for (int cp = 0x2E80; cp <= 0x323AF; cp++) {
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN || !Character.isDefined(cp)) {
                continue;
            }
            String folded = icu.transliterate(new String(Character.toChars(cp)));
            if (folded.codePointCount(0, folded.length()) == 1 && folded.codePointAt(0) != cp) {
                join(parent, votes, cp, folded.codePointAt(0));
            }
        }
        // OpenCC: TS lines are "traditional simplified...", ST lines "simplified traditional...",
        // variant lines "standard variant...": every value is in the key's class.
        for (String file : List.of("TSCharacters.txt", "STCharacters.txt", "TWVariants.txt", "HKVariants.txt")) {
            boolean keyIsSimplified = file.startsWith("ST");
            for (String[] entry : readOpenCc(file)) {
                int key = entry[0].codePointAt(0);
                for (int i = 1; i < entry.length; i++) {
                    int value = entry[i].codePointAt(0);
                    if (keyIsSimplified) {
                        join(parent, votes, value, key);
                    } else if (file.startsWith("TS")) {
                        join(parent, votes, key, value);
                    } else {
                        join(parent, votes, value, key);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> classes = new HashMap<>();
        for (int cp : parent.keySet()) {
            classes.computeIfAbsent(find(parent, cp), k -> new ArrayList<>()).add(cp);
        }
        Map<Integer, Integer> fold = new TreeMap<>();
        for (List<Integer> members : classes.values()) {
            // the representative is the member most often named as the simplified side, so that
            // folded terms read as Simplified Chinese when someone inspects the index
            int representative = members.stream()
                    .max((a, b) -> {
                        int byVotes = Integer.compare(votes.getOrDefault(a, 0), votes.getOrDefault(b, 0));
                        return byVotes != 0 ? byVotes : Integer.compare(b, a);
                    })
                    .orElseThrow();
            for (int member : members) {
                if (member != representative) {
                    fold.put(member, representative);
                }
            }
        }
        return fold;
    }

    /** Puts {@code from} and {@code to} in one class; {@code to} gets a vote as the simplified form. */
    private static void join(Map<Integer, Integer> parent, Map<Integer, Integer> votes, int from, int to) {
        if (from == to) {
            return;
        }
        votes.merge(to, 1, Integer::sum);
        parent.putIfAbsent(from, from);
        parent.putIfAbsent(to, to);
        int a = find(parent, from);
        int b = find(parent, to);
        if (a != b) {
            parent.put(a, b);
        }
    }

    private static int find(Map<Integer, Integer> parent, int cp) {
        int root = cp;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    private static List<String[]> readOpenCc(String file) throws IOException {
        List<String[]> entries = new ArrayList<>();
        try (InputStream in = FoldTableGenerator.class.getResourceAsStream("/search/opencc/" + file)) {
            if (in == null) {
                throw new IOException("missing test resource search/opencc/" + file);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("[\\t ]+");
                // only single-character entries: the fold works character by character
                boolean allSingle = true;
                for (String part : parts) {
                    allSingle &= part.codePointCount(0, part.length()) == 1;
                }
                if (allSingle && parts.length > 1) {
                    entries.add(parts);
                }
            }
        }
        return entries;
    }

    static String render(Map<Integer, Integer> fold) {
        StringBuilder out = new StringBuilder();
        out.append("# Character fold for search: variant -> class representative. Generated by\n")
                .append("# src/test/java/org/duidu/search/FoldTableGenerator.java from ICU Traditional-Simplified\n")
                .append("# and OpenCC's character tables; do not edit by hand.\n");
        fold.forEach((from, to) -> out.appendCodePoint(from).append('\t').appendCodePoint(to).append('\n'));
        return out.toString();
    }
}
