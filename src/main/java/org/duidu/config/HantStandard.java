package org.duidu.config;

/** Which character standard the zh-Hant edition follows. */
public enum HantStandard {
    /** Taiwan (the default): 裡, 為, 台. */
    TAIWAN,
    /** Hong Kong: 裏, 爲 … as in OpenCC's HKVariants. */
    HONG_KONG
}
