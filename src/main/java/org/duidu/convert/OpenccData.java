package org.duidu.convert;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled OpenCC dictionaries (see {@code opencc/README.md}) and the project's correction tables,
 * each read at most once per instance. One instance belongs to one {@link Converter}.
 */
final class OpenccData {
    private final Map<String, Dictionary> tables = new ConcurrentHashMap<>();
    private final Map<String, Map<Character, Character>> reversed = new ConcurrentHashMap<>();

    /** A table under {@code org/duidu/convert/}, e.g. {@code opencc/STPhrases.txt}. */
    Dictionary table(String path) {
        return tables.computeIfAbsent(path, Dictionary::load);
    }

    /** The reverse of a character variants table, e.g. {@code opencc/TWVariants.txt}. */
    Map<Character, Character> reverse(String path) {
        return reversed.computeIfAbsent(path, Dictionary::reverseChars);
    }
}
