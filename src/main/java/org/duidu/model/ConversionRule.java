package org.duidu.model;

/**
 * A word that must be written a given way in each edition (glossary, sidecar, inline {@code -{…}-}).
 * Both forms match in either direction: any text reading as {@code hans} or {@code hant} is written
 * {@code hans} in zh-Hans and {@code hant} in zh-Hant.
 *
 * @param hans   the zh-Hans form
 * @param hant   the zh-Hant form
 * @param origin where the rule comes from ({@code glossary.yaml:12}), for reports
 */
public record ConversionRule(String hans, String hant, String origin) {
}
