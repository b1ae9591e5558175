package org.duidu.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the built-in correction tables: {@code corrections-hans.tsv} (applied when making zh-Hans)
 * and {@code corrections-hant.tsv} (applied when making zh-Hant). Columns: key, value, example,
 * expected example output; {@code #} starts a comment.
 */
final class Corrections {
    static final String HANS = "corrections-hans.tsv";
    static final String HANT = "corrections-hant.tsv";

    private Corrections() {
    }

    static List<Correction> read(String file) {
        List<Correction> out = new ArrayList<>();
        try (InputStream in = Corrections.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing correction table " + file + " in the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4 || f[0].isEmpty() || f[1].isEmpty()) {
                    throw new IllegalStateException(file + ":" + n + ": expected key, value, example, expected");
                }
                out.add(new Correction(f[0], f[1], f[2], f[3], file + ":" + n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read correction table " + file, e);
        }
        return out;
    }
}
