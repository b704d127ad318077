package org.selfeval.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.selfeval.extract.Hashing;
import org.selfeval.extract.SourceFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Small PDFs drawn in-test with PDFBox (top-left coordinates, like the extractor's output). */
final class PdfFixtures {

    static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private PdfFixtures() {
    }

    static SourceFile source(String name, byte[] pdf) {
        return new SourceFile(Path.of(name), name, pdf, Hashing.sha256(pdf), "application/pdf", "pdf");
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** Draws on an A4 page with a top-left origin. */
    static final class Canvas implements AutoCloseable {
        private final PDPageContentStream cs;
        private final float height;

        Canvas(PDDocument doc) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            this.cs = new PDPageContentStream(doc, page);
            this.height = PDRectangle.A4.getHeight();
        }

        Canvas line(double x0, double y0, double x1, double y1) throws IOException {
            cs.moveTo((float) x0, height - (float) y0);
            cs.lineTo((float) x1, height - (float) y1);
            cs.stroke();
            return this;
        }

        /** Text with its baseline at y. */
        Canvas text(double x, double y, String s) throws IOException {
            return text(x, y, s, 10);
        }

        Canvas text(double x, double y, String s, float size) throws IOException {
            cs.beginText();
            cs.setFont(HELVETICA, size);
            cs.newLineAtOffset((float) x, height - (float) y);
            cs.showText(s);
            cs.endText();
            return this;
        }

        @Override
        public void close() throws IOException {
            cs.close();
        }
    }
}
