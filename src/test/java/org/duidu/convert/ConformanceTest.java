package org.duidu.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duidu.config.HantStandard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OpenCC's own test suite, per configuration (cases copied from the OpenCC repository, see the README there). */
class ConformanceTest {
    private static final List<String> CONFIGS = List.of("t2s", "tw2s", "hk2s", "s2t", "s2tw", "s2hk");
    /** What the Debian {@code opencc} 1.1.6 CLI passes of the HEAD cases (measured, see docs/conversion.md). */
    private static final Map<String, Integer> OPENCC_116_HEAD = Map.of(
            "t2s", 28, "tw2s", 22, "hk2s", 12, "s2t", 54, "s2tw", 33, "s2hk", 22);

    private static Converter converter;

    @BeforeAll
    static void load() {
        converter = Converter.create(HantStandard.TAIWAN, List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"t2s", "tw2s", "hk2s", "s2t", "s2tw", "s2hk"})
    void everyV116CasePasses(String config) {
        List<String> failures = failures("v1.1.6", config);
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"t2s", "tw2s", "hk2s", "s2t", "s2tw", "s2hk"})
    void headCasesBeatOpencc116(String config) {
        int total = OpenccCases.read("head", config).size();
        int passed = total - failures("head", config).size();
        assertThat(passed).as(config + " HEAD cases passed").isGreaterThan(OPENCC_116_HEAD.get(config));
    }

    @Test
    void writesTheTable() throws java.io.IOException {
        StringBuilder sb = new StringBuilder("config  v1.1.6  HEAD  (opencc 1.1.6 HEAD)\n");
        for (String c : CONFIGS) {
            int v = OpenccCases.read("v1.1.6", c).size();
            int h = OpenccCases.read("head", c).size();
            sb.append(String.format("%-6s  %d/%d  %d/%d  (%d/%d)%n", c, v - failures("v1.1.6", c).size(), v,
                    h - failures("head", c).size(), h, OPENCC_116_HEAD.get(c), h));
            failures("head", c).forEach(f -> sb.append("    ").append(f).append('\n'));
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/conformance-table.txt"), sb);
        assertThat(sb.toString()).startsWith("config");
    }

    private static List<String> failures(String version, String config) {
        Target target = OpenccCases.target(config);
        List<String> out = new ArrayList<>();
        for (OpenccCases.Case c : OpenccCases.read(version, config)) {
            String got = converter.convert(c.input(), target);
            if (!got.equals(c.expected())) {
                out.add(c.id() + ": " + c.input() + " → " + got + " (expected " + c.expected() + ")");
            }
        }
        return out;
    }
}
