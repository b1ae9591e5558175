/**
 * Site configuration: {@code duidu.yaml} and {@code glossary.yaml}, loaded and validated once into
 * immutable values. Knows no stage or CLI.
 */
package org.duidu.config;
