/**
 * The orchestrator: {@link org.duidu.site.SiteBuilder} runs the stages in order (ingest → clean →
 * convert → render → index → publish), times them and totals diagnostics. Knows no formats or
 * library APIs; it only hands the model from stage to stage.
 */
package org.duidu.site;
