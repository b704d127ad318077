package org.selfeval.extract.pdf;

import org.selfeval.model.Box;
import org.selfeval.model.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds ruled tables: connected sets of horizontal and vertical rulings form a grid; a merged
 * cell is where an interior ruling between two grid slots is missing.
 */
final class LatticeTableFinder {

    /** Rulings closer than this are the same line (double borders, rounding). */
    static final double TOL = 2.5;
    /** Share of a slot edge a ruling must cover to count as a boundary. */
    private static final double COVER = 0.6;
    /** Guard against pathological pages (vector drawings with thousands of strokes). */
    private static final long MAX_PAIRS = 4_000_000L;

    private LatticeTableFinder() {
    }

    static List<PageTable> find(PageLayout page) {
        List<Ruling> hs = RulingMerger.merge(page.rulings(), true, 1.0);
        List<Ruling> vs = RulingMerger.merge(page.rulings(), false, 1.0);
        List<PageTable> tables = new ArrayList<>();
        if (hs.size() < 2 || vs.size() < 2 || (long) hs.size() * vs.size() > MAX_PAIRS) {
            return tables;
        }
        for (List<Ruling> component : components(hs, vs)) {
            PageTable t = grid(page, component);
            if (t != null) {
                tables.add(t);
            }
        }
        tables.sort((a, b) -> Double.compare(a.box().y0(), b.box().y0()));
        return tables;
    }

    /** Groups rulings that touch each other, by union-find over horizontal × vertical pairs. */
    private static List<List<Ruling>> components(List<Ruling> hs, List<Ruling> vs) {
        int n = hs.size() + vs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < hs.size(); i++) {
            for (int j = 0; j < vs.size(); j++) {
                if (hs.get(i).meets(vs.get(j), TOL)) {
                    union(parent, i, hs.size() + j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] index = new int[n];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (index[root] < 0) {
                index[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(index[root]).add(i < hs.size() ? hs.get(i) : vs.get(i - hs.size()));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static PageTable grid(PageLayout page, List<Ruling> component) {
        List<Ruling> hs = component.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vs = component.stream().filter(r -> !r.horizontal()).toList();
        if (hs.size() < 2 || vs.size() < 2) {
            return null;
        }
        double[] ys = toArray(RulingMerger.positions(hs, TOL));
        double[] xs = toArray(RulingMerger.positions(vs, TOL));
        // Only the outer frame may be open: the grid spans the extent of the rulings themselves.
        xs = widen(xs, hs.stream().mapToDouble(Ruling::start).min().orElse(xs[0]),
                hs.stream().mapToDouble(Ruling::end).max().orElse(xs[xs.length - 1]));
        ys = widen(ys, vs.stream().mapToDouble(Ruling::start).min().orElse(ys[0]),
                vs.stream().mapToDouble(Ruling::end).max().orElse(ys[ys.length - 1]));
        int rows = ys.length - 1, cols = xs.length - 1;
        if (rows < 1 || cols < 1 || rows * cols < 2) {
            return null;
        }
        boolean[][] vEdge = new boolean[rows][cols + 1];
        boolean[][] hEdge = new boolean[rows + 1][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c <= cols; c++) {
                vEdge[r][c] = c == 0 || c == cols || covered(vs, xs[c], ys[r], ys[r + 1]);
            }
        }
        for (int r = 0; r < rows; r++) {
            if (unruledAlignedRow(page, vEdge[r], xs, ys[r], ys[r + 1])) {
                java.util.Arrays.fill(vEdge[r], true);
            }
        }
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c < cols; c++) {
                hEdge[r][c] = r == 0 || r == rows || covered(hs, ys[r], xs[c], xs[c + 1]);
            }
        }
        return CellGrid.build(page, xs, ys, vEdge, hEdge);
    }

    /**
     * A row with no interior column rulings whose text still stands in the columns (a ruled
     * header over an unruled body): every line has wide gaps, one has three or more segments,
     * and no word crosses a column boundary. A merged full-width row (a note, a section title)
     * has one segment and stays merged.
     */
    private static boolean unruledAlignedRow(PageLayout page, boolean[] vEdge, double[] xs, double y0, double y1) {
        if (xs.length < 4) {
            return false;
        }
        for (int c = 1; c < vEdge.length - 1; c++) {
            if (vEdge[c]) {
                return false;
            }
        }
        List<Glyph> band = page.glyphs().stream().filter(g -> g.centerY() > y0 && g.centerY() < y1
                && g.centerX() > xs[0] && g.centerX() < xs[xs.length - 1]).toList();
        List<TextRow> lines = LineBuilder.build(band).stream().map(TextRow::of).toList();
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.segments().size() >= 2 && Gutters.fits(l, xs))
                && lines.stream().anyMatch(l -> l.segments().size() >= 3);
    }

    private static double[] widen(double[] ps, double min, double max) {
        List<Double> out = new ArrayList<>();
        if (min < ps[0] - 2 * TOL) {
            out.add(min);
        }
        for (double p : ps) {
            out.add(p);
        }
        if (max > ps[ps.length - 1] + 2 * TOL) {
            out.add(max);
        }
        return toArray(out);
    }

    /** Whether rulings at {@code pos} cover at least COVER of the span [from, to]. */
    private static boolean covered(List<Ruling> rulings, double pos, double from, double to) {
        double len = to - from;
        double sum = 0;
        for (Ruling r : rulings) {
            if (Math.abs(r.pos() - pos) <= TOL) {
                sum += Math.max(0, Math.min(to, r.end()) - Math.max(from, r.start()));
            }
        }
        return sum >= COVER * len;
    }

    private static double[] toArray(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /** Unused-cell-free check kept close to the finder: a table needs text in at least two cells. */
    static boolean hasContent(List<Cell> cells) {
        return cells.stream().filter(c -> !c.text().isBlank()).count() >= 2;
    }

    static Box box(int page, double[] xs, double[] ys) {
        return new Box(page, xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]);
    }
}
