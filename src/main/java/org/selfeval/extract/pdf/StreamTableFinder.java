package org.selfeval.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds tables drawn without rulings: runs of consecutive lines that each show at least three
 * text segments, whose whitespace gutters line up through most of the lines. Conservative by
 * design: prose has one segment per line, so it never forms a run.
 */
final class StreamTableFinder {

    /** A run needs this many lines with three or more segments. */
    private static final int MIN_STRONG = 3;
    private static final int MIN_COLUMNS = 3;
    /** Weak lines (fewer segments) tolerated in a row between strong lines. */
    private static final int MAX_WEAK = 2;
    /** A vertical step over this many ems ends a table. */
    private static final double MAX_STEP = 2.6;
    /** Share of strong lines in which a gutter must be a wide gap, not a coincidental word space. */
    private static final double GUTTER_SUPPORT = 0.6;
    private static final int MAX_HEADER_LINES = 3;

    private StreamTableFinder() {
    }

    static List<PageTable> find(PageLayout page, List<Glyph> glyphs) {
        List<TextRow> rows = LineBuilder.build(glyphs).stream().map(TextRow::of).toList();
        List<PageTable> tables = new ArrayList<>();
        for (int[] run : runs(rows)) {
            PageTable t = table(page, rows, run[0], run[1]);
            if (t != null) {
                tables.add(t);
            }
        }
        return tables;
    }

    /** Index ranges [first, last] of candidate runs, each starting and ending on a strong line. */
    private static List<int[]> runs(List<TextRow> rows) {
        List<int[]> runs = new ArrayList<>();
        int start = -1, lastStrong = -1, strong = 0, weak = 0;
        for (int i = 0; i < rows.size(); i++) {
            TextRow r = rows.get(i);
            boolean isStrong = r.segments().size() >= 3;
            if (start >= 0 && !near(rows.get(i - 1), r)) {
                close(runs, start, lastStrong, strong);
                start = -1;
            }
            if (isStrong) {
                if (start < 0) {
                    start = i;
                    strong = 0;
                }
                lastStrong = i;
                strong++;
                weak = 0;
            } else if (start >= 0) {
                weak++;
                double width = rows.get(lastStrong).x1() - rows.get(start).x0();
                if (weak > MAX_WEAK || (r.segments().size() == 1 && r.x1() - r.x0() > 0.6 * width)) {
                    close(runs, start, lastStrong, strong);
                    start = -1;
                }
            }
        }
        if (start >= 0) {
            close(runs, start, lastStrong, strong);
        }
        return runs;
    }

    private static void close(List<int[]> runs, int start, int end, int strong) {
        if (strong >= MIN_STRONG) {
            runs.add(new int[] {start, end});
        }
    }

    static boolean near(TextRow above, TextRow below) {
        double em = Math.max(above.em(), below.em());
        return below.line().baseline() - above.line().baseline() <= MAX_STEP * em;
    }

    private static PageTable table(PageLayout page, List<TextRow> rows, int first, int last) {
        List<TextRow> strong = rows.subList(first, last + 1).stream().filter(r -> r.segments().size() >= 3).toList();
        double[] xs = Gutters.columns(strong, GUTTER_SUPPORT);
        if (xs == null || xs.length - 1 < MIN_COLUMNS) {
            return null;
        }
        while (last + 1 < rows.size() && near(rows.get(last), rows.get(last + 1))
                && rows.get(last + 1).segments().size() >= 2 && Gutters.fits(rows.get(last + 1), xs)) {
            last++;
        }
        int top = first;
        while (first - top < MAX_HEADER_LINES && top > 0 && near(rows.get(top - 1), rows.get(top))
                && StreamGrid.headerSpans(rows.get(top - 1), xs) != null) {
            top--;
        }
        return StreamGrid.build(page, rows.subList(top, last + 1), first - top, xs);
    }
}
