package org.selfeval.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A text line cut into words (runs of glyphs without a word space) and segments (runs of words
 * without a wide gap): the units the whitespace table finder aligns.
 */
record TextRow(TextLine line, List<Word> words, List<Word> segments) {

    /** A gap of at least this many ems separates table columns, never words of one phrase. */
    static final double WIDE_GAP = 0.9;
    private static final double WORD_GAP = 0.25;

    /** A horizontal run of glyphs. */
    record Word(List<Glyph> glyphs, double x0, double x1) {
        String text() {
            return LineBuilder.line(glyphs).text();
        }
    }

    static TextRow of(TextLine line) {
        List<Word> words = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        Glyph prev = null;
        boolean space = false;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) {
                space = true;
                continue;
            }
            if (prev != null && (space || g.x0() - prev.x1() > WORD_GAP * Math.min(g.fontSize(), prev.fontSize()))) {
                words.add(word(current));
                current = new ArrayList<>();
            }
            current.add(g);
            prev = g;
            space = false;
        }
        if (!current.isEmpty()) {
            words.add(word(current));
        }
        double em = Math.max(line.fontSize(), 1);
        List<Word> segments = new ArrayList<>();
        List<Glyph> seg = new ArrayList<>();
        Word last = null;
        for (Word w : words) {
            if (last != null && w.x0() - last.x1() >= WIDE_GAP * em) {
                segments.add(word(seg));
                seg = new ArrayList<>();
            }
            seg.addAll(w.glyphs());
            last = w;
        }
        if (!seg.isEmpty()) {
            segments.add(word(seg));
        }
        return new TextRow(line, List.copyOf(words), List.copyOf(segments));
    }

    private static Word word(List<Glyph> glyphs) {
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE;
        for (Glyph g : glyphs) {
            x0 = Math.min(x0, g.x0());
            x1 = Math.max(x1, g.x1());
        }
        return new Word(List.copyOf(glyphs), x0, x1);
    }

    double em() {
        return Math.max(line.fontSize(), 1);
    }

    double x0() {
        return line.x0();
    }

    double x1() {
        return line.x1();
    }
}
