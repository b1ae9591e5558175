/**
 * Clean: strips glued pinyin annotations (keeping them as readings), detects garbled text, applies
 * the sidecar's errata. Entry point {@link org.duidu.clean.Cleaner}; the rules are data files next to
 * it. Knows no conversion or rendering.
 */
package org.duidu.clean;
