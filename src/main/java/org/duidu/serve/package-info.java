/**
 * The development server of {@code duidu serve}: builds the site, serves it on loopback, rebuilds when
 * a source file changes and tells open pages to reload. It calls the orchestrator ({@code site}) and,
 * for {@code /api/search}, the search stage's query API; it never renders anything itself.
 */
package org.duidu.serve;
