package org.duidu.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duidu.diag.DuiduException;
import org.duidu.model.ConversionRule;
import org.duidu.model.Edition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code duidu.yaml} and {@code glossary.yaml} of a site project. Both are optional; unknown
 * keys and wrong types are errors naming the file and line, so a typo never goes unnoticed.
 */
public final class ConfigLoader {
    private static final Set<String> SITE_KEYS = Set.of("title", "baseUrl", "defaultEdition", "hant");
    private static final String DEFAULT_TITLE = "對讀 Duidu";

    private ConfigLoader() {
    }

    /**
     * Loads the configuration of the site in {@code siteDir}, publishing to {@code outDir}.
     *
     * @throws DuiduException when a file is unreadable or invalid
     */
    public static SiteConfig load(Path siteDir, Path outDir) {
        Path configFile = siteDir.resolve("duidu.yaml");
        Map<String, Object> map = Files.isRegularFile(configFile) ? readMap(siteDir, configFile) : Map.of();
        for (String key : map.keySet()) {
            if (!SITE_KEYS.contains(key)) {
                throw new DuiduException(configFile.getFileName() + ": unknown key '" + key + "' (known: "
                        + String.join(", ", SITE_KEYS.stream().sorted().toList()) + ")");
            }
        }
        String title = string(map, "title", DEFAULT_TITLE, configFile);
        String baseUrl = string(map, "baseUrl", "", configFile);
        if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new DuiduException(configFile.getFileName() + ": baseUrl must be an absolute http(s) URL such as"
                    + " https://example.org/interviews/, got '" + baseUrl + "'");
        }
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        Edition defaultEdition;
        try {
            defaultEdition = Edition.parse(string(map, "defaultEdition", "zh-Hant", configFile));
        } catch (IllegalArgumentException e) {
            throw new DuiduException(configFile.getFileName() + ": defaultEdition: " + e.getMessage());
        }
        String hant = string(map, "hant", "tw", configFile).toLowerCase(java.util.Locale.ROOT);
        HantStandard standard = switch (hant) {
            case "tw", "taiwan" -> HantStandard.TAIWAN;
            case "hk", "hongkong", "hong-kong" -> HantStandard.HONG_KONG;
            default -> throw new DuiduException(configFile.getFileName() + ": hant: expected tw or hk, got '" + hant + "'");
        };
        List<ConversionRule> glossary = loadGlossary(siteDir);
        return new SiteConfig(siteDir, outDir, title, baseUrl, defaultEdition, standard, glossary, false, false);
    }

    /**
     * Reads {@code glossary.yaml}: a list of {@code {zh-hans: …, zh-hant: …}} entries (or {@code {keep: …}}
     * for a word no edition may change).
     */
    static List<ConversionRule> loadGlossary(Path siteDir) {
        Path file = siteDir.resolve("glossary.yaml");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Object root = parse(siteDir, file);
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof List<?> list)) {
            throw new DuiduException("glossary.yaml: expected a list of {zh-hans, zh-hant} entries");
        }
        List<ConversionRule> rules = new ArrayList<>();
        int n = 0;
        for (Object item : list) {
            n++;
            rules.add(YamlRules.rule(item, "glossary.yaml entry " + n));
        }
        return rules;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readMap(Path siteDir, Path file) {
        Object root = parse(siteDir, file);
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?>)) {
            throw new DuiduException(siteDir.relativize(file) + ": expected a mapping of settings");
        }
        return (Map<String, Object>) root;
    }

    static Object parse(Path siteDir, Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new DuiduException(siteDir.relativize(file) + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1)
                    + ": error: yaml: " + e.getProblem());
        } catch (YAMLException e) {
            throw new DuiduException(siteDir.relativize(file) + ": error: yaml: " + e.getMessage());
        } catch (IOException e) {
            throw new DuiduException(siteDir.relativize(file) + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String string(Map<String, Object> map, String key, String fallback, Path file) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String) && !(v instanceof Number)) {
            throw new DuiduException(file.getFileName() + ": " + key + ": expected text");
        }
        return v.toString();
    }
}
