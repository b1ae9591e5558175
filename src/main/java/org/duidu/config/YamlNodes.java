package org.duidu.config;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duidu.model.SourceSpan;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * YAML read as nodes, so that every problem in {@code duidu.yaml}, {@code glossary.yaml} and sidecars
 * can name its line and column. Only the safe constructor is used: no tag can create objects.
 */
public final class YamlNodes {
    private YamlNodes() {
    }

    /** A YAML file that is not what it should be, with where. */
    public static final class ShapeError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourceSpan span;

        /** A problem at {@code span}. */
        public ShapeError(SourceSpan span, String message) {
            super(message);
            this.span = span;
        }

        /** Where the problem is. */
        public SourceSpan span() {
            return span;
        }
    }

    /**
     * Parses a document into its root node (empty for an empty document).
     *
     * @param file the file's name as diagnostics show it
     * @throws ShapeError on a YAML syntax error
     */
    public static Optional<Node> compose(String file, String text) {
        try {
            return Optional.ofNullable(new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new ShapeError(new SourceSpan(file, mark.getLine() + 1, mark.getColumn() + 1), "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ShapeError(SourceSpan.wholeFile(file), "invalid YAML: " + e.getMessage());
        }
    }

    /** Where a node starts. */
    public static SourceSpan span(String file, Node node) {
        return new SourceSpan(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    /** The text of a scalar node. */
    public static String scalar(String file, Node node) {
        if (!(node instanceof ScalarNode s)) {
            throw new ShapeError(span(file, node), "expected a text value");
        }
        return s.getValue();
    }

    /**
     * The entries of a mapping node, in order; a key outside {@code known} is an error at that key.
     *
     * @param what what the mapping is, for the message ("a mapping of settings")
     */
    public static Map<String, Node> mapping(String file, Node node, Set<String> known, String what) {
        if (!(node instanceof MappingNode map)) {
            throw new ShapeError(span(file, node), "expected " + what);
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(file, t.getKeyNode());
            if (!known.contains(key)) {
                throw new ShapeError(span(file, t.getKeyNode()), "unknown key '" + key + "' (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
            values.put(key, t.getValueNode());
        }
        return values;
    }
}
