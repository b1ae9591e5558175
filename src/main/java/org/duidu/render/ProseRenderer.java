package org.duidu.render;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a prose page ({@code pages/about.md}) with commonmark. Its Markdown is content, so it is
 * treated as untrusted: raw HTML is escaped (shown as text, never interpreted), link targets with
 * unsafe schemes ({@code javascript:}) are dropped, and images from elsewhere become plain links,
 * because the site never makes a request that leaves it.
 */
final class ProseRenderer {
    /** A URL that names a scheme or a host: anything not on this site. */
    private static final Pattern OFF_SITE = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /**
     * Renders one page.
     *
     * @param name     the page's name (its file name without {@code .md})
     * @param markdown its text
     * @return the page with its title (its first heading's text, else the name) and HTML body
     */
    Views.Prose render(String name, String markdown) {
        Node document = parser.parse(markdown);
        OffSiteImages images = new OffSiteImages();
        document.accept(images);
        images.replace();
        TitleFinder title = new TitleFinder();
        document.accept(title);
        return new Views.Prose(name, title.text.isEmpty() ? name : title.text.toString(), renderer.render(document));
    }

    /** Collects images whose source is off the site, to turn them into links after the walk. */
    private static final class OffSiteImages extends AbstractVisitor {
        private final java.util.List<Image> found = new java.util.ArrayList<>();

        @Override
        public void visit(Image image) {
            if (OFF_SITE.matcher(image.getDestination()).find()) {
                found.add(image);
            }
        }

        void replace() {
            for (Image image : found) {
                Link link = new Link(image.getDestination(), image.getTitle());
                Node child = image.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    link.appendChild(child);
                    child = next;
                }
                if (link.getFirstChild() == null) {
                    link.appendChild(new Text(image.getDestination()));
                }
                image.insertAfter(link);
                image.unlink();
            }
        }
    }

    /** The plain text of the first heading. */
    private static final class TitleFinder extends AbstractVisitor {
        private final StringBuilder text = new StringBuilder();
        private boolean inHeading;
        private boolean done;

        @Override
        public void visit(Heading heading) {
            if (done) {
                return;
            }
            inHeading = true;
            visitChildren(heading);
            inHeading = false;
            done = true;
        }

        @Override
        public void visit(Text t) {
            if (inHeading) {
                text.append(t.getLiteral());
            }
        }

        @Override
        public void visit(org.commonmark.node.Code code) {
            if (inHeading) {
                text.append(code.getLiteral());
            }
        }
    }
}
