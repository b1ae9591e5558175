/**
 * The command line: one picocli class per subcommand, shared options as mixins, exit codes in
 * {@link org.duidu.cli.ExitCodes}. Subcommands parse and delegate; nothing here builds anything.
 */
package org.duidu.cli;
