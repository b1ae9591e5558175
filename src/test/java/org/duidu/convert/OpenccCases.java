package org.duidu.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads OpenCC's test cases ({@code id<TAB>input<TAB>expected}) from {@code src/test/resources/convert/opencc-cases}. */
final class OpenccCases {
    record Case(String id, String input, String expected) {
    }

    private OpenccCases() {
    }

    static List<Case> read(String version, String config) {
        String path = "/convert/opencc-cases/" + version + "/" + config + ".tsv";
        try (InputStream in = OpenccCases.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Case> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length == 3) {
                    out.add(new Case(f[0], f[1], f[2]));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Target target(String config) {
        return switch (config) {
            case "t2s" -> Target.T2S;
            case "tw2s" -> Target.TW2S;
            case "hk2s" -> Target.HK2S;
            case "s2t" -> Target.S2T;
            case "s2tw" -> Target.HANT_TW;
            case "s2hk" -> Target.HANT_HK;
            default -> throw new IllegalArgumentException(config);
        };
    }
}
