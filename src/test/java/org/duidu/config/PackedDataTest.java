package org.duidu.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedDataTest {
    /** What a written file reads back as. */
    private static PackedData.Reader roundTrip(PackedData.Writer writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.writeTo(bytes);
        return PackedData.readAll(new ByteArrayInputStream(bytes.toByteArray()), "test.bin");
    }

    @Test
    void keysAreFoundByStringAndByCharacterRangeIncludingHashCollisions() throws IOException {
        // "Aa" and "BB" share a String hash code (not ours); 銀行 and 銀 are a key and its prefix; 𠀋 is supplementary
        List<String> keys = List.of("Aa", "BB", "銀行", "銀", "𠀋", "長期");
        PackedData.Reader r = roundTrip(new PackedData.Writer().integer(7).keys(keys).ints(new int[] {3, -1, 5})
                .strings(List.of("yín háng", "", "ASCII")).chars(new char[] {'行', 'a'}).bytes(new byte[] {1, 0}));
        assertThat(r.integer()).isEqualTo(7);
        PackedData.Keys k = r.keys();
        assertThat(k.size()).isEqualTo(6);
        for (int i = 0; i < keys.size(); i++) {
            assertThat(k.find(keys.get(i))).isEqualTo(i);
            assertThat(k.get(i)).isEqualTo(keys.get(i));
        }
        assertThat(k.find("Ab")).isEqualTo(-1);
        assertThat(k.find("銀行長")).isEqualTo(-1);
        assertThat(k.find("")).isEqualTo(-1);
        char[] text = "在銀行長期".toCharArray();
        assertThat(k.find(text, 1, 2, PackedData.Keys.hash("銀行"))).isEqualTo(2);
        assertThat(k.find(text, 1, 1, PackedData.Keys.hash("銀"))).isEqualTo(3);
        assertThat(k.find(text, 3, 2, PackedData.Keys.hash("長期"))).isEqualTo(5);
        assertThat(k.find(text, 2, 2, PackedData.Keys.hash("行長"))).isEqualTo(-1);
        int[] cps = "𠀋銀行長期Aa".codePoints().toArray();
        assertThat(k.find(cps, 0, 1)).isEqualTo(4);
        assertThat(k.find(cps, 1, 2)).isEqualTo(2);
        assertThat(k.find(cps, 1, 1)).isEqualTo(3);
        assertThat(k.find(cps, 3, 2)).isEqualTo(5);
        assertThat(k.find(cps, 5, 2)).isEqualTo(0);
        assertThat(k.find(cps, 0, 2)).isEqualTo(-1);
        assertThat(k.find(cps, 2, 2)).isEqualTo(-1);
        assertThat(k.find(cps, 1, 0)).isEqualTo(-1);
        assertThat(r.ints()).containsExactly(3, -1, 5);
        PackedData.Strings s = r.strings();
        assertThat(s.size()).isEqualTo(3);
        assertThat(List.of(s.get(0), s.get(1), s.get(2))).containsExactly("yín háng", "", "ASCII");
        assertThat(r.chars()).containsExactly('行', 'a');
        assertThat(r.bytes()).containsExactly(1, 0);
    }

    @Test
    void everyKeyOfAThousandShortCjkKeysIsFoundAndNoOtherString() throws IOException {
        // short CJK keys: the hash codes that made long probing runs before the slots were spread
        List<String> keys = new java.util.ArrayList<>();
        for (int c = 0x4E00; c < 0x4E00 + 500; c++) {
            keys.add(String.valueOf((char) c));
            keys.add(new String(new char[] {(char) c, (char) (c + 1)}));
        }
        PackedData.Keys k = roundTrip(new PackedData.Writer().keys(keys)).keys();
        for (int i = 0; i < keys.size(); i++) {
            assertThat(k.find(keys.get(i))).isEqualTo(i);
            assertThat(k.find(keys.get(i).codePoints().toArray(), 0, keys.get(i).length())).isEqualTo(i);
        }
        assertThat(k.find(new String(new char[] {0x4E00, 0x4E02}))).isEqualTo(-1);
        assertThat(k.find(String.valueOf((char) 0x5000))).isEqualTo(-1);
    }

    @Test
    void duplicateKeysAreRefusedWhenPacking() {
        assertThatThrownBy(() -> new PackedData.Writer().keys(List.of("銀行", "長期", "銀行")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("銀行");
    }

    @Test
    void aFileOfAnotherFormatIsRefused() {
        assertThatThrownBy(() -> PackedData.readAll(new ByteArrayInputStream("KEY\tVALUE\n".getBytes(StandardCharsets.UTF_8)), "x.bin"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("x.bin");
    }
}
