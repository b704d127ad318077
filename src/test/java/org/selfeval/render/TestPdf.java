package org.selfeval.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.selfeval.synth.CjkFont;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A PDF with strings drawn at known places (x, y from the page's top-left, in points), in a CJK font. */
final class TestPdf {

    static final float SIZE = 12;

    record Text(int page, float x, float y, String text) {
    }

    private final List<Text> texts = new ArrayList<>();
    private int pages = 1;

    TestPdf text(int page, float x, float y, String text) {
        texts.add(new Text(page, x, y, text));
        pages = Math.max(pages, page);
        return this;
    }

    /** Writes the PDF (A4) and returns the x of each text's prefix widths on request via {@link #xOf}. */
    Path write(CjkFont font, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, font.font(), true);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : texts) {
                        if (t.page() != p) {
                            continue;
                        }
                        cs.beginText();
                        cs.setFont(f, SIZE);
                        cs.newLineAtOffset(t.x(), PDRectangle.A4.getHeight() - t.y());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Where {@code prefix}'s end falls when drawn from x (points). */
    static float xAfter(CjkFont font, float x, String prefix) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, font.font(), true);
            return x + f.getStringWidth(prefix) / 1000f * SIZE;
        }
    }
}
