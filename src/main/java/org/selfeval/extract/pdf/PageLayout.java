package org.selfeval.extract.pdf;

import java.util.List;

/**
 * Everything read from one page: glyphs, rulings and its images.
 *
 * @param imagePpi resolution of the sharpest image on the page, 0 without images
 */
record PageLayout(int page, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
                  boolean hasImages, double imagePpi) {

    PageLayout {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }
}
