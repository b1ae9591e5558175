package org.duidu.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duidu.config.ConfigLoader;
import org.duidu.config.YamlNodes;
import org.duidu.diag.Diagnostics;
import org.duidu.model.ConversionRule;
import org.duidu.model.Erratum;
import org.duidu.model.Sidecar;
import org.duidu.model.SourceSpan;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code seeds/<name>.yaml}. Unknown keys and wrong shapes are errors with the sidecar's line and
 * column, so a misspelt {@code errata:} never silently does nothing.
 */
final class SidecarReader {
    private static final Set<String> KEYS = Set.of("title", "date", "source", "sourceUrl", "slug", "interviewer",
            "encoding", "errata", "conversion");

    private SidecarReader() {
    }

    static Path sidecarOf(Path seed) {
        String name = seed.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return seed.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".yaml");
    }

    static Optional<Sidecar> read(Path siteDir, Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return Optional.of(Sidecar.none());
        }
        String name = siteDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            diagnostics.error("sidecar", SourceSpan.wholeFile(name), "cannot read the sidecar: " + e.getMessage());
            return Optional.empty();
        }
        try {
            Optional<Node> root = YamlNodes.compose(name, text);
            return Optional.of(root.isEmpty() ? Sidecar.none() : parse(name, root.get()));
        } catch (YamlNodes.ShapeError e) {
            diagnostics.error("sidecar", e.span(), e.getMessage());
            return Optional.empty();
        }
    }

    private static Sidecar parse(String name, Node root) {
        Map<String, Node> values = YamlNodes.mapping(name, root, KEYS, "a mapping of keys (title:, date:, errata: …)");
        return new Sidecar(opt(name, values, "title"), opt(name, values, "date").map(d -> date(name, values.get("date"), d)),
                opt(name, values, "source"), opt(name, values, "sourceUrl").map(u -> url(name, values.get("sourceUrl"), u)),
                opt(name, values, "slug").map(s -> slug(name, values.get("slug"), s)),
                opt(name, values, "interviewer"), opt(name, values, "encoding"),
                errata(name, values.get("errata")), rules(name, values.get("conversion")));
    }

    private static String date(String name, Node node, String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new YamlNodes.ShapeError(YamlNodes.span(name, node), "date must be written yyyy-mm-dd, got '" + value + "'");
        }
        return value;
    }

    /** Only web addresses: a {@code javascript:} or {@code data:} link in a sidecar must never reach a page. */
    private static String url(String name, Node node, String value) {
        try {
            java.net.URI uri = new java.net.URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new YamlNodes.ShapeError(YamlNodes.span(name, node), "sourceUrl must be an absolute http or https address, got '" + value + "'");
    }

    /** A slug names output files: letters, digits, '-' and '_' only, so it can never leave its directory. */
    private static String slug(String name, Node node, String value) {
        if (!value.matches("[\\p{L}\\p{N}_-]+")) {
            throw new YamlNodes.ShapeError(YamlNodes.span(name, node), "slug may hold only letters, digits, '-' and '_', got '" + value + "'");
        }
        return value;
    }

    private static List<Erratum> errata(String name, Node node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            throw new YamlNodes.ShapeError(YamlNodes.span(name, node), "errata: expected a list of {find:, replace:, note:}");
        }
        List<Erratum> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                throw new YamlNodes.ShapeError(YamlNodes.span(name, item), "erratum: expected {find:, replace:, note:}");
            }
            Map<String, String> fields = new java.util.HashMap<>();
            for (NodeTuple t : m.getValue()) {
                String key = YamlNodes.scalar(name, t.getKeyNode());
                if (!Set.of("find", "replace", "note").contains(key)) {
                    throw new YamlNodes.ShapeError(YamlNodes.span(name, t.getKeyNode()), "erratum: unknown key '" + key + "' (known: find, replace, note)");
                }
                fields.put(key, YamlNodes.scalar(name, t.getValueNode()));
            }
            if (fields.getOrDefault("find", "").isEmpty() || !fields.containsKey("replace")) {
                throw new YamlNodes.ShapeError(YamlNodes.span(name, item), "erratum: needs find: and replace:");
            }
            out.add(new Erratum(fields.get("find"), fields.get("replace"), fields.getOrDefault("note", ""),
                    item.getStartMark().getLine() + 1));
        }
        return out;
    }

    private static List<ConversionRule> rules(String name, Node node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            throw new YamlNodes.ShapeError(YamlNodes.span(name, node), "conversion: expected a list of {zh-hans:, zh-hant:} or {keep:}");
        }
        List<ConversionRule> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(ConfigLoader.rule(name, item));
        }
        return out;
    }

    private static Optional<String> opt(String name, Map<String, Node> values, String key) {
        Node node = values.get(key);
        return node == null ? Optional.empty() : Optional.of(YamlNodes.scalar(name, node)).filter(s -> !s.isBlank());
    }

}
