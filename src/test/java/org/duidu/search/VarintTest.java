package org.duidu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The static index's numbers as bytes (what its clean build copies between files) are the digits
 * the String form writes (what search.js reads), and read back to the number.
 */
class VarintTest {
    @Property(tries = 1000)
    void bytesAreTheStringsDigits(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long value) {
        StringBuilder text = new StringBuilder();
        StaticIndexWriter.varint(value, text);
        byte[] bytes = new byte[16];
        bytes[0] = '!'; // written at an offset, after other digits
        int end = StaticIndexWriter.varint(value, bytes, 1);
        assertThat(new String(Arrays.copyOfRange(bytes, 1, end), StandardCharsets.US_ASCII)).isEqualTo(text.toString());
        int[] at = {1};
        assertThat(StaticIndexWriter.readVarint(bytes, at)).isEqualTo(value);
        assertThat(at[0]).isEqualTo(end);
        assertThat(StaticIndexWriter.readVarint(text.toString(), new int[] {0})).isEqualTo(value);
    }
}
