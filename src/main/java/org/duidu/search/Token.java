package org.duidu.search;

/**
 * One token of analyzed text.
 *
 * @param term     the folded term: one character or two adjacent ones
 * @param kind     what the term is
 * @param position the index of its first unit (letter or digit) in the text
 * @param start    UTF-16 offset of its first source character
 * @param end      UTF-16 offset after its last source character
 */
record Token(String term, Kind kind, int position, int start, int end) {

    /** What a token is made of. */
    enum Kind { UNIGRAM, BIGRAM }
}
