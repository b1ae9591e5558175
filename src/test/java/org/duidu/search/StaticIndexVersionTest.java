package org.duidu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static index names a version of its data files, so caches never mix two builds. */
class StaticIndexVersionTest {
    private static final Pattern VERSION = Pattern.compile("\"version\":\"([0-9a-f]{16})\"");

    private static String version(Path out) throws Exception {
        Matcher m = VERSION.matcher(Files.readString(out.resolve("site/search/index.js")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theVersionIsReproducibleAndFollowsTheContent(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.seedOnly(dir.resolve("site"));
        SiteBuilder.build(ConfigLoader.load(site, dir.resolve("a")));
        SiteBuilder.build(ConfigLoader.load(site, dir.resolve("b")));
        assertThat(version(dir.resolve("a"))).isEqualTo(version(dir.resolve("b")));
        Path seed = site.resolve("seeds/000_8e6aaae491def166.txt");
        Files.writeString(seed, Files.readString(seed).replace("護林員", "守林人"));
        SiteBuilder.build(ConfigLoader.load(site, dir.resolve("c")));
        assertThat(version(dir.resolve("c"))).isNotEqualTo(version(dir.resolve("a")));
    }
}
