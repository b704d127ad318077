package org.selfeval.extract.pdf;

import org.selfeval.model.Box;
import org.selfeval.model.Cell;

import java.util.ArrayList;
import java.util.List;

/** Cells of an unruled table: header lines with spanning segments, then one row per body line. */
final class StreamGrid {

    private StreamGrid() {
    }

    /**
     * The column range each segment of a header line covers (a title over several columns spans
     * them), or null when the line is not a header: one segment, or segments sharing a column.
     */
    static List<int[]> headerSpans(TextRow row, double[] xs) {
        if (row.segments().size() < 2) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        int next = 0;
        for (TextRow.Word s : row.segments()) {
            int[] span = Gutters.overlapped(s.x0(), s.x1(), xs);
            if (span == null || span[0] < next) {
                return null;
            }
            spans.add(span);
            next = span[1] + 1;
        }
        return spans;
    }

    /** One body row under construction: glyphs per column and the vertical extent. */
    private static final class Row {
        final List<List<Glyph>> cols = new ArrayList<>();
        double y0, y1;

        Row(int n, TextLine line) {
            for (int i = 0; i < n; i++) {
                cols.add(new ArrayList<>());
            }
            y0 = line.y0();
            y1 = line.y1();
        }

        int filled() {
            return (int) cols.stream().filter(c -> !c.isEmpty()).count();
        }
    }

    static PageTable build(PageLayout page, List<TextRow> lines, int headerLines, double[] xs) {
        int n = xs.length - 1;
        List<Cell> cells = new ArrayList<>();
        int r = 0;
        for (int i = 0; i < headerLines; i++, r++) {
            TextRow line = lines.get(i);
            List<int[]> spans = headerSpans(line, xs);
            boolean[] used = new boolean[n];
            for (int k = 0; k < spans.size(); k++) {
                int[] s = spans.get(k);
                TextRow.Word seg = line.segments().get(k);
                cells.add(new Cell(r, s[0], 1, s[1] - s[0] + 1, seg.text().strip(), List.of(),
                        new Box(page.page(), xs[s[0]], line.line().y0(), xs[s[1] + 1], line.line().y1())));
                for (int c = s[0]; c <= s[1]; c++) {
                    used[c] = true;
                }
            }
            for (int c = 0; c < n; c++) {
                if (!used[c]) {
                    cells.add(new Cell(r, c, 1, 1, "", List.of(),
                            new Box(page.page(), xs[c], line.line().y0(), xs[c + 1], line.line().y1())));
                }
            }
        }
        List<Row> body = bodyRows(lines.subList(headerLines, lines.size()), xs);
        for (Row row : body) {
            for (int c = 0; c < n; c++) {
                cells.add(new Cell(r, c, 1, 1, CellGrid.cellText(row.cols.get(c)), List.of(),
                        new Box(page.page(), xs[c], row.y0, xs[c + 1], row.y1)));
            }
            r++;
        }
        if (body.size() < 2 || !LatticeTableFinder.hasContent(cells)) {
            return null;
        }
        double y0 = lines.get(0).line().y0();
        double y1 = body.get(body.size() - 1).y1;
        return new PageTable(page.page(), r, n, cells, xs, new Box(page.page(), xs[0], y0, xs[n], y1), "stream");
    }

    /**
     * One row per line, except a line with text in a single column that continues the cell above
     * (a wrapped cell): not the label column, or a label going on in lower case.
     */
    private static List<Row> bodyRows(List<TextRow> lines, double[] xs) {
        int n = xs.length - 1;
        List<Row> rows = new ArrayList<>();
        for (TextRow line : lines) {
            Row row = new Row(n, line.line());
            for (TextRow.Word w : line.words()) {
                row.cols.get(Gutters.column((w.x0() + w.x1()) / 2, xs)).addAll(w.glyphs());
            }
            Row prev = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (prev != null && row.filled() == 1 && continues(prev, row)) {
                for (int c = 0; c < n; c++) {
                    prev.cols.get(c).addAll(row.cols.get(c));
                }
                prev.y1 = Math.max(prev.y1, row.y1);
            } else {
                rows.add(row);
            }
        }
        return rows;
    }

    private static boolean continues(Row prev, Row row) {
        for (int c = 0; c < row.cols.size(); c++) {
            List<Glyph> gs = row.cols.get(c);
            if (!gs.isEmpty()) {
                if (prev.cols.get(c).isEmpty()) {
                    return false;
                }
                String first = gs.stream().min((a, b) -> Double.compare(a.x0(), b.x0())).orElseThrow().text();
                return c > 0 || Character.isLowerCase(first.codePointAt(0));
            }
        }
        return false;
    }
}
