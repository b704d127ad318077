package org.selfeval.extract.pdf;

/**
 * One character drawn on a page, in PDF points with a top-left origin.
 *
 * @param baseline y of the text baseline (top-left origin)
 */
record Glyph(String text, double x0, double y0, double x1, double y1, double baseline, double fontSize,
             boolean bold) {

    double centerX() {
        return (x0 + x1) / 2;
    }

    double centerY() {
        return (y0 + y1) / 2;
    }

    boolean isSpace() {
        return text.isBlank();
    }

    boolean isCjk() {
        return !text.isEmpty() && Cjk.isCjk(text.codePointAt(0));
    }
}
