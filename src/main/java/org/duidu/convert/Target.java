package org.duidu.convert;

/**
 * What a conversion produces, named after the OpenCC configuration it corresponds to. The site uses
 * {@link #HANS}, {@link #HANT_TW} and {@link #HANT_HK}; the others exist so that OpenCC's own test
 * suite can be run per configuration.
 */
enum Target {
    /** Simplified from any Traditional input: OpenCC-standard, Taiwan or Hong Kong forms, or a mix. */
    HANS(true, Variants.TW_AND_HK),
    /** OpenCC {@code t2s}: Simplified from OpenCC-standard Traditional. */
    T2S(true, Variants.NONE),
    /** OpenCC {@code tw2s}: Simplified from Taiwan-form Traditional. */
    TW2S(true, Variants.TW),
    /** OpenCC {@code hk2s}: Simplified from Hong-Kong-form Traditional. */
    HK2S(true, Variants.HK),
    /** OpenCC {@code s2t}: OpenCC-standard Traditional. */
    S2T(false, Variants.NONE),
    /** OpenCC {@code s2tw}: Traditional with Taiwan character forms. */
    HANT_TW(false, Variants.TW),
    /** OpenCC {@code s2hk}: Traditional with Hong Kong character forms. */
    HANT_HK(false, Variants.HK);

    /** Which regional variant tables a target uses. */
    enum Variants { NONE, TW, HK, TW_AND_HK }

    private final boolean toHans;
    private final Variants variants;

    Target(boolean toHans, Variants variants) {
        this.toHans = toHans;
        this.variants = variants;
    }

    boolean toHans() {
        return toHans;
    }

    Variants variants() {
        return variants;
    }
}
