package org.selfeval.extract.pdf;

import org.selfeval.model.Box;
import org.selfeval.model.Cell;

import java.util.ArrayList;
import java.util.List;

/** Turns grid lines plus present/missing boundaries into cells with spans, and fills their text. */
final class CellGrid {

    private CellGrid() {
    }

    /**
     * @param vEdge vEdge[r][c]: a boundary at xs[c] within row r
     * @param hEdge hEdge[r][c]: a boundary at ys[r] within column c
     */
    static PageTable build(PageLayout page, double[] xs, double[] ys, boolean[][] vEdge, boolean[][] hEdge) {
        int rows = ys.length - 1, cols = xs.length - 1;
        int[][] owner = new int[rows][cols];
        for (int[] row : owner) {
            java.util.Arrays.fill(row, -1);
        }
        List<int[]> spans = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (owner[r][c] >= 0) {
                    continue;
                }
                int cs = 1;
                while (c + cs < cols && !vEdge[r][c + cs] && owner[r][c + cs] < 0) {
                    cs++;
                }
                int rs = 1;
                while (r + rs < rows && openBelow(hEdge, owner, r + rs, c, cs)) {
                    rs++;
                }
                for (int i = r; i < r + rs; i++) {
                    for (int j = c; j < c + cs; j++) {
                        owner[i][j] = spans.size();
                    }
                }
                spans.add(new int[] {r, c, rs, cs});
            }
        }
        List<List<Glyph>> content = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            content.add(new ArrayList<>());
        }
        Box tableBox = LatticeTableFinder.box(page.page(), xs, ys);
        for (Glyph g : page.glyphs()) {
            // Text flows rightwards: a glyph overflowing across a ruling belongs to the cell it started in.
            int c = slot(xs, g.x0() + 0.1 * (g.x1() - g.x0()));
            int r = slot(ys, g.centerY());
            if (r >= 0 && c >= 0) {
                content.get(owner[r][c]).add(g);
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            Box box = new Box(page.page(), xs[s[1]], ys[s[0]], xs[s[1] + s[3]], ys[s[0] + s[2]]);
            cells.add(new Cell(s[0], s[1], s[2], s[3], cellText(content.get(i), box.x1()), List.of(), box));
        }
        if (!LatticeTableFinder.hasContent(cells)) {
            return null;
        }
        return new PageTable(page.page(), rows, cols, cells, xs, tableBox, "lattice");
    }

    /** The row below a span can join it when no boundary separates them and its slots are free. */
    private static boolean openBelow(boolean[][] hEdge, int[][] owner, int r, int c, int cs) {
        for (int j = c; j < c + cs; j++) {
            if (hEdge[r][j] || owner[r][j] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Index of the interval of {@code bounds} holding {@code v}, or -1 outside. */
    static int slot(double[] bounds, double v) {
        if (v < bounds[0] || v > bounds[bounds.length - 1]) {
            return -1;
        }
        int lo = 0, hi = bounds.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (bounds[mid] <= v) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * A cell's lines joined: nothing between CJK characters (a wrapped Word cell), a space for
     * Latin, nothing inside a number the cell was too narrow for (a full line broken at a digit).
     */
    static String cellText(List<Glyph> glyphs) {
        return cellText(glyphs, Double.MAX_VALUE);
    }

    /** @param right the cell's right edge: a line reaching it was broken for want of room */
    static String cellText(List<Glyph> glyphs, double right) {
        List<TextLine> lines = LineBuilder.build(glyphs);
        String text = "";
        TextLine prev = null;
        for (TextLine line : lines) {
            String part = line.text().strip();
            boolean full = prev != null && prev.x1() >= right - Math.max(6, prev.fontSize());
            text = full && brokenNumber(text, part) ? text + part : Cjk.join(text, part);
            prev = line;
        }
        return text.strip();
    }

    private static boolean brokenNumber(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        char a = left.charAt(left.length() - 1), b = right.charAt(0);
        return (Character.isDigit(a) || a == '.') && (Character.isDigit(b) || b == '%' || b == '.');
    }
}
