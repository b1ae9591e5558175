package org.duidu.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duidu.model.Aids;

/**
 * The dictionary slice of an interview as a script ({@code gloss/<slug>.js}): pages load it with
 * {@code <script src>}, which works from {@code file://} and under a strict CSP where fetching JSON
 * would not. It sets {@code window.duiduGloss} to {headword: [[pinyin, English], …]}, both scripts'
 * headwords as keys (CC-CEDICT, CC BY-SA 4.0).
 */
final class GlossScript {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GlossScript() {
    }

    static String of(Aids aids) {
        Map<String, List<List<String>>> words = new LinkedHashMap<>();
        for (Aids.Gloss g : aids.glosses()) {
            List<String> entry = List.of(g.pinyin(), g.english());
            add(words, g.hans(), entry);
            if (!g.hant().equals(g.hans())) {
                add(words, g.hant(), entry);
            }
        }
        try {
            // JSON is a JavaScript expression; escaping "<" and "/" is not needed outside HTML
            return "// CC-CEDICT (https://cc-cedict.org/, CC BY-SA 4.0): the entries of the words on these pages.\n"
                    + "window.duiduGloss = " + JSON.writeValueAsString(words) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings and lists always serialise", e);
        }
    }

    private static void add(Map<String, List<List<String>>> words, String headword, List<String> entry) {
        List<List<String>> entries = words.computeIfAbsent(headword, k -> new ArrayList<>(1));
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
    }
}
