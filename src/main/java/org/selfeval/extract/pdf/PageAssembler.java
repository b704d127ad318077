package org.selfeval.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Puts one page's body in reading order: tables where they sit, paragraphs from the lines
 * between them (a paragraph never runs across a table).
 */
final class PageAssembler {

    private PageAssembler() {
    }

    /** @return Paragraphs and PageTables, top to bottom */
    static List<Object> assemble(int page, List<TextLine> lines, List<PageTable> tables) {
        List<PageTable> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparingDouble(t -> t.box().y0()));
        ParagraphBuilder builder = ParagraphBuilder.forPage(page, lines);
        List<Object> out = new ArrayList<>();
        List<TextLine> segment = new ArrayList<>();
        int next = 0;
        for (TextLine line : lines) {
            while (next < sorted.size() && sorted.get(next).box().y0() < line.y0()) {
                out.addAll(builder.build(segment));
                segment = new ArrayList<>();
                out.add(sorted.get(next++));
            }
            segment.add(line);
        }
        out.addAll(builder.build(segment));
        while (next < sorted.size()) {
            out.add(sorted.get(next++));
        }
        return out;
    }

    /** Glyphs not inside any table (those become cell text instead). */
    static List<Glyph> outsideTables(List<Glyph> glyphs, List<PageTable> tables) {
        if (tables.isEmpty()) {
            return glyphs;
        }
        Predicate<Glyph> inside = g -> tables.stream().anyMatch(t -> t.contains(g));
        return glyphs.stream().filter(inside.negate()).toList();
    }
}
