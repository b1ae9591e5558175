package org.duidu.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duidu.SiteFixture;
import org.duidu.config.ConfigLoader;
import org.duidu.config.SiteConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serve's preview of an edit ({@link SiteBuilder#preview}): on a site of the real seed and four
 * copies of it (one line left out of each, each with its own title, so they are related to each other),
 * an edited seed's pages are rendered before the build, and must be byte for byte the pages the build
 * then publishes, the related block included; whatever it cannot render as the build would, it
 * does not preview.
 */
class EditPreviewTest {
    @TempDir
    Path dir;
    private Path site;
    private SiteConfig config;
    private final Dictionaries dictionaries = new Dictionaries();
    private final BuildMemory memory = new BuildMemory();

    @BeforeEach
    void buildOnce() throws IOException {
        site = SiteFixture.seedOnly(dir.resolve("site"));
        SiteFixture.copies(site, 4);
        config = ConfigLoader.load(site, dir.resolve("out"));
        SiteBuilder.build(config, dictionaries, memory);
    }

    private Optional<Map<String, Path>> preview(Path... changed) throws IOException {
        return SiteBuilder.preview(config, dictionaries, memory, List.of(changed), Files.createTempDirectory(dir, "preview"));
    }

    private Path edit(String name, String from, String to) throws IOException {
        Path seed = site.resolve("seeds/" + name);
        String text = Files.readString(seed);
        assertThat(text).contains(from);
        Files.writeString(seed, text.replace(from, to));
        return seed;
    }

    @Test
    void theEditedPagesAreThePagesTheBuildThenPublishes() throws IOException {
        Path seed = edit("copy2.txt", "護林員", "看林人");
        Map<String, Path> pages = preview(seed).orElseThrow();
        assertThat(pages.keySet()).contains("zh-Hant/copy2.html", "zh-Hans/copy2.html", "zh-Hant/pinyin/copy2.html",
                "zh-Hans/parallel/copy2.html", "zh-Hant/pinyin/parallel/copy2.html", "zh-Hans/terms/copy2.html", "source/copy2.html")
                .allMatch(path -> path.contains("copy2."), "only the edited interview's pages");
        String reading = Files.readString(pages.get("zh-Hant/copy2.html"));
        assertThat(reading).contains("看林人").doesNotContain("護林員");
        // the related block is the published page's: the other copies are listed
        String related = reading.substring(reading.indexOf("<!--duidu:related-->"), reading.indexOf("<!--/duidu:related-->"));
        assertThat(related).contains("copy1.html", "copy3.html");
        assertThat(Files.readString(dir.resolve("out/site/zh-Hant/copy2.html"))).as("nothing published yet").contains("護林員");

        BuildResult built = SiteBuilder.build(config, dictionaries, memory);
        for (Map.Entry<String, Path> page : pages.entrySet()) {
            assertThat(new String(Files.readAllBytes(page.getValue()), StandardCharsets.UTF_8)).as(page.getKey())
                    .isEqualTo(Files.readString(built.siteDir().resolve(page.getKey())));
        }
    }

    @Test
    void editorFilesBesideTheSeedDoNotCount() throws IOException {
        Path seed = edit("copy3.txt", "護林員", "守林人");
        Path backup = Files.writeString(site.resolve("seeds/copy3.txt~"), "an editor's backup");
        assertThat(preview(seed, backup)).hasValueSatisfying(pages -> assertThat(pages).containsKey("zh-Hans/copy3.html"));
    }

    @Test
    void whatOtherPagesShowIsNotPreviewed() throws IOException {
        Path seed = edit("copy1.txt", "護林員", "守林人");
        Path sidecar = Files.writeString(site.resolve("seeds/copy1.yaml"), "title: 改了題目\n");
        assertThat(preview(seed, sidecar)).as("a sidecar: the title is on list pages").isEmpty();
        Path template = Files.writeString(Files.createDirectories(site.resolve("templates")).resolve("x.ftlh"), "x");
        assertThat(preview(seed, template)).as("a template").isEmpty();
        Path added = Files.writeString(site.resolve("seeds/new.txt"), Files.readString(seed));
        assertThat(preview(added)).as("a new seed").isEmpty();
        Files.delete(site.resolve("seeds/copy4.txt"));
        assertThat(preview(site.resolve("seeds/copy4.txt"))).as("a removed seed").isEmpty();
    }

    @Test
    void aSeedWithProblemsOrNoBuildOfThisProcessIsNotPreviewed() throws IOException {
        Path seed = edit("copy2.txt", "護林員", "守林人");
        assertThat(SiteBuilder.preview(config, dictionaries, new BuildMemory(), List.of(seed), Files.createTempDirectory(dir, "p")))
                .as("no previous build in this process").isEmpty();
        Files.writeString(seed, "");
        assertThat(preview(seed)).as("an empty seed is an error the build reports").isEmpty();
    }
}
