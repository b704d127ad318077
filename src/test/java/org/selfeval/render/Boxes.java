package org.selfeval.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import java.awt.geom.Rectangle2D;
import java.io.IOException;

/** Reads back what a highlight box covers, independently of the locator (PDFBox's area stripper). */
final class Boxes {

    private Boxes() {
    }

    /** The text inside the box, whitespace removed and full-width forms normalised. */
    static String textUnder(PDDocument doc, Highlight h) throws IOException {
        PDPage page = doc.getPage(h.page() - 1);
        PDRectangle crop = page.getCropBox();
        double w = crop.getWidth();
        double ht = crop.getHeight();
        // The area stripper tests each glyph's origin (left edge, baseline): the box holds the
        // number's origins and not the next glyph's, which starts where the box ends.
        Rectangle2D area = new Rectangle2D.Double(h.x0() * w - 0.3, h.y0() * ht, (h.x1() - h.x0()) * w - 0.2,
                (h.y1() - h.y0()) * ht);
        return strip(doc, page, area);
    }

    /** The whole printed line through the box's middle. */
    static String textOfLine(PDDocument doc, Highlight h) throws IOException {
        PDPage page = doc.getPage(h.page() - 1);
        PDRectangle crop = page.getCropBox();
        double ht = crop.getHeight();
        return strip(doc, page, new Rectangle2D.Double(0, h.y0() * ht, crop.getWidth(), (h.y1() - h.y0()) * ht));
    }

    private static String strip(PDDocument doc, PDPage page, Rectangle2D area) throws IOException {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.setSortByPosition(true);
        s.addRegion("r", area);
        s.extractRegions(page);
        return GlyphStripper.normaliseCompact(s.getTextForRegion("r"));
    }
}
