package org.selfeval.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects every glyph with its position, page by page, using PDFBox's text stripper only for
 * its glyph decoding and positioning (its own line/word heuristics are not used).
 */
final class GlyphCollector extends PDFTextStripper {

    private static final Pattern BOLD_NAME = Pattern.compile("(?i).*(bold|heavy|black|semibold|demi|simhei|黑体).*");

    private final Map<Integer, List<Glyph>> byPage = new HashMap<>();
    private final Map<PDFont, Boolean> boldFonts = new HashMap<>();
    private List<Glyph> current;

    GlyphCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    /** Glyphs of every page, keyed by 1-based page number. */
    Map<Integer, List<Glyph>> collect(PDDocument doc) throws IOException {
        setStartPage(1);
        setEndPage(doc.getNumberOfPages());
        writeText(doc, new StringWriter());
        return byPage;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        if (Thread.interrupted()) {
            throw new InterruptedIOException("extraction interrupted");
        }
        current = new ArrayList<>();
        byPage.put(getCurrentPageNo(), current);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty() || current == null) {
            return;
        }
        double size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : Math.max(t.getHeightDir(), 1);
        double x0 = t.getXDirAdj();
        double baseline = t.getYDirAdj();
        double width = Math.max(t.getWidthDirAdj(), 0.1);
        boolean bold = isBold(t.getFont());
        // Fake bold draws the same glyph twice, slightly offset: keep one, mark it bold.
        for (int i = current.size() - 1; i >= Math.max(0, current.size() - 4); i--) {
            Glyph g = current.get(i);
            if (g.text().equals(text) && Math.abs(g.x0() - x0) < 1.5 && Math.abs(g.baseline() - baseline) < 1.5) {
                current.set(i, new Glyph(g.text(), g.x0(), g.y0(), g.x1(), g.y1(), g.baseline(), g.fontSize(), true));
                return;
            }
        }
        current.add(new Glyph(text, x0, baseline - size * 0.8, x0 + width, baseline + size * 0.2, baseline, size, bold));
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            PDFontDescriptor d = f.getFontDescriptor();
            if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
                return true;
            }
            String name = f.getName();
            return name != null && BOLD_NAME.matcher(name).matches();
        });
    }
}
