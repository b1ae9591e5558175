package org.duidu.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rule data files the stages ship as resources (label words, point patterns, annotation
 * patterns): UTF-8 lines, {@code #} comments and blank lines ignored.
 */
public final class RuleFile {
    private RuleFile() {
    }

    /**
     * The meaningful lines of a resource next to {@code owner}.
     *
     * @throws IllegalStateException when the resource is missing (a packaging bug, not user input)
     */
    public static List<String> lines(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in rule file " + owner.getPackageName() + "/" + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
