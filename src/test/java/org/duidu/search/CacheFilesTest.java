package org.duidu.search;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long text of the search cache is encoded and digested in pieces (issue 9: a 20 MB paragraph is
 * never copied whole); the pieces must give the bytes the JDK gives for the whole text.
 */
class CacheFilesTest {
    /**
     * Hand-made: ASCII, two- and three-byte characters, a surrogate pair (𠀀, U+20000) straddling
     * each 65,536-character piece boundary, and lone surrogates (which getBytes encodes as '?').
     */
    private static String longText() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 3 * 65_536 + 10) {
            b.append("a营é");
            if (b.length() % 65_536 > 65_500) {
                while (b.length() % 65_536 != 65_535) {
                    b.append('x');
                }
                b.append("\uD840\uDC00");
            }
        }
        b.append('\uD800').append("tail").append('\uDC00');
        return b.toString();
    }

    @Test
    void aLongTextIsWrittenAsTheBytesOfTheWholeText() throws IOException {
        String text = longText();
        assertThat(text.charAt(65_535)).isEqualTo('\uD840');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            InterviewRecord.writeString(out, text);
        }
        byte[] whole = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(expected)) {
            out.writeInt(whole.length);
            out.write(whole);
        }
        assertThat(bytes.toByteArray()).isEqualTo(expected.toByteArray());
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(InterviewRecord.readString(in)).isEqualTo(new String(whole, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLongTextIsDigestedAsTheBytesOfTheWholeText() {
        String text = longText();
        MessageDigest pieces = CacheFiles.sha256();
        CacheFiles.digestUtf8(pieces, text);
        assertThat(pieces.digest()).isEqualTo(CacheFiles.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(CacheFiles.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }
}
