package org.duidu.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duidu.diag.Diagnostic;
import org.duidu.diag.DuiduException;
import org.duidu.diag.Severity;
import org.duidu.model.ConversionRule;
import org.duidu.model.Edition;
import org.duidu.model.SourceSpan;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code duidu.yaml} and {@code glossary.yaml} of a site project. Both are optional; unknown
 * keys and wrong values are errors naming the file, line and column, so a typo never goes unnoticed.
 */
public final class ConfigLoader {
    private static final Set<String> SITE_KEYS = Set.of("title", "baseUrl", "defaultEdition", "hant", "pageSize", "pinyinPages");
    private static final Set<String> RULE_KEYS = Set.of("keep", "zh-hans", "zh-hant");
    private static final String DEFAULT_TITLE = "對讀 Duidu";
    private static final String CONFIG = "duidu.yaml";
    private static final String GLOSSARY = "glossary.yaml";

    private ConfigLoader() {
    }

    /**
     * Loads the configuration of the site in {@code siteDir}, publishing to {@code outDir}.
     *
     * @throws DuiduException when a file is unreadable or invalid (with a diagnostic saying where)
     */
    public static SiteConfig load(Path siteDir, Path outDir) {
        try {
            Map<String, Node> map = read(siteDir.resolve(CONFIG), CONFIG)
                    .map(root -> YamlNodes.mapping(CONFIG, root, SITE_KEYS, "a mapping of settings (title:, baseUrl: …)"))
                    .orElse(Map.of());
            String title = text(map, "title").orElse(DEFAULT_TITLE);
            String baseUrl = text(map, "baseUrl").orElse("");
            if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
                throw new YamlNodes.ShapeError(YamlNodes.span(CONFIG, map.get("baseUrl")), "baseUrl must be an absolute"
                        + " http(s) URL such as https://example.org/interviews/, got '" + baseUrl + "'");
            }
            if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
                baseUrl = baseUrl + "/";
            }
            Edition defaultEdition;
            try {
                defaultEdition = Edition.parse(text(map, "defaultEdition").orElse("zh-Hant"));
            } catch (IllegalArgumentException e) {
                throw new YamlNodes.ShapeError(YamlNodes.span(CONFIG, map.get("defaultEdition")), "defaultEdition: " + e.getMessage());
            }
            String hant = text(map, "hant").orElse("tw").toLowerCase(Locale.ROOT);
            HantStandard standard = switch (hant) {
                case "tw", "taiwan" -> HantStandard.TAIWAN;
                case "hk", "hongkong", "hong-kong" -> HantStandard.HONG_KONG;
                default -> throw new YamlNodes.ShapeError(YamlNodes.span(CONFIG, map.get("hant")), "hant: expected tw or hk, got '" + hant + "'");
            };
            int pageSize = SiteConfig.DEFAULT_PAGE_SIZE;
            if (text(map, "pageSize").isPresent()) {
                String size = text(map, "pageSize").get().strip();
                if (!size.matches("\\d{1,4}") || Integer.parseInt(size) < 1 || Integer.parseInt(size) > 1000) {
                    throw new YamlNodes.ShapeError(YamlNodes.span(CONFIG, map.get("pageSize")),
                            "pageSize: expected a whole number from 1 to 1000, got '" + size + "'");
                }
                pageSize = Integer.parseInt(size);
            }
            boolean pinyinPages = true;
            if (text(map, "pinyinPages").isPresent()) {
                String value = text(map, "pinyinPages").get().strip();
                if (!value.equals("true") && !value.equals("false")) {
                    throw new YamlNodes.ShapeError(YamlNodes.span(CONFIG, map.get("pinyinPages")),
                            "pinyinPages: expected true or false, got '" + value + "'");
                }
                pinyinPages = value.equals("true");
            }
            return new SiteConfig(siteDir, outDir, title, baseUrl, defaultEdition, standard, glossary(siteDir), false, false, false,
                    pageSize, pinyinPages);
        } catch (YamlNodes.ShapeError e) {
            Diagnostic d = new Diagnostic(Severity.ERROR, "config", e.span(), e.getMessage());
            throw new DuiduException("the site's settings are invalid", List.of(d));
        }
    }

    /**
     * Reads {@code glossary.yaml}: a list of {@code {zh-hans: …, zh-hant: …}} entries (or {@code {keep: …}}
     * for a word no edition may change). Each rule remembers its line for the conversion report.
     */
    private static List<ConversionRule> glossary(Path siteDir) {
        Optional<Node> root = read(siteDir.resolve(GLOSSARY), GLOSSARY);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof SequenceNode list)) {
            throw new YamlNodes.ShapeError(YamlNodes.span(GLOSSARY, root.get()), "expected a list of {zh-hans, zh-hant} entries");
        }
        List<ConversionRule> rules = new ArrayList<>();
        for (Node item : list.getValue()) {
            rules.add(rule(GLOSSARY, item));
        }
        return rules;
    }

    /**
     * One conversion rule, the same shape in {@code glossary.yaml} and in sidecars:
     * {@code {zh-hans: 着力, zh-hant: 著力}} or {@code {keep: 陳綠平}}.
     *
     * @throws YamlNodes.ShapeError when the shape is wrong
     */
    public static ConversionRule rule(String file, Node item) {
        SourceSpan at = YamlNodes.span(file, item);
        Map<String, Node> m = YamlNodes.mapping(file, item, RULE_KEYS, "{zh-hans: …, zh-hant: …} or {keep: …}");
        if (m.containsKey("keep")) {
            String keep = YamlNodes.scalar(file, m.get("keep"));
            return new ConversionRule(keep, keep, at.toString());
        }
        String hans = m.containsKey("zh-hans") ? YamlNodes.scalar(file, m.get("zh-hans")) : "";
        String hant = m.containsKey("zh-hant") ? YamlNodes.scalar(file, m.get("zh-hant")) : "";
        if (hans.isEmpty() || hant.isEmpty()) {
            throw new YamlNodes.ShapeError(at, "a conversion rule needs both zh-hans and zh-hant (or keep)");
        }
        return new ConversionRule(hans, hant, at.toString());
    }

    private static Optional<Node> read(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return YamlNodes.compose(name, YamlNodes.readUtf8(file, name));
    }

    private static Optional<String> text(Map<String, Node> map, String key) {
        Node node = map.get(key);
        return node == null ? Optional.empty() : Optional.of(YamlNodes.scalar(CONFIG, node)).filter(s -> !s.isBlank());
    }
}
