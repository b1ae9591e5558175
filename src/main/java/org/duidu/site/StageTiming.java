package org.duidu.site;

/**
 * How long a stage took.
 *
 * @param stage  the stage name
 * @param millis wall-clock milliseconds
 */
public record StageTiming(String stage, long millis) {
}
