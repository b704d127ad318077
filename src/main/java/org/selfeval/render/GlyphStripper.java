package org.selfeval.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

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
    private final float width;
    private final float height;

    private GlyphStripper(PDRectangle crop) {
        this.width = crop.getWidth();
        this.height = crop.getHeight();
        setSortByPosition(true);
    }

    /** The text of one page (1-based). */
    static PageText read(PDDocument doc, int page) throws IOException {
        PDPage p = doc.getPage(page - 1);
        PDRectangle crop = p.getCropBox();
        GlyphStripper s = new GlyphStripper(crop);
        s.setStartPage(page);
        s.setEndPage(page);
        s.writeText(doc, Writer.nullWriter());
        int rotation = ((p.getRotation() % 360) + 360) % 360;
        return new PageText(page, crop.getWidth(), crop.getHeight(), rotation, s.text.toString(), s.boxes);
    }

    /**
     * Boxes are taken from each glyph's text rendering matrix (user space, crop box origin), not
     * from PDFBox's direction-adjusted coordinates: those follow the text's direction, so that a
     * landscape table turned upright by /Rotate would be read in a frame of its own.
     */
    @Override
    protected void writeString(String ignored, List<TextPosition> positions) {
        for (TextPosition tp : positions) {
            String u = tp.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            Matrix m = tp.getTextMatrix();
            double along = Math.hypot(m.getValue(0, 0), m.getValue(0, 1));
            double up = Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
            if (along == 0 || up == 0) {
                continue;
            }
            // Baseline direction and the glyphs' upward direction, unit vectors in user space.
            double dx = m.getValue(0, 0) / along;
            double dy = m.getValue(0, 1) / along;
            double nx = m.getValue(1, 0) / up;
            double ny = m.getValue(1, 1) / up;
            float size = (float) up;
            int angle = Math.floorMod((int) Math.round(Math.toDegrees(Math.atan2(dy, dx)) / 90) * 90, 360);
            float w = tp.getWidthDirAdj();
            int n = u.length();
            for (int i = 0; i < n; i++) {
                char c = normalise(u.charAt(i));
                if (Character.isWhitespace(c)) {
                    separator();
                    continue;
                }
                // A glyph that maps to several characters (ligature) shares its width between them.
                float[] b = box(m.getTranslateX(), m.getTranslateY(), dx, dy, nx, ny, w * i / n, w * (i + 1) / n, size);
                // Outside the crop box nothing is shown: such text cannot be pointed at.
                float cu = (b[0] + b[2]) / 2;
                float cv = (b[1] + b[3]) / 2;
                if (cu < 0 || cu > width || cv < 0 || cv > height) {
                    separator();
                    continue;
                }
                b[4] = angle;
                text.append(c);
                boxes.add(b);
            }
        }
    }

    /**
     * The axis-aligned box (origin top-left of the unrotated crop box: x0, y0, x1, y1, and a slot
     * for the baseline angle) of the glyph stretch [a0, a1] along the baseline from (ox, oy).
     */
    private float[] box(float ox, float oy, double dx, double dy, double nx, double ny, float a0, float a1, float size) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (float a : new float[]{a0, a1}) {
            for (float h : new float[]{-size * DESCENT, size * ASCENT}) {
                double x = ox + dx * a + nx * h;
                double y = oy + dy * a + ny * h;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        return new float[]{(float) minX, (float) (height - maxY), (float) maxX, (float) (height - minY), 0};
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
