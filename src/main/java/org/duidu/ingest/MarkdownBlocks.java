package org.duidu.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
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

/**
 * Splits a Markdown seed into blocks with commonmark-java: each paragraph and each list item is one
 * block; emphasis and links are reduced to their text; raw HTML is kept as literal text (content is
 * untrusted and never passed through as markup). The first level-1 heading is the title.
 */
final class MarkdownBlocks {
    private static final char SOFT_BREAK = '\u0000';
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownBlocks() {
    }

    /** The blocks and the title heading, if any. */
    record Result(List<SourceBlock> blocks, Optional<String> title) {
    }

    static Result split(String markdown) {
        Node document = PARSER.parse(markdown);
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
