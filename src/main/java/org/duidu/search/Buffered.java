package org.duidu.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Buffered streams for one thread, without the JDK's locks: {@code DataOutputStream.writeInt} makes
 * four one-byte writes and {@code DataInputStream.readInt} four one-byte reads, each of which takes
 * {@code BufferedOutputStream}'s or {@code BufferedInputStream}'s monitor. The static index's clean
 * build moves millions of postings entries through such calls (its spill files, the interviews'
 * records): those stream methods were a fifth of the spilling thread's samples (BENCHMARKS.md,
 * "Stop 21"). The bytes are the same.
 */
final class Buffered {
    private Buffered() {
    }

    /** An output stream buffering {@code size} bytes before writing them to {@code out}. */
    static OutputStream output(OutputStream out, int size) {
        return new Output(out, size);
    }

    /** An input stream reading {@code size} bytes at a time from {@code in}. */
    static InputStream input(InputStream in, int size) {
        return new Input(in, size);
    }

    private static final class Output extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer;
        private int count;

        Output(OutputStream out, int size) {
            this.out = out;
            this.buffer = new byte[size];
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                drain();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len >= buffer.length) {
                drain();
                out.write(b, off, len);
                return;
            }
            if (len > buffer.length - count) {
                drain();
            }
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }

        private void drain() throws IOException {
            if (count > 0) {
                out.write(buffer, 0, count);
                count = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try (OutputStream closing = out) {
                drain();
            }
        }
    }

    private static final class Input extends InputStream {
        private final InputStream in;
        private final byte[] buffer;
        private int position;
        private int limit;

        Input(InputStream in, int size) {
            this.in = in;
            this.buffer = new byte[size];
        }

        /** Whether bytes are buffered after filling; false at the end of the stream. */
        private boolean fill() throws IOException {
            if (position < limit) {
                return true;
            }
            int n = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        @Override
        public int read() throws IOException {
            return fill() ? buffer[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (position == limit && len >= buffer.length) {
                return in.read(b, off, len); // a large read bypasses the buffer
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, limit - position);
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n && fill()) {
                int step = (int) Math.min(n - skipped, limit - position);
                position += step;
                skipped += step;
            }
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (limit - position) + in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
