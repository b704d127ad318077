package org.selfeval.extract.pdf;

import java.util.List;

/** Everything read from one page in a single pass: glyphs, rulings and whether it has images. */
record PageLayout(int page, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
                  boolean hasImages) {

    PageLayout {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }
}
