package org.duidu.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.duidu.publish.OutputTree;

/**
 * Replaces what stands between two markers of a page already written, streaming: the pinyin
 * reading page of a 20 MB seed is hundreds of megabytes, and read into a string (then copied with
 * its new block) it did not fit in 512 MB (issue 9). Markers are ASCII, so byte offsets in the UTF-8
 * file are as good as character offsets in its text.
 */
final class RelatedBlock {
    /** A block longer than this is not compared byte by byte: it is simply written again. */
    private static final int COMPARED = 1 << 20;
    /**
     * The block stands near the end of a page (after the text, before the footer): the markers are
     * looked for in this many last bytes first, and in the whole page only when they are not there
     * in order. Only a template writes them (text is escaped), so a page has them once.
     */
    static final int TAIL = 1 << 16;
    /** The first, smaller window: the default templates put the block about 2 KB before the end. */
    static final int NEAR = 1 << 13;

    private RelatedBlock() {
    }

    /**
     * Writes {@code file} again to {@code out} at {@code path} with {@code block} between the first
     * {@code start} and the first {@code end} marker, unless it is there already or the page has no
     * such markers in that order.
     *
     * @param fresh whether this build wrote the page (a new file nothing else links to): then the block
     *              and the little after it are written in place, as the page is not published yet,
     *              instead of copying the whole page (a cold build fills four pages of every interview)
     * @return whether the page was written
     */
    static boolean replace(Path file, String start, String end, String block, OutputTree out, String path, boolean fresh)
            throws IOException {
        long[] at = locate(file, start, end);
        if (at.length == 0) {
            return false; // a site's own interview.ftlh without the block
        }
        long from = at[0];
        long to = at[1];
        byte[] next = block.getBytes(StandardCharsets.UTF_8);
        try (FileChannel in = FileChannel.open(file)) {
            if (to - from <= COMPARED && to - from == next.length) {
                byte[] now = new byte[next.length];
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(now);
                while (buffer.hasRemaining() && in.read(buffer, from + buffer.position()) >= 0) {
                    // reads until the block is in
                }
                if (Arrays.equals(now, next)) {
                    return false;
                }
            }
            if (fresh && in.size() - to <= TAIL && linkCount(file) == 1) {
                rewriteInPlace(file, from, to, next);
                return true;
            }
            // the new file is a temporary one renamed over the page when closed (OutputTree): reading the old one meanwhile is safe
            try (OutputStream o = out.open(path)) {
                WritableByteChannel sink = Channels.newChannel(o);
                copy(in, 0, from, sink);
                o.write(next);
                copy(in, to, in.size() - to, sink);
            }
        }
        return true;
    }

    /** What stands between the markers, when the page has them in order. */
    static java.util.Optional<String> read(Path file, String start, String end) throws IOException {
        long[] at = locate(file, start, end);
        if (at.length == 0 || at[1] - at[0] > COMPARED) {
            return java.util.Optional.empty();
        }
        byte[] block = new byte[(int) (at[1] - at[0])];
        try (FileChannel in = FileChannel.open(file)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(block);
            while (buffer.hasRemaining() && in.read(buffer, at[0] + buffer.position()) >= 0) {
                // reads until the block is in
            }
        }
        return java.util.Optional.of(new String(block, StandardCharsets.UTF_8));
    }

    /** The byte range between the first start and the first end marker after it; empty when there is none. */
    private static long[] locate(Path file, String start, String end) throws IOException {
        byte[] open = start.getBytes(StandardCharsets.US_ASCII);
        byte[] close = end.getBytes(StandardCharsets.US_ASCII);
        long size = Files.size(file);
        long[] at = {-1, -1};
        for (long window : new long[] {NEAR, TAIL, size}) { // the block is usually a couple of KB from the end
            if (at[0] < 0 || at[1] < at[0]) {
                at = find(file, Math.max(0, size - window), open, close);
            }
            if (window >= size) {
                break;
            }
        }
        return at[0] < 0 || at[1] < at[0] ? new long[0] : new long[] {at[0] + open.length, at[1]};
    }

    /** Writes {@code block} over {@code [from, to)} of the file, moving what follows (a few KB) after it. */
    private static void rewriteInPlace(Path file, long from, long to, byte[] block) throws IOException {
        try (FileChannel page = FileChannel.open(file, java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) (page.size() - to));
            while (tail.hasRemaining() && page.read(tail, to + tail.position()) >= 0) {
                // reads the rest of the page
            }
            tail.flip();
            long at = from;
            for (java.nio.ByteBuffer part : new java.nio.ByteBuffer[] {java.nio.ByteBuffer.wrap(block), tail}) {
                while (part.hasRemaining()) {
                    at += page.write(part, at);
                }
            }
            page.truncate(at);
        }
    }

    /** How many names the file has; 0 where the file system does not say (so it is never changed in place). */
    static int linkCount(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 0;
        }
    }

    private static void copy(FileChannel in, long position, long count, WritableByteChannel sink) throws IOException {
        for (long done = 0; done < count; ) {
            done += in.transferTo(position + done, count - done, sink);
        }
    }

    /**
     * The offset of the first occurrence of each needle in the file's bytes from offset {@code from}
     * on (offsets from the file's start), -1 where there is none (Knuth–Morris–Pratt, one pass).
     */
    static long[] find(Path file, long from, byte[]... needles) throws IOException {
        int[][] fail = new int[needles.length][];
        for (int n = 0; n < needles.length; n++) {
            fail[n] = failure(needles[n]);
        }
        int[] matched = new int[needles.length];
        long[] found = new long[needles.length];
        Arrays.fill(found, -1);
        int missing = needles.length;
        // read straight into one small buffer: this runs for four pages of every interview of a cold build
        try (InputStream in = Channels.newInputStream(FileChannel.open(file).position(from))) {
            byte[] buffer = new byte[1 << 14];
            long position = from;
            for (int read; missing > 0 && (read = in.read(buffer)) > 0; position += read) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (idle(matched, needles, b)) {
                        continue; // no needle under way and none starts here: most bytes of a page
                    }
                    for (int n = 0; n < needles.length; n++) {
                        if (found[n] >= 0) {
                            continue;
                        }
                        byte[] needle = needles[n];
                        int k = matched[n];
                        while (k > 0 && needle[k] != b) {
                            k = fail[n][k - 1];
                        }
                        if (needle[k] == b) {
                            k++;
                        }
                        if (k == needle.length) {
                            found[n] = position + i - needle.length + 1;
                            missing--;
                        }
                        matched[n] = k;
                    }
                }
            }
        }
        return found;
    }

    private static boolean idle(int[] matched, byte[][] needles, byte b) {
        for (int n = 0; n < needles.length; n++) {
            if (matched[n] != 0 || needles[n][0] == b) {
                return false;
            }
        }
        return true;
    }

    private static int[] failure(byte[] needle) {
        int[] fail = new int[needle.length];
        for (int i = 1, k = 0; i < needle.length; i++) {
            while (k > 0 && needle[i] != needle[k]) {
                k = fail[k - 1];
            }
            if (needle[i] == needle[k]) {
                k++;
            }
            fail[i] = k;
        }
        return fail;
    }
}
