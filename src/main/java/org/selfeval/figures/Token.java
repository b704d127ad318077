package org.selfeval.figures;

/**
 * One word of a segmented text.
 *
 * @param nature part of speech as the segmenter tags it; {@link Segmenter#DOMAIN_NATURE} for our
 *               dictionary's terms
 * @param start  offset of the word in the segmented text
 * @param end    end offset (exclusive)
 */
public record Token(String word, String nature, int start, int end) {

    public boolean isDomainTerm() {
        return Segmenter.DOMAIN_NATURE.equals(nature);
    }
}
