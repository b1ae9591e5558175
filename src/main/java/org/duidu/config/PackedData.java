package org.duidu.config;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The packed form of a built-in dictionary: made from its text sources when the jar is packaged
 * (see the {@code pack-dictionaries} execution in {@code pom.xml}), so a cold start copies arrays
 * instead of parsing a million lines into maps. A file is a sequence of sections (integer arrays,
 * byte arrays, string tables, key indexes), read back in the order they were written; every
 * number is big-endian.
 */
public final class PackedData {
    private static final int MAGIC = 0x44554432; // "DUD2": slots by Keys.hash (the first format, "DUDP", used String.hashCode)

    private PackedData() {
    }

    /** Reads a packed resource next to {@code owner}, which the build made. */
    public static Reader resource(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing packed dictionary " + owner.getPackageName() + "/" + name
                    + " (made when the jar is packaged: mvn package)");
        }
        return readAll(in, name);
    }

    /** Reads a packed file from a stream (closed afterwards); {@code name} names it in errors. */
    static Reader readAll(InputStream stream, String name) {
        try (InputStream in = stream) {
            ByteBuffer buffer = ByteBuffer.wrap(in.readAllBytes());
            if (buffer.remaining() < 4 || buffer.getInt() != MAGIC) {
                throw new IllegalStateException("packed dictionary " + name + " is not in Duidu's format");
            }
            return new Reader(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strings stored one after another as UTF-8, each decoded when asked for. */
    public static final class Strings {
        private final byte[] bytes;
        private final int[] starts;

        private Strings(byte[] bytes, int[] starts) {
            this.bytes = bytes;
            this.starts = starts;
        }

        /** The {@code i}-th string. */
        public String get(int i) {
            return new String(bytes, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
        }

        /** How many strings there are. */
        public int size() {
            return starts.length - 1;
        }
    }

    /**
     * Distinct keys with an open-addressing hash index (linear probing on {@link #hash}), each found
     * by its number in the order written.
     */
    public static final class Keys {
        private final char[] chars;
        private final int[] starts;
        /** Key number + 1 at each slot, 0 for an empty slot; the length is a power of two. */
        private final int[] slots;

        private Keys(char[] chars, int[] starts, int[] slots) {
            this.chars = chars;
            this.starts = starts;
            this.slots = slots;
        }

        /** The number of {@code key}, or -1 when it is not one of the keys. */
        public int find(String key) {
            int mask = slots.length - 1;
            for (int slot = home(hash(key), mask); ; slot = (slot + 1) & mask) {
                int k = slots[slot] - 1;
                if (k < 0) {
                    return -1;
                }
                if (equals(k, key)) {
                    return k;
                }
            }
        }

        /**
         * The number of the key {@code text[from, from + length)}, or -1; {@code hash} is that key's
         * {@link #hash} (a caller extending a match one character at a time keeps it going with {@link #step}).
         */
        public int find(char[] text, int from, int length, int hash) {
            int mask = slots.length - 1;
            for (int slot = home(hash, mask); ; slot = (slot + 1) & mask) {
                int k = slots[slot] - 1;
                if (k < 0) {
                    return -1;
                }
                if (starts[k + 1] - starts[k] == length && Arrays.equals(chars, starts[k], starts[k + 1], text, from, from + length)) {
                    return k;
                }
            }
        }

        /**
         * The number of the key spelled by {@code codePoints[from, from + length)}, or -1: the same
         * as {@code find(new String(codePoints, from, length))} without making the String (a longest
         * match tries several lengths at every position of a text).
         */
        public int find(int[] codePoints, int from, int length) {
            int hash = 0;
            int units = 0;
            for (int i = from; i < from + length; i++) {
                int cp = codePoints[i];
                if (Character.isBmpCodePoint(cp)) {
                    hash = step(hash, (char) cp);
                    units++;
                } else {
                    hash = step(step(hash, Character.highSurrogate(cp)), Character.lowSurrogate(cp));
                    units += 2;
                }
            }
            int mask = slots.length - 1;
            for (int slot = home(hash, mask); ; slot = (slot + 1) & mask) {
                int k = slots[slot] - 1;
                if (k < 0) {
                    return -1;
                }
                if (starts[k + 1] - starts[k] == units && spells(k, codePoints, from, length)) {
                    return k;
                }
            }
        }

        private boolean spells(int k, int[] codePoints, int from, int length) {
            int at = starts[k];
            for (int i = from; i < from + length; i++) {
                int cp = codePoints[i];
                if (Character.isBmpCodePoint(cp)) {
                    if (chars[at++] != cp) {
                        return false;
                    }
                } else if (chars[at++] != Character.highSurrogate(cp) || chars[at++] != Character.lowSurrogate(cp)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A key's hash: one {@link #step} per UTF-16 unit from 0. Not {@link String#hashCode}, whose
         * {@code 31·h + c} gives the same code to many pairs of CJK characters (c runs over tens of
         * thousands of values, far more than 31): in CC-CEDICT's keys such collisions made most
         * probes of a lookup compare characters.
         */
        public static int hash(CharSequence key) {
            int hash = 0;
            for (int i = 0; i < key.length(); i++) {
                hash = step(hash, key.charAt(i));
            }
            return hash;
        }

        /** The hash of a key one unit longer: a caller extending a match one character at a time keeps it going. */
        public static int step(int hash, char unit) {
            return (hash + unit + 1) * 0x9E3779B9;
        }

        /** A key's first slot: the hash's high bits folded onto its low ones (a multiplicative hash's low bits are its weakest). */
        static int home(int hash, int mask) {
            return (hash ^ (hash >>> 16)) & mask;
        }

        private boolean equals(int k, String key) {
            int from = starts[k];
            int length = starts[k + 1] - from;
            if (length != key.length()) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (chars[from + i] != key.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The {@code k}-th key. */
        public String get(int k) {
            return new String(chars, starts[k], starts[k + 1] - starts[k]);
        }

        /** How many keys there are. */
        public int size() {
            return starts.length - 1;
        }
    }

    /** Reads the sections of a packed file in the order they were written. */
    public static final class Reader {
        private final ByteBuffer buffer;

        private Reader(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        /** The next single number. */
        public int integer() {
            return buffer.getInt();
        }

        /** The next integer array. */
        public int[] ints() {
            int[] out = new int[buffer.getInt()];
            buffer.asIntBuffer().get(out);
            buffer.position(buffer.position() + out.length * Integer.BYTES);
            return out;
        }

        /** The next byte array. */
        public byte[] bytes() {
            byte[] out = new byte[buffer.getInt()];
            buffer.get(out);
            return out;
        }

        /** The next character array. */
        public char[] chars() {
            char[] out = new char[buffer.getInt()];
            buffer.asCharBuffer().get(out);
            buffer.position(buffer.position() + out.length * Character.BYTES);
            return out;
        }

        /** The next string table. */
        public Strings strings() {
            byte[] bytes = bytes();
            return new Strings(bytes, ints());
        }

        /** The next key index. */
        public Keys keys() {
            char[] chars = chars();
            int[] starts = ints();
            return new Keys(chars, starts, ints());
        }
    }

    /** Writes a packed file (at build time). */
    public static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        /** A writer with the format's mark written. */
        public Writer() {
            integer(MAGIC);
        }

        /** Writes a single number. */
        public Writer integer(int value) {
            try {
                out.writeInt(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // in memory: does not happen
            }
            return this;
        }

        /** Writes an integer array. */
        public Writer ints(int[] values) {
            integer(values.length);
            for (int v : values) {
                integer(v);
            }
            return this;
        }

        /** Writes a character array. */
        public Writer chars(char[] values) {
            integer(values.length);
            for (char c : values) {
                try {
                    out.writeChar(c);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return this;
        }

        /** Writes a byte array. */
        public Writer bytes(byte[] values) {
            integer(values.length);
            bytes.writeBytes(values);
            return this;
        }

        /** Writes a string table. */
        public Writer strings(List<String> strings) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            int[] starts = new int[strings.size() + 1];
            for (int i = 0; i < strings.size(); i++) {
                all.writeBytes(strings.get(i).getBytes(StandardCharsets.UTF_8));
                starts[i + 1] = all.size();
            }
            bytes(all.toByteArray());
            return ints(starts);
        }

        /** Writes distinct keys with their hash index; {@link Keys#find} gives a key's position in the list. */
        public Writer keys(List<String> keys) {
            StringBuilder all = new StringBuilder();
            int[] starts = new int[keys.size() + 1];
            for (int i = 0; i < keys.size(); i++) {
                all.append(keys.get(i));
                starts[i + 1] = all.length();
            }
            int size = Integer.highestOneBit(Math.max(2, keys.size() * 2) - 1) << 1; // load factor at most 1/2
            int[] slots = new int[size];
            for (int k = 0; k < keys.size(); k++) {
                int slot = Keys.home(Keys.hash(keys.get(k)), size - 1);
                while (slots[slot] != 0) {
                    if (keys.get(slots[slot] - 1).equals(keys.get(k))) {
                        throw new IllegalArgumentException("duplicate key " + keys.get(k));
                    }
                    slot = (slot + 1) & (size - 1);
                }
                slots[slot] = k + 1;
            }
            chars(all.toString().toCharArray());
            ints(starts);
            return ints(slots);
        }

        /** Writes everything to {@code target}. */
        public void writeTo(OutputStream target) throws IOException {
            out.flush();
            bytes.writeTo(target);
        }
    }
}
