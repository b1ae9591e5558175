package org.duidu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The lock-free buffers write what the JDK's buffered streams write and read back what was
 * written, whatever the buffer's size against the values (one byte, a few, larger than a value):
 * ints, longs and strings as the records and spill files hold them, in random sequences.
 */
class BufferedTest {
    /** A value written with DataOutputStream: an int, a long, a string (Chinese, long) or raw bytes. */
    record Value(int kind, long number, String text) {
        void write(DataOutputStream out) throws IOException {
            switch (kind) {
                case 0 -> out.writeInt((int) number);
                case 1 -> out.writeLong(number);
                case 2 -> InterviewRecord.writeString(out, text);
                default -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        void check(DataInputStream in) throws IOException {
            switch (kind) {
                case 0 -> assertThat(in.readInt()).isEqualTo((int) number);
                case 1 -> assertThat(in.readLong()).isEqualTo(number);
                case 2 -> assertThat(InterviewRecord.readString(in)).isEqualTo(text);
                default -> {
                    byte[] expected = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    byte[] read = new byte[expected.length];
                    in.readFully(read);
                    assertThat(read).isEqualTo(expected);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Value>> values() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u4e00', '\u9fff').withCharRange('0', 'z').ofMaxLength(300);
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.longs(), text)
                .as(Value::new).list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void writesTheJdkStreamsBytesAndReadsThemBack(@ForAll("values") List<Value> values, @ForAll @IntRange(min = 1, max = 700) int size)
            throws IOException {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(Buffered.output(ours, size))) {
            for (Value v : values) {
                v.write(out);
            }
        }
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(jdk, size))) {
            for (Value v : values) {
                v.write(out);
            }
        }
        assertThat(ours.toByteArray()).isEqualTo(jdk.toByteArray());
        try (DataInputStream in = new DataInputStream(Buffered.input(new ByteArrayInputStream(ours.toByteArray()), size))) {
            for (Value v : values) {
                v.check(in);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Property(tries = 100)
    void flushAndCloseReachTheUnderlyingStream(@ForAll @IntRange(min = 1, max = 64) int size) throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream target = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        OutputStream out = Buffered.output(target, size);
        out.write(new byte[] {1, 2, 3});
        out.flush();
        assertThat(bytes.toByteArray()).containsExactly(1, 2, 3);
        out.write(4);
        out.close();
        assertThat(bytes.toByteArray()).containsExactly(1, 2, 3, 4);
        assertThat(closed[0]).isTrue();
    }
}
