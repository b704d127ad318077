package org.selfeval.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Reads the characters of PDF pages with their boxes (PDFBox text positions) into {@link PageText}s. */
final class GlyphStripper extends PDFTextStripper {

    // Share of the font size above and below the baseline that a highlight box covers.
    private static final float ASCENT = 0.88f;
    private static final float DESCENT = 0.18f;

    private final StringBuilder text = new StringBuilder();
    private final List<float[]> boxes = new ArrayList<>();

    private GlyphStripper() {
        setSortByPosition(true);
    }

    /** The text of one page (1-based). */
    static PageText read(PDDocument doc, int page) throws IOException {
        GlyphStripper s = new GlyphStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        s.writeText(doc, Writer.nullWriter());
        PDPage p = doc.getPage(page - 1);
        PDRectangle crop = p.getCropBox();
        int rotation = ((p.getRotation() % 360) + 360) % 360;
        return new PageText(page, crop.getWidth(), crop.getHeight(), rotation, s.text.toString(), s.boxes);
    }

    @Override
    protected void writeString(String ignored, List<TextPosition> positions) {
        for (TextPosition tp : positions) {
            String u = tp.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            float size = tp.getFontSizeInPt() > 0 ? tp.getFontSizeInPt() : tp.getHeightDir() / 0.7f;
            float x0 = tp.getXDirAdj();
            float w = tp.getWidthDirAdj();
            float base = tp.getYDirAdj();
            int n = u.length();
            for (int i = 0; i < n; i++) {
                char c = normalise(u.charAt(i));
                if (Character.isWhitespace(c)) {
                    separator();
                    continue;
                }
                // A glyph that maps to several characters (ligature) shares its width between them.
                float cx0 = x0 + w * i / n;
                float cx1 = x0 + w * (i + 1) / n;
                text.append(c);
                boxes.add(new float[]{cx0, base - size * ASCENT, cx1, base + size * DESCENT});
            }
        }
    }

    @Override
    protected void writeWordSeparator() {
        separator();
    }

    @Override
    protected void writeLineSeparator() {
        separator();
    }

    private void separator() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
            boxes.add(null);
        }
    }

    /** Full-width digits, ．％ and the like to ASCII; the CJK comma stays (it separates, not groups). */
    static char normalise(char c) {
        if (c == '\uFF0C' || c == '\u3000') {
            return c == '\u3000' ? ' ' : c;
        }
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return n.length() == 1 ? n.charAt(0) : c;
    }

    /** A label or snippet normalised the same way, without whitespace. */
    static String normaliseCompact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = normalise(s.charAt(i));
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
