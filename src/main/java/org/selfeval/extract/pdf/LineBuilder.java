package org.selfeval.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Groups glyphs into lines by baseline and builds each line's text with CJK-aware spacing. */
final class LineBuilder {

    /** A gap wider than this fraction of the font size between Latin glyphs is a word space. */
    private static final double WORD_GAP = 0.25;

    private LineBuilder() {
    }

    static List<TextLine> build(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double base = 0;
        double size = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.baseline() - base > 0.45 * Math.max(size, Math.min(g.fontSize(), size * 2))) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                base = g.baseline();
                size = g.fontSize();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        lines.removeIf(l -> l.text().isBlank());
        return lines;
    }

    static TextLine line(List<Glyph> glyphs) {
        List<Glyph> gs = new ArrayList<>(glyphs);
        gs.sort(Comparator.comparingDouble(Glyph::x0));
        StringBuilder text = new StringBuilder();
        Glyph prev = null;
        boolean pendingSpace = false;
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        Map<Double, Integer> sizes = new HashMap<>();
        int bold = 0, counted = 0;
        double baseSum = 0;
        for (Glyph g : gs) {
            if (g.isSpace()) {
                pendingSpace = prev != null;
                continue;
            }
            if (prev != null) {
                boolean gap = g.x0() - prev.x1() > WORD_GAP * Math.min(g.fontSize(), prev.fontSize());
                if ((pendingSpace || gap) && !(prev.isCjk() && g.isCjk())) {
                    text.append(' ');
                }
            }
            text.append(g.text());
            pendingSpace = false;
            prev = g;
            x0 = Math.min(x0, g.x0());
            x1 = Math.max(x1, g.x1());
            y0 = Math.min(y0, g.y0());
            y1 = Math.max(y1, g.y1());
            sizes.merge(Math.round(g.fontSize() * 2) / 2.0, 1, Integer::sum);
            bold += g.bold() ? 1 : 0;
            counted++;
            baseSum += g.baseline();
        }
        double size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0.0);
        if (counted == 0) {
            return new TextLine(gs, "", 0, 0, 0, 0, 0, 0, false);
        }
        return new TextLine(gs, text.toString(), x0, y0, x1, y1, baseSum / counted, size, bold * 2 > counted);
    }
}
