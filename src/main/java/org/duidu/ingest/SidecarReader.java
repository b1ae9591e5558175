package org.duidu.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duidu.config.ConfigLoader;
import org.duidu.config.SiteFiles;
import org.duidu.config.YamlNodes;
import org.duidu.diag.Diagnostics;
import org.duidu.model.ConversionRule;
import org.duidu.model.Erratum;
import org.duidu.model.Person;
import org.duidu.model.PublicationDate;
import org.duidu.model.Sidecar;
import org.duidu.model.SourceSpan;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a seed's metadata: {@code seeds/<name>.yaml} next to it, or the YAML front matter of a
 * Markdown seed (the same keys, validated the same way). Unknown keys, keys given twice and wrong
 * shapes are errors with the file's line and column, so a misspelt {@code errata:} never silently does
 * nothing.
 */
final class SidecarReader {
    private static final Set<String> KEYS = Set.of("title", "date", "source", "sourceUrl", "slug", "interviewer",
            "encoding", "errata", "conversion", "people", "tags", "draft");
    private static final Set<String> PERSON_KEYS = Set.of("name", "role", "titles", "label");

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
        Optional<Path> escape = SiteFiles.escapes(siteDir, file);
        if (escape.isPresent()) {
            diagnostics.error("symlink-outside", SourceSpan.wholeFile(name), SiteFiles.escapeMessage(escape.get()));
            return Optional.empty();
        }
        try {
            return Optional.of(parse(name, YamlNodes.readUtf8(file, name)));
        } catch (YamlNodes.ShapeError e) {
            diagnostics.error("sidecar", e.span(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Parses metadata YAML (a sidecar's text, or front matter padded with blank lines so that its lines
     * are the seed's lines).
     *
     * @throws YamlNodes.ShapeError on any problem, with its place
     */
    static Sidecar parse(String name, String text) {
        Optional<Node> root = YamlNodes.compose(name, text);
        return root.isEmpty() ? Sidecar.none() : parse(name, root.get());
    }

    private static Sidecar parse(String name, Node root) {
        Map<String, Node> values = YamlNodes.mapping(name, root, KEYS, "a mapping of keys (title:, date:, errata: …)");
        return new Sidecar(opt(name, values, "title"), opt(name, values, "date").map(d -> date(name, values.get("date"), d)),
                opt(name, values, "source"), opt(name, values, "sourceUrl").map(u -> url(name, values.get("sourceUrl"), u)),
                opt(name, values, "slug").map(s -> slug(name, values.get("slug"), s)),
                opt(name, values, "interviewer"), opt(name, values, "encoding"),
                errata(name, values.get("errata")), rules(name, values.get("conversion")),
                people(name, values.get("people")), texts(name, values.get("tags"), "tags"), draft(name, values.get("draft")));
    }

    /** A real calendar date at day, month or year precision. */
    private static String date(String name, Node node, String value) {
        return PublicationDate.parse(value).map(PublicationDate::iso).orElseThrow(() -> new YamlNodes.ShapeError(YamlNodes.span(name, node),
                "date must be a real date written yyyy-mm-dd, or a month yyyy-mm, or a year yyyy; got '" + value + "'"));
    }

    private static boolean draft(String name, Node node) {
        if (node == null) {
            return false;
        }
        String value = YamlNodes.scalar(name, node);
        if (!value.equals("true") && !value.equals("false")) {
            throw new YamlNodes.ShapeError(YamlNodes.span(name, node), "draft must be true or false, got '" + value + "'");
        }
        return value.equals("true");
    }

    /** A list of texts ({@code [a, b]}) or one text. */
    private static List<String> texts(String name, Node node, String key) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                String value = YamlNodes.scalar(name, item).strip();
                if (value.isEmpty()) {
                    throw new YamlNodes.ShapeError(YamlNodes.span(name, item), key + ": an entry is empty");
                }
                out.add(value);
            }
            return out;
        }
        String value = YamlNodes.scalar(name, node).strip();
        return value.isEmpty() ? List.of() : List.of(value);
    }

    /**
     * {@code people: [{name: 周文, role: interviewee, titles: [作家], label: 答}, {name: 王平, role: interviewer}]};
     * an entry may also be just a name (an interviewee).
     */
    private static List<Person> people(String name, Node node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            throw new YamlNodes.ShapeError(YamlNodes.span(name, node), "people: expected a list of {name:, role:, titles:, label:}");
        }
        List<Person> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            int line = item.getStartMark().getLine() + 1;
            if (item instanceof ScalarNode) {
                out.add(new Person(nonEmpty(name, item, "name"), false, List.of(), Optional.empty(), line));
                continue;
            }
            Map<String, Node> fields = YamlNodes.mapping(name, item, PERSON_KEYS, "a person {name:, role:, titles:, label:}");
            if (!fields.containsKey("name")) {
                throw new YamlNodes.ShapeError(YamlNodes.span(name, item), "a person needs name:");
            }
            boolean interviewer = false;
            if (fields.containsKey("role")) {
                String role = YamlNodes.scalar(name, fields.get("role"));
                if (!role.equals("interviewer") && !role.equals("interviewee")) {
                    throw new YamlNodes.ShapeError(YamlNodes.span(name, fields.get("role")),
                            "role must be interviewee or interviewer, got '" + role + "'");
                }
                interviewer = role.equals("interviewer");
            }
            Optional<String> label = fields.containsKey("label") ? Optional.of(nonEmpty(name, fields.get("label"), "label")) : Optional.empty();
            out.add(new Person(nonEmpty(name, fields.get("name"), "name"), interviewer, texts(name, fields.get("titles"), "titles"),
                    label, line));
        }
        return out;
    }

    private static String nonEmpty(String name, Node node, String key) {
        String value = YamlNodes.scalar(name, node).strip();
        if (value.isEmpty()) {
            throw new YamlNodes.ShapeError(YamlNodes.span(name, node), key + " is empty");
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
            for (Map.Entry<String, Node> e : YamlNodes.mapping(name, m, Set.of("find", "replace", "note"),
                    "an erratum {find:, replace:, note:}").entrySet()) {
                fields.put(e.getKey(), YamlNodes.scalar(name, e.getValue()));
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
