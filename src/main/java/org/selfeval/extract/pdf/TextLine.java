package org.selfeval.extract.pdf;

import java.util.List;

/**
 * Glyphs sharing a baseline, left to right, with the text built from them.
 *
 * @param fontSize the dominant font size (most characters)
 * @param bold     whether most non-space characters are bold
 */
record TextLine(List<Glyph> glyphs, String text, double x0, double y0, double x1, double y1, double baseline,
                double fontSize, boolean bold) {

    TextLine {
        glyphs = List.copyOf(glyphs);
    }

    double centerX() {
        return (x0 + x1) / 2;
    }
}
