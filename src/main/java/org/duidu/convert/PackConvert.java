package org.duidu.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duidu.config.PackedData;

/**
 * Build-time tool (run by Maven after compiling, see {@code pom.xml}): compiles the {@link Tables}
 * of every {@link Target} from the OpenCC text dictionaries and the correction tables, and packs
 * them into the form {@link PackedPhrases} loads, so that a cold start copies arrays instead of
 * reading, composing and indexing 50,000 phrases. The sources stay the committed text files.
 */
public final class PackConvert {
    private PackConvert() {
    }

    /**
     * Writes {@code org/duidu/convert/tables-TARGET.bin} for every target and the script detector's
     * {@code scripts.bin} under a class-path directory.
     *
     * @param args the directory (Maven's {@code target/classes})
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve("org/duidu/convert");
        Files.createDirectories(dir);
        OpenccData data = new OpenccData();
        for (Target target : Target.values()) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(PackedPhrases.resource(target)))) {
                pack(Tables.build(data, target)).writeTo(out);
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(ScriptDetector.PACKED))) {
            ScriptDetector.pack(data).writeTo(out);
        }
    }

    /**
     * One target's tables: the normalizer (empty for none); every phrase key and every proper prefix
     * of one (a node) with its output (-1 for a prefix only) and whether a longer key starts with
     * it; the outputs; the one-character map over all UTF-16 units (0 for none).
     */
    static PackedData.Writer pack(Tables tables) {
        Map<String, Boolean> prefix = new LinkedHashMap<>();
        tables.phrases().keySet().stream().filter(k -> !k.isEmpty()).forEach(k -> prefix.put(k, false));
        for (String key : tables.phrases().keySet()) {
            for (int end = 1; end < key.length(); end++) {
                prefix.put(key.substring(0, end), true);
            }
        }
        List<String> nodes = new ArrayList<>(prefix.keySet());
        List<String> outputs = new ArrayList<>();
        int[] values = new int[nodes.size()];
        byte[] prefixes = new byte[nodes.size()];
        for (int n = 0; n < nodes.size(); n++) {
            String output = tables.phrases().get(nodes.get(n));
            values[n] = output == null ? -1 : outputs.size();
            if (output != null) {
                outputs.add(output);
            }
            prefixes[n] = (byte) (prefix.get(nodes.get(n)) ? 1 : 0);
        }
        char[] chars = new char[Character.MAX_VALUE + 1];
        tables.chars().forEach((k, v) -> chars[k] = v);
        char[] normalizer = tables.normalizer() == null ? new char[0] : tables.normalizer();
        return new PackedData.Writer().chars(normalizer).keys(nodes).ints(values).bytes(prefixes).strings(outputs).chars(chars);
    }
}
