package org.selfeval.synth;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A flowing A4 page cursor like a word processor: top-left coordinates, wrapped text, a new page
 * (with its "— n —" footer) whenever the next line does not fit.
 */
final class PdfCanvas implements Closeable {

    static final float PAGE_W = PDRectangle.A4.getWidth();
    static final float PAGE_H = PDRectangle.A4.getHeight();
    static final float LEFT = 90;
    static final float RIGHT = PAGE_W - 90;
    static final float TOP = 72;
    static final float BOTTOM = PAGE_H - 72;

    private static final String NO_LINE_START = "，。；：、）》”’！？%％";

    private final PDDocument doc;
    private final PDType0Font font;
    private final Map<Integer, Float> widths = new HashMap<>();
    private PDPageContentStream stream;
    private int page;
    private float y;

    PdfCanvas(PDDocument doc, PDType0Font font) {
        this.doc = doc;
        this.font = font;
    }

    int page() {
        return page;
    }

    float y() {
        return y;
    }

    void moveDown(float dy) {
        y += dy;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        stream = new PDPageContentStream(doc, p);
        page++;
        y = TOP;
        String footer = "— " + page + " —";
        float size = 10.5f;
        text(footer, (PAGE_W - width(footer, size)) / 2, PAGE_H - 40, size, false);
    }

    /** Starts a new page when {@code height} more points do not fit. */
    void ensureRoom(float height) throws IOException {
        if (stream == null || y + height > BOTTOM) {
            newPage();
        }
    }

    /** A wrapped paragraph; the first line indented by {@code indent} points. */
    void paragraph(String text, float size, boolean bold, float indent, boolean centered) throws IOException {
        float lineHeight = size * 1.6f;
        List<String> lines = wrap(text, size, RIGHT - LEFT, indent);
        for (int i = 0; i < lines.size(); i++) {
            ensureRoom(lineHeight);
            String line = lines.get(i);
            float x = centered ? (PAGE_W - width(line, size)) / 2 : LEFT + (i == 0 ? indent : 0);
            text(line, x, y + size, size, bold);
            y += lineHeight;
        }
    }

    /** Draws one line with its baseline at top-left y {@code baseline}. */
    void text(String line, float x, float baseline, float size, boolean bold) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        if (bold) {
            // Word exports plain-bold CJK as a stroked fill when the font has no bold face.
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setLineWidth(size / 30f);
        } else {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.newLineAtOffset(x, PAGE_H - baseline);
        stream.showText(line);
        stream.endText();
    }

    void rect(float x0, float top, float x1, float bottom) throws IOException {
        stream.setLineWidth(0.5f);
        stream.addRect(x0, PAGE_H - bottom, x1 - x0, bottom - top);
        stream.stroke();
    }

    /** Greedy character wrapping (CJK text breaks anywhere); the first line is {@code indent} shorter. */
    List<String> wrap(String text, float size, float maxWidth, float indent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = indent;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                continue;
            }
            float w = charWidth(cp) * size / 1000f;
            // Like Word, closing punctuation hangs on the line instead of starting the next one.
            if (used + w > maxWidth && line.length() > 0 && NO_LINE_START.indexOf(cp) < 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(cp);
            used += w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    float width(String s, float size) throws IOException {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += charWidth(cp);
        }
        return w * size / 1000f;
    }

    private float charWidth(int cp) throws IOException {
        Float w = widths.get(cp);
        if (w == null) {
            w = font.getStringWidth(new String(Character.toChars(cp)));
            widths.put(cp, w);
        }
        return w;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
