package org.selfeval.engine;

import org.selfeval.figures.FigureExtractor;
import org.selfeval.figures.HanlpFigureExtractor;

import java.nio.file.Path;

/** Wires the figure extractor from the config folder (dictionaries). */
final class Figures {
    private Figures() {
    }

    static FigureExtractor standard(Path configDir) {
        return HanlpFigureExtractor.fromConfig(configDir);
    }
}
