package org.duidu.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One conversion table in OpenCC's text format: {@code KEY<TAB>VALUE [VALUE…]} a line, the first value
 * being the default; {@code #} starts a comment. Read from the classpath resources of this package.
 */
final class Dictionary {
    private final String name;
    private final Map<String, String[]> entries;

    private Dictionary(String name, Map<String, String[]> entries) {
        this.name = name;
        this.entries = entries;
    }

    /** Loads {@code org/duidu/convert/<path>} from the classpath. */
    static Dictionary load(String path) {
        try (InputStream in = Dictionary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing conversion table " + path + " in the jar");
            }
            return parse(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read conversion table " + path, e);
        }
    }

    static Dictionary parse(String name, BufferedReader reader) throws IOException {
        Map<String, String[]> map = new LinkedHashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            String key = line.substring(0, tab);
            map.put(key, values(line.substring(tab + 1)));
        }
        return new Dictionary(name, map);
    }

    /** Space-separated values (a hand-written split: a regex per line doubles the load time). */
    private static String[] values(String field) {
        String v = field.trim();
        if (v.indexOf(' ') < 0) {
            return new String[] {v};
        }
        return java.util.Arrays.stream(v.split(" ")).filter(x -> !x.isEmpty()).toArray(String[]::new);
    }

    String name() {
        return name;
    }

    Map<String, String[]> entries() {
        return entries;
    }

    /** The default value of every key. */
    Map<String, String> defaults() {
        Map<String, String> out = new LinkedHashMap<>(entries.size() * 2);
        entries.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    /**
     * Reverses a variants table (the way OpenCC's {@code reverse.py} builds {@code *VariantsRev.txt}):
     * every value maps back to its key; where several keys share a value, a
     * {@code # @reverse-prefer: VALUE KEY} comment in the source decides, otherwise the first wins.
     * Identity pairs are dropped.
     */
    static Map<Character, Character> reverseChars(String path) {
        Map<Character, Character> rev = new LinkedHashMap<>();
        Map<Character, Character> prefer = new LinkedHashMap<>();
        try (InputStream in = Dictionary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing conversion table " + path + " in the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# @reverse-prefer:")) {
                    String[] p = line.substring("# @reverse-prefer:".length()).trim().split(" +");
                    if (p.length == 2 && p[0].length() == 1 && p[1].length() == 1) {
                        prefer.put(p[0].charAt(0), p[1].charAt(0));
                    }
                    continue;
                }
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab != 1) {
                    continue;
                }
                char key = line.charAt(0);
                for (String v : line.substring(tab + 1).trim().split(" +")) {
                    if (v.length() == 1) {
                        rev.putIfAbsent(v.charAt(0), key);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read conversion table " + path, e);
        }
        rev.putAll(prefer);
        rev.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return rev;
    }
}
