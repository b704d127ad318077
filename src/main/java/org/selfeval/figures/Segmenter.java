package org.selfeval.figures;

import java.util.List;

/** Splits Chinese text into words; implementations must be safe to share between threads. */
public interface Segmenter {

    /** The nature given to the words of our budget dictionary. */
    String DOMAIN_NATURE = "nbud";

    /** The words of {@code text} in order, with offsets into {@code text}. */
    List<Token> segment(String text);
}
