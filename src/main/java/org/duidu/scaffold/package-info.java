/**
 * Scaffolding for {@code duidu new}: a fresh site project with an example seed, settings and a copy of
 * the built-in theme to customise. Knows no stage.
 */
package org.duidu.scaffold;
