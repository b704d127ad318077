package org.selfeval.model;

/** A rectangle on a page in PDF user-space points, origin top-left (as PDFBox text positions). */
public record Box(int page, double x0, double y0, double x1, double y1) {
    public double width() { return x1 - x0; }
    public double height() { return y1 - y0; }
}
