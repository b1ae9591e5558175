/**
 * Reading aids: phrase-aware pinyin for each edition's text (the pinyin library's dictionaries,
 * corrected by the data file {@code reading-corrections.tsv}). Entry point
 * {@link org.duidu.aids.ReadingAids}; it reads the model and knows no other stage, templates or files.
 */
package org.duidu.aids;
