/**
 * Output: the {@link org.duidu.publish.OutputTree} every stage writes into, and the atomic swap that
 * publishes a finished build. Knows nothing of page content.
 */
package org.duidu.publish;
