package org.duidu.ingest;

import org.duidu.model.Interview;
import org.duidu.model.Sidecar;

/**
 * A seed as read: the parsed interview (raw text, annotations and defects still in it) and its sidecar.
 *
 * @param interview the parsed interview
 * @param sidecar   the sidecar, or {@link Sidecar#none()}
 * @param charset   the charset the seed was decoded with, for the build summary
 */
public record Seed(Interview interview, Sidecar sidecar, String charset) {
}
