/**
 * Render: Freemarker templates and fingerprinted assets turned into the site's pages, written to an
 * {@link org.duidu.publish.OutputTree}. Entry point {@link org.duidu.render.SiteRenderer}; view models,
 * the URL scheme and the theme loader are package-private. Knows no Lucene, CLI or final output directory.
 */
package org.duidu.render;
