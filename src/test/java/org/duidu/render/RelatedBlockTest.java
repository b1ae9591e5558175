package org.duidu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.duidu.publish.OutputTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The related block replaced in a page on disk, streamed: pages written by hand here. */
class RelatedBlockTest {
    private static final String START = SiteRenderer.RELATED_START;
    private static final String END = SiteRenderer.RELATED_END;

    @TempDir
    Path dir;

    /** Writes into {@code dir/out}, so the page read ({@code dir/in}) and the page written are apart. */
    private final class Out implements OutputTree {
        @Override
        public void write(String path, byte[] content) throws IOException {
            Files.createDirectories(dir.resolve("out"));
            Files.write(dir.resolve("out").resolve(path), content);
        }

        @Override
        public OutputStream open(String path) throws IOException {
            Files.createDirectories(dir.resolve("out"));
            return Files.newOutputStream(dir.resolve("out").resolve(path));
        }

        @Override
        public void delete(String path) {
        }
    }

    private Path page(String text) throws IOException {
        Files.createDirectories(dir.resolve("in"));
        return Files.writeString(dir.resolve("in/p.html"), text, StandardCharsets.UTF_8);
    }

    private String written() throws IOException {
        return Files.readString(dir.resolve("out/p.html"));
    }

    @Test
    void theBlockBetweenTheMarkersIsReplacedAndTheRestKeptByteForByte() throws Exception {
        // the markers past the first 64 KB read, the text before them Han characters (3 bytes each in UTF-8)
        String before = "<p>訪談".repeat(20_000) + "<!--<!--duidu:rel";
        Path page = page(before + START + "<b>old</b>" + END + "<nav>下一篇</nav>");
        assertThat(RelatedBlock.replace(page, START, END, "<ul><li>相關</li></ul>", new Out(), "p.html", false)).isTrue();
        assertThat(written()).isEqualTo(before + START + "<ul><li>相關</li></ul>" + END + "<nav>下一篇</nav>");
    }

    @Test
    void markersFarFromTheEndAreFoundByReadingTheWholePage() throws Exception {
        // the block first, then more than the tail that is looked at first, with a marker-like text in it
        String after = "<footer>" + "註".repeat(RelatedBlock.TAIL) + "<!--duidu:rel</footer>";
        Path page = page("<p>a</p>" + START + "<b>old</b>" + END + after);
        assertThat(RelatedBlock.replace(page, START, END, "<ul>新</ul>", new Out(), "p.html", false)).isTrue();
        assertThat(written()).isEqualTo("<p>a</p>" + START + "<ul>新</ul>" + END + after);
    }

    @Test
    void markersNearTheEndOfALongPageAreFoundInItsTail() throws Exception {
        Path page = page("<p>長文</p>".repeat(40_000) + START + END + "<nav>下一篇</nav>");
        long size = Files.size(page);
        byte[] start = START.getBytes(StandardCharsets.US_ASCII);
        byte[] end = END.getBytes(StandardCharsets.US_ASCII);
        long[] inTail = RelatedBlock.find(page, size - RelatedBlock.TAIL, start, end);
        assertThat(inTail).containsExactly(RelatedBlock.find(page, 0, start, end));
        assertThat(inTail[0]).isGreaterThan(size - RelatedBlock.TAIL);
        assertThat(RelatedBlock.replace(page, START, END, "<ul>關</ul>", new Out(), "p.html", false)).isTrue();
        assertThat(written()).endsWith(START + "<ul>關</ul>" + END + "<nav>下一篇</nav>");
    }

    @Test
    void aPageThisBuildWroteIsFilledInPlaceAndOneLinkedElsewhereIsCopied() throws Exception {
        String before = "<p>訪談</p>".repeat(30_000);
        String after = "<footer>頁尾</footer>";
        Path page = page(before + START + "<b>old</b>" + END + after);
        assertThat(RelatedBlock.linkCount(page)).isEqualTo(1);
        assertThat(RelatedBlock.replace(page, START, END, "<ul><li>相關訪談</li></ul>", new Out(), "p.html", true)).isTrue();
        assertThat(dir.resolve("out/p.html")).doesNotExist(); // in place: nothing written through the tree
        assertThat(Files.readString(page)).isEqualTo(before + START + "<ul><li>相關訪談</li></ul>" + END + after);
        // shorter than before: the page is cut to its new length
        assertThat(RelatedBlock.replace(page, START, END, "", new Out(), "p.html", true)).isTrue();
        assertThat(Files.readString(page)).isEqualTo(before + START + END + after);

        // a page with a second name (the published generation's hard link) is never changed in place
        Path published = dir.resolve("published.html");
        Files.createLink(published, page);
        assertThat(RelatedBlock.replace(page, START, END, "<ul>新</ul>", new Out(), "p.html", true)).isTrue();
        assertThat(Files.readString(published)).isEqualTo(before + START + END + after);
        assertThat(written()).isEqualTo(before + START + "<ul>新</ul>" + END + after);
    }

    @Test
    void aPageWhoseBlockIsAlreadyThatIsNotWritten() throws Exception {
        Path page = page("<p>a</p>" + START + "<ul>同</ul>" + END + "<p>b</p>");
        assertThat(RelatedBlock.replace(page, START, END, "<ul>同</ul>", new Out(), "p.html", false)).isFalse();
        assertThat(dir.resolve("out/p.html")).doesNotExist();
    }

    @Test
    void aPageWithoutTheMarkersOrWithThemReversedIsLeftAlone() throws Exception {
        Path none = page("<p>a</p>");
        assertThat(RelatedBlock.replace(none, START, END, "<ul/>", new Out(), "p.html", false)).isFalse();
        Path reversed = page("<p>a</p>" + END + START);
        assertThat(RelatedBlock.replace(reversed, START, END, "<ul/>", new Out(), "p.html", false)).isFalse();
        assertThat(dir.resolve("out/p.html")).doesNotExist();
    }

    @Test
    void findGivesTheFirstOccurrenceOfEachNeedle() throws Exception {
        Path file = page("aabaabaaab--aaab");
        assertThat(RelatedBlock.find(file, 0, "aaab".getBytes(StandardCharsets.US_ASCII), "--".getBytes(StandardCharsets.US_ASCII),
                "zz".getBytes(StandardCharsets.US_ASCII))).containsExactly(6, 10, -1);
    }
}
