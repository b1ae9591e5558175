package org.duidu.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.duidu.diag.Diagnostics;

/**
 * Splits a Markdown seed into blocks with commonmark-java: each paragraph and each list item is one
 * block; emphasis and links are reduced to their text; raw HTML is kept as literal text (content is
 * untrusted and never passed through as markup). The first level-1 heading is the title.
 */
final class MarkdownBlocks {
    private static final char SOFT_BREAK = '\u0000';
    /** Deepest nesting of quotes and list items a seed may have. */
    static final int MAX_LEVELS = 32;
    /** Deepest nesting of Markdown nodes of any kind (blocks and inlines together). */
    static final int MAX_NODE_DEPTH = 128;
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownBlocks() {
    }

    /** The blocks and the title heading, if any. */
    record Result(List<SourceBlock> blocks, Optional<String> title) {
    }

    /**
     * Splits a Markdown seed into blocks.
     *
     * @return the blocks, or empty when the document nests deeper than {@link #MAX_DEPTH} (reported)
     */
    static Optional<Result> split(String file, String markdown, Diagnostics diagnostics) {
        Node document = PARSER.parse(markdown);
        Optional<Node> tooDeep = tooDeep(document);
        if (tooDeep.isPresent()) {
            List<SourceSpan> spans = tooDeep.get().getSourceSpans();
            org.duidu.model.SourceSpan at = spans.isEmpty() ? new org.duidu.model.SourceSpan(file, 1, 1)
                    : new org.duidu.model.SourceSpan(file, spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
            diagnostics.error("too-deep", at, "Markdown nested more than " + MAX_LEVELS
                    + " levels deep here (quotes in quotes, lists in lists, emphasis in emphasis); a transcript needs a few at most");
            return Optional.empty();
        }
        return Optional.of(blocks(document));
    }

    /**
     * The first node nested too deeply: past {@link #MAX_LEVELS} quotes and list items, or past
     * {@link #MAX_NODE_DEPTH} nodes of any kind. Walked without recursion, so that 10,000 {@code >}
     * cannot overflow the stack before the visitors below (which recurse) see the tree.
     */
    private static Optional<Node> tooDeep(Node root) {
        Node n = root;
        int depth = 0;
        int levels = 0;
        while (n != null) {
            if (depth > MAX_NODE_DEPTH || levels > MAX_LEVELS) {
                return Optional.of(n);
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                depth++;
                levels += isLevel(n) ? 1 : 0;
                continue;
            }
            while (n != null && n.getNext() == null) {
                levels -= isLevel(n) ? 1 : 0;
                n = n.getParent();
                depth--;
            }
            if (n != null) {
                levels -= isLevel(n) ? 1 : 0;
                n = n.getNext();
                levels += n != null && isLevel(n) ? 1 : 0;
            }
        }
        return Optional.empty();
    }

    /** A level of nesting as a writer sees it: a quote or a list item. */
    private static boolean isLevel(Node n) {
        return n instanceof BlockQuote || n instanceof ListItem;
    }

    private static Result blocks(Node document) {
        List<SourceBlock> blocks = new ArrayList<>();
        String[] title = {null};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1 && title[0] == null) {
                    title[0] = text(heading).strip();
                } else {
                    add(heading, false);
                }
            }

            @Override
            public void visit(Paragraph paragraph) {
                add(paragraph, paragraph.getParent() instanceof ListItem);
            }

            @Override
            public void visit(HtmlBlock html) {
                add(html, false);
            }

            private void add(Node block, boolean listItem) {
                String text = block instanceof HtmlBlock h ? h.getLiteral().strip() : text(block).strip();
                if (text.isEmpty()) {
                    return;
                }
                List<SourceSpan> spans = firstSpans(block);
                int line = spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
                int column = spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
                blocks.add(new SourceBlock(line, column, text, listItem));
            }
        });
        return new Result(blocks, Optional.ofNullable(title[0]));
    }

    /** The spans of the first inline with text (so columns point at the text, past list markers). */
    private static List<SourceSpan> firstSpans(Node block) {
        for (Node n = block.getFirstChild(); n != null; n = n.getFirstChild() != null ? n.getFirstChild() : n.getNext()) {
            if (n instanceof Text && !n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans();
            }
        }
        return block.getSourceSpans();
    }

    /** The plain text of a block: Chinese lines joined without a space (Markdown soft breaks). */
    private static String text(Node block) {
        StringBuilder sb = new StringBuilder();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                sb.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                sb.append(SOFT_BREAK); // decided below, once the next character is known
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                sb.append(' ');
            }
        });
        StringBuilder out = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c != SOFT_BREAK) {
                out.append(c);
            } else if (!(out.length() > 0 && isCjk(out.charAt(out.length() - 1))) && !(i + 1 < sb.length() && isCjk(sb.charAt(i + 1)))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** Chinese characters and full-width punctuation: a line break between them is not a space. */
    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f')
                || (c >= '\uff00' && c <= '\uffef') || c == '“' || c == '”';
    }
}
