package org.duidu.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Reads a YAML file as UTF-8 (a BOM is dropped). Bytes that are not UTF-8 are an error at their
     * line and column, not Java's "Input length = 1".
     *
     * @param file the file
     * @param name the file's name as diagnostics show it
     * @throws ShapeError when the file cannot be read or is not UTF-8
     */
    public static String readUtf8(Path file, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ShapeError(SourceSpan.wholeFile(name), "cannot read: " + e.getMessage());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        if (decoder.decode(in, out, true).isError()) {
            out.flip();
            String prefix = out.toString();
            int line = 1 + (int) prefix.chars().filter(c -> c == '\n').count();
            int lineStart = prefix.lastIndexOf('\n') + 1;
            int column = prefix.codePointCount(lineStart, prefix.length()) + 1;
            throw new ShapeError(new SourceSpan(name, line, column), "not valid UTF-8 here (byte offset " + in.position()
                    + "); save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
     * The entries of a mapping node, in order; a key outside {@code known}, or a key given twice, is an
     * error at that key.
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
            Node first = values.put(key, t.getValueNode());
            if (first != null) {
                throw duplicate(file, t.getKeyNode(), key, first);
            }
        }
        return values;
    }

    /**
     * The error for a key given twice in one mapping (YAML forbids it; SnakeYAML's node API lets it
     * through, and the later value would silently win).
     *
     * @param key        the key node of the second occurrence
     * @param firstValue the value node of the first occurrence
     */
    public static ShapeError duplicate(String file, Node key, String name, Node firstValue) {
        return new ShapeError(span(file, key), "duplicate key '" + name + "' (first given at line "
                + (firstValue.getStartMark().getLine() + 1) + ")");
    }
}
