/**
 * Diagnostics: content problems collected with file, line and column, and the one exception type
 * that carries them to the command line. Knows no stage.
 */
package org.duidu.diag;
