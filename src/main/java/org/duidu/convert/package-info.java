/**
 * Script conversion: the only package that uses OpenCC4j. {@link org.duidu.convert.Converter} makes
 * both editions of a cleaned interview, converts streams for {@code duidu convert}, detects a seed's
 * script and writes the conversion report ({@link org.duidu.convert.ConversionReport}).
 *
 * <p>Rule layers (DESIGN §3), most specific last: the bundled OpenCC dictionaries
 * ({@code opencc/*.txt}), the built-in corrections ({@code corrections-hans.tsv},
 * {@code corrections-hant.tsv}), the site's glossary, the interview's rules and inline markup. The
 * first two are compiled into one table per target ({@code Tables}) and run through OpenCC4j's
 * converter with a longest-match segmenter ({@code Engine}, {@code MaxMatchSegment}); the last two
 * are applied around it ({@code Rules}). Everything but {@code Converter} and
 * {@code ConversionReport} is internal. Knows no templates or files.
 */
package org.duidu.convert;
