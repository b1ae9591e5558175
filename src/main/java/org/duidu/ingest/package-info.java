/**
 * Ingest: seed bytes → charset → {@link org.duidu.model.Interview} with a source span on every
 * paragraph. Entry point {@link org.duidu.ingest.Ingest}. Knows no errata, OpenCC or HTML.
 */
package org.duidu.ingest;
