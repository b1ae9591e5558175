/**
 * Script conversion: the only package that uses OpenCC4j. {@link org.duidu.convert.Converter} makes
 * both editions of a cleaned interview. Knows no templates or files.
 */
package org.duidu.convert;
