package org.selfeval.figures;

import java.nio.file.Path;

/** The repository's own dictionaries (config/ is part of the clone), loaded once for all tests. */
final class TestLabels {
    static final FigureLabels LABELS = FigureLabels.load(Path.of("config"));
    static final HanlpSegmenter SEGMENTER = new HanlpSegmenter(LABELS.terms());
    static final HanlpFigureExtractor EXTRACTOR = new HanlpFigureExtractor(LABELS, SEGMENTER);

    private TestLabels() {
    }
}
