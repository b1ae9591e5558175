package org.duidu.aids;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site's tap-to-gloss dictionary as packed with the jar: read here the way aids.js reads it
 * (shard {@code codePoint % 256} of a word's first character), against CC-CEDICT's committed source
 * ({@code cedict.tsv.gz}) read independently.
 */
class GlossShardsTest {
    private static final Pattern SCRIPT = Pattern.compile("(?s)// CC-CEDICT \\(https://cc-cedict.org/, CC BY-SA 4.0\\)[^\n]*\n"
            + "duiduGlossShard\\((\\d+), (\\{.*\\})\\);\n");
    private static final Map<Integer, JsonNode> SHARDS = new HashMap<>();
    private static final Set<String> HEADWORDS = new HashSet<>();

    @BeforeAll
    static void read() throws Exception {
        ObjectMapper json = new ObjectMapper();
        GlossShards packed = GlossShards.read();
        for (int k = 0; k < GlossShards.COUNT; k++) {
            Matcher m = SCRIPT.matcher(new String(packed.shard(k), StandardCharsets.UTF_8));
            assertThat(m.matches()).as("shard %d is one call with a JSON object", k).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(k);
            SHARDS.put(k, json.readTree(m.group(2)));
        }
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                GlossShardsTest.class.getResourceAsStream("/org/duidu/aids/cedict.tsv.gz")), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                for (int i = 0; f.length == 4 && i < 2; i++) {
                    if (Character.UnicodeScript.of(f[i].codePointAt(0)) == Character.UnicodeScript.HAN) {
                        HEADWORDS.add(f[i]); // glossing starts at a Han character: only such headwords are shipped
                    }
                }
            }
        }
    }

    private static JsonNode entries(String word) {
        return SHARDS.get(word.codePointAt(0) % 256).get(word);
    }

    @Test
    void aWordIsInTheShardOfItsFirstCharacterInEitherScript() {
        for (String word : new String[] {"經濟", "经济"}) {
            JsonNode e = entries(word);
            assertThat(e).as(word).isNotNull();
            assertThat(e.get(0).get(0).asText()).isEqualTo("jīng jì");
            assertThat(e.get(0).get(1).asText()).contains("economy");
        }
        assertThat(entries("省委").get(0).get(1).asText()).contains("provincial Party committee");
        // 行 has several readings: all of them, each once
        JsonNode xing = entries("行");
        Set<String> readings = new HashSet<>();
        xing.forEach(entry -> readings.add(entry.get(0).asText()));
        assertThat(readings).contains("xíng", "háng");
        assertThat(readings).hasSize(xing.size());
        assertThat(xing.size()).as("the popup shows three entries at most: no more are shipped").isLessThanOrEqualTo(3);
    }

    @Test
    void everyHeadwordIsInItsShardAndNowhereElse() {
        int keys = 0;
        for (Map.Entry<Integer, JsonNode> shard : SHARDS.entrySet()) {
            for (var it = shard.getValue().fieldNames(); it.hasNext(); ) {
                String word = it.next();
                assertThat(word.codePointAt(0) % 256).as(word).isEqualTo(shard.getKey());
                assertThat(HEADWORDS.contains(word)).as(word).isTrue();
                keys++;
            }
        }
        assertThat(keys).isEqualTo(HEADWORDS.size());
    }

    /** aids.js picks a character's shard by the same rule: its SHARDS must be the build's count. */
    @Test
    void thePagesScriptUsesTheSameNumberOfShards() throws Exception {
        String script = java.nio.file.Files.readString(java.nio.file.Path.of("site-assets/aids.js"));
        Matcher m = Pattern.compile("var SHARDS = (\\d+);").matcher(script);
        assertThat(m.find()).as("aids.js declares SHARDS").isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(GlossShards.COUNT);
        assertThat(script).contains("codePointAt(0) % SHARDS");
    }

    @Test
    void theVersionIsTheHashOfTheShardsInOrder() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        GlossShards packed = GlossShards.read();
        for (int k = 0; k < GlossShards.COUNT; k++) {
            sha.update(packed.shard(k));
        }
        assertThat(GlossShards.version()).isEqualTo(HexFormat.of().formatHex(sha.digest()).substring(0, 8));
    }
}
