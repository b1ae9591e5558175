package org.duidu.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds keep the loaded dictionaries until the settings they depend on change. */
class DictionariesTest {
    @Test
    void reloadsOnlyWhenTheGlossaryOrStandardChanges(@TempDir Path dir) throws Exception {
        Path site = SiteFixture.seedOnly(dir);
        Dictionaries cache = new Dictionaries();
        var first = cache.get(ConfigLoader.load(site, dir.resolve("out")));
        assertThat(cache.get(ConfigLoader.load(site, dir.resolve("out")))).isSameAs(first);
        Files.writeString(site.resolve("glossary.yaml"), "- {zh-hans: 护林员, zh-hant: 護林人}\n");
        var withGlossary = cache.get(ConfigLoader.load(site, dir.resolve("out")));
        assertThat(withGlossary).isNotSameAs(first);
        assertThat(withGlossary.toHant("护林员")).isEqualTo("護林人");
        Files.writeString(site.resolve("duidu.yaml"), "hant: hk\n");
        assertThat(cache.get(ConfigLoader.load(site, dir.resolve("out")))).isNotSameAs(withGlossary);
    }
}
