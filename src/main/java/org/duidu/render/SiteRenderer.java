package org.duidu.render;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duidu.diag.DuiduException;
import org.duidu.model.Edition;
import org.duidu.model.Publication;
import org.duidu.model.SourceScript;
import org.duidu.publish.OutputTree;

/**
 * Renders every page of a site: landing, per edition a home, reading, parallel and search page, the
 * source views, 404, sitemap, feeds and robots.txt, plus the fingerprinted assets.
 */
public final class SiteRenderer {
    private final Theme theme;
    private final SiteInfo site;
    private final OutputTree out;
    private Map<String, String> assets = Map.of();
    private int pages;

    /**
     * What the renderer needs to know about the site itself.
     *
     * @param siteDir        the site project (for its templates and assets)
     * @param titles         the site title per edition
     * @param baseUrl        absolute base URL with trailing slash, or empty
     * @param defaultEdition the edition a first-time reader gets
     */
    public record SiteInfo(Path siteDir, Map<Edition, String> titles, String baseUrl, Edition defaultEdition) {
    }

    private SiteRenderer(Theme theme, SiteInfo site, OutputTree out) {
        this.theme = theme;
        this.site = site;
        this.out = out;
    }

    /**
     * Renders the whole site.
     *
     * @return the number of pages written
     * @throws DuiduException when a template fails (naming the template, line and column)
     * @throws IOException    when writing fails
     */
    public static int render(SiteInfo site, List<Publication> publications, OutputTree out) throws IOException {
        SiteRenderer r = new SiteRenderer(Theme.load(site.siteDir()), site, out);
        r.renderAll(publications);
        return r.pages;
    }

    private void renderAll(List<Publication> publications) throws IOException {
        assets = Assets.publish(theme, out);
        Edition landingLang = site.defaultEdition();
        page("landing.ftlh", UrlScheme.LANDING, landingLang, "", Map.of("editions", editionLinks()));
        page("404.ftlh", "404.html", landingLang, "", Map.of("editions", editionLinks()));
        for (Edition e : Edition.values()) {
            List<Views.Story> stories = new ArrayList<>();
            for (Publication p : publications) {
                stories.add(ViewBuilder.story(p.in(e), UrlScheme.interview(e, p.slug()), p, true));
            }
            page("home.ftlh", UrlScheme.home(e), e, UrlScheme.home(e.other()), Map.of("stories", stories));
            page("search.ftlh", UrlScheme.search(e), e, UrlScheme.search(e.other()), Map.of());
            for (int i = 0; i < publications.size(); i++) {
                Publication p = publications.get(i);
                Map<String, Object> model = new HashMap<>();
                model.put("story", stories.get(i));
                model.put("previous", i > 0 ? stories.get(i - 1) : null);
                model.put("next", i + 1 < stories.size() ? stories.get(i + 1) : null);
                model.put("parallel", UrlScheme.parallel(e, p.slug()));
                model.put("sourceView", UrlScheme.source(p.slug()));
                page("interview.ftlh", UrlScheme.interview(e, p.slug()), e, UrlScheme.interview(e.other(), p.slug()), model);
                page("parallel.ftlh", UrlScheme.parallel(e, p.slug()), e, UrlScheme.parallel(e.other(), p.slug()),
                        Map.of("story", stories.get(i), "pairs", ViewBuilder.pairs(p),
                                "reading", UrlScheme.interview(e, p.slug())));
            }
            xml("atom.ftlx", e.tag() + "/atom.xml", e, Map.of("stories", stories, "updated", updated(publications)));
        }
        for (Publication p : publications) {
            Edition script = p.script() == SourceScript.SIMPLIFIED ? Edition.HANS : Edition.HANT;
            Views.Story story = ViewBuilder.story(p.source(), UrlScheme.source(p.slug()), p, false);
            page("source.ftlh", UrlScheme.source(p.slug()), script, "", Map.of("story", story,
                    "hans", UrlScheme.interview(Edition.HANS, p.slug()), "hant", UrlScheme.interview(Edition.HANT, p.slug())));
        }
        xml("sitemap.ftlx", "sitemap.xml", site.defaultEdition(), Map.of("urls", sitemap(publications), "base", site.baseUrl()));
        out.writeText("robots.txt", "User-agent: *\nAllow: /\n" + (site.baseUrl().isEmpty() ? "" : "Sitemap: " + site.baseUrl() + "sitemap.xml\n"));
        pages++;
    }

    private List<Map<String, String>> editionLinks() {
        List<Map<String, String>> links = new ArrayList<>();
        for (Edition e : Edition.values()) {
            links.add(Map.of("tag", e.tag(), "label", e.label(), "title", site.titles().get(e), "url", UrlScheme.home(e)));
        }
        return links;
    }

    /** Pages of the sitemap: each edition page with its alternate. */
    private List<Map<String, String>> sitemap(List<Publication> publications) {
        List<Map<String, String>> urls = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {UrlScheme.home(Edition.HANS), UrlScheme.home(Edition.HANT)});
        for (Publication p : publications) {
            pairs.add(new String[] {UrlScheme.interview(Edition.HANS, p.slug()), UrlScheme.interview(Edition.HANT, p.slug())});
            pairs.add(new String[] {UrlScheme.parallel(Edition.HANS, p.slug()), UrlScheme.parallel(Edition.HANT, p.slug())});
        }
        for (String[] pair : pairs) {
            urls.add(Map.of("loc", pair[0], "hans", pair[0], "hant", pair[1]));
            urls.add(Map.of("loc", pair[1], "hans", pair[0], "hant", pair[1]));
        }
        return urls;
    }

    private static String updated(List<Publication> publications) {
        return publications.stream().map(p -> p.source().metadata().date().orElse("1970-01-01")).max(String::compareTo)
                .orElse("1970-01-01") + "T00:00:00Z";
    }

    private void page(String template, String path, Edition lang, String other, Map<String, Object> extra) throws IOException {
        boolean inEdition = path.startsWith(lang.tag() + "/") && !other.isEmpty();
        Views.Page page = new Views.Page(site.titles().get(lang), lang.tag(), inEdition ? lang.tag() : "", UrlScheme.rootFrom(path), path,
                other, other.isEmpty() ? "" : lang.other().tag(), lang.other().label(),
                assets, site.baseUrl().isEmpty() ? "" : site.baseUrl() + path,
                site.baseUrl().isEmpty() || other.isEmpty() ? "" : site.baseUrl() + other, site.defaultEdition().tag());
        Map<String, Object> model = new HashMap<>(extra);
        model.put("page", page);
        out.writeText(path, process(template, model));
        pages++;
    }

    private void xml(String template, String path, Edition lang, Map<String, Object> extra) throws IOException {
        page(template, path, lang, "", extra);
    }

    private String process(String name, Map<String, Object> model) throws IOException {
        try {
            Template template = theme.freemarker().getTemplate(name);
            StringWriter w = new StringWriter();
            template.process(model, w);
            return w.toString();
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? name
                    : "templates/" + e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
            throw new DuiduException(where + ": error: template: " + e.getMessageWithoutStackTop().lines().findFirst().orElse(""), e);
        } catch (freemarker.core.ParseException e) {
            throw new DuiduException("templates/" + e.getTemplateName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": error: template: " + e.getEditorMessage(), e);
        }
    }
}
