package org.duidu.model;

import java.util.Optional;

/**
 * What is known about an interview beyond its text, mostly from the sidecar.
 *
 * @param title  the title (sidecar, else derived)
 * @param date   publication date as ISO yyyy-mm-dd, if known
 * @param source where the interview was published, if known
 * @param sourceUrl link to the original, if known
 */
public record Metadata(String title, Optional<String> date, Optional<String> source, Optional<String> sourceUrl) {
}
