package org.duidu.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A page's characters encoded as UTF-8 straight into a byte buffer. It writes the same bytes as
 * {@code new BufferedWriter(new OutputStreamWriter(out, UTF_8))}, a lone surrogate included (as
 * {@code '?'}, the JDK encoder's replacement), without going through a {@code CharsetEncoder} and
 * its char and byte buffers: for pages of Chinese text that encoder's general path took a quarter of
 * the render stage's time (BENCHMARKS.md, "Stop 21"). Not thread-safe: one page, one thread.
 */
final class Utf8Writer extends Writer {
    private static final int BUFFER = 16 * 1024;
    private static final int CHUNK = 2 * 1024;

    private final OutputStream out;
    private final byte[] bytes = new byte[BUFFER];
    /** A String's characters are copied here in chunks, so the encoding loop runs over an array. */
    private char[] chars;
    private int size;
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char high;
    private boolean closed;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (chars == null) {
            chars = new char[CHUNK];
        }
        chars[0] = (char) c;
        encode(chars, 0, 1);
    }

    @Override
    public void write(char[] text, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, text.length);
        encode(text, off, len);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, text.length());
        if (chars == null) {
            chars = new char[CHUNK];
        }
        for (int at = off, end = off + len; at < end; ) {
            int n = Math.min(CHUNK, end - at);
            text.getChars(at, at + n, chars, 0);
            encode(chars, 0, n);
            at += n;
        }
    }

    private void encode(char[] text, int off, int len) throws IOException {
        ensureOpen();
        byte[] b = bytes;
        int n = size;
        int end = off + len;
        int i = off;
        if (high != 0 && i < end) {
            // the low half of a pair split across two writes
            char c = text[i];
            if (Character.isLowSurrogate(c)) {
                n = flushIfFull(n, 4);
                n = putCodePoint(b, n, Character.toCodePoint(high, c));
                i++;
            } else {
                n = flushIfFull(n, 1);
                b[n++] = '?';
            }
            high = 0;
        }
        while (i < end) {
            if (n > BUFFER - 4) {
                n = flushIfFull(n, 4);
            }
            char c = text[i++];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                if (i == end) {
                    high = c;
                } else if (Character.isLowSurrogate(text[i])) {
                    n = putCodePoint(b, n, Character.toCodePoint(c, text[i++]));
                } else {
                    b[n++] = '?';
                }
            } else {
                b[n++] = '?'; // a low surrogate with no high one before it
            }
        }
        size = n;
    }

    private static int putCodePoint(byte[] b, int n, int cp) {
        b[n++] = (byte) (0xF0 | (cp >> 18));
        b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[n++] = (byte) (0x80 | (cp & 0x3F));
        return n;
    }

    /** Writes the buffer out when fewer than {@code room} bytes are free in it; the buffer's new size. */
    private int flushIfFull(int n, int room) throws IOException {
        if (n > BUFFER - room) {
            out.write(bytes, 0, n);
            return 0;
        }
        return n;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("page writer closed");
        }
    }

    @Override
    public void flush() throws IOException {
        ensureOpen();
        if (size > 0) {
            out.write(bytes, 0, size);
            size = 0;
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (high != 0) {
                high = 0;
                bytes[size++] = '?'; // a high surrogate the text ended on
            }
            if (size > 0) {
                out.write(bytes, 0, size);
                size = 0;
            }
        } finally {
            closed = true;
            out.close();
        }
    }
}
