package org.selfeval.extract.pdf;

import org.selfeval.model.Block;
import org.selfeval.model.Cell;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a table that ends one page with the table that starts the next page when their column
 * grids match: one Table over both pages, a repeated header row dropped.
 */
final class TableContinuation {

    /** Column boundaries closer than this are the same grid. */
    private static final double X_TOL = 3.0;

    private TableContinuation() {
    }

    /** @param items Paragraphs and PageTables in reading order */
    static List<Block> merge(List<Object> items) {
        List<Block> out = new ArrayList<>();
        Growing open = null;
        for (Object item : items) {
            if (item instanceof PageTable t) {
                if (open != null && open.continuesWith(t)) {
                    open.append(t);
                    continue;
                }
                if (open != null) {
                    out.add(open.toTable());
                }
                open = new Growing(t);
            } else {
                if (open != null) {
                    out.add(open.toTable());
                    open = null;
                }
                out.add((Block) item);
            }
        }
        if (open != null) {
            out.add(open.toTable());
        }
        return out;
    }

    /** A table being assembled from page parts, on the union of their column grids. */
    private static final class Growing {
        private PageTable first;
        private final List<Integer> pages = new ArrayList<>();
        private final List<Cell> cells = new ArrayList<>();
        private PageTable last;
        private double[] xs;
        private int rows;

        Growing(PageTable t) {
            first = t;
            last = t;
            xs = t.xs();
            pages.add(t.page());
            cells.addAll(t.cells());
            rows = t.rowCount();
        }

        /** The next page's table continues this one when its grid is the same or a refinement of it. */
        boolean continuesWith(PageTable next) {
            return next.page() == last.page() + 1 && next.method().equals(last.method())
                    && ColumnGrid.compatible(xs, next.xs(), X_TOL);
        }

        void append(PageTable next) {
            double[] unified = ColumnGrid.union(xs, next.xs(), X_TOL);
            if (unified.length != xs.length) {
                List<Cell> respanned = ColumnGrid.respan(cells, xs, unified, X_TOL);
                cells.clear();
                cells.addAll(respanned);
                first = ColumnGrid.respan(first, unified, X_TOL);
                xs = unified;
            }
            next = ColumnGrid.respan(next, xs, X_TOL);
            int skip = repeatedHeaderRows(first, next);
            for (Cell c : next.cells()) {
                if (c.row() < skip || (c.row() == skip && extendsSpanAbove(c))) {
                    continue;
                }
                cells.add(new Cell(c.row() - skip + rows, c.col(), c.rowSpan(), c.colSpan(), c.text(), c.nested(), c.box()));
            }
            rows += next.rowCount() - skip;
            pages.add(next.page());
            last = next;
        }

        /**
         * An empty cell at the top of a continuation, under a merged cell that reaches the page
         * break with the same columns, is that merged cell going on: it grows by one row.
         */
        private boolean extendsSpanAbove(Cell c) {
            if (!c.text().isBlank()) {
                return false;
            }
            for (int i = 0; i < cells.size(); i++) {
                Cell up = cells.get(i);
                if ((up.rowSpan() > 1 || c.rowSpan() > 1) && up.row() + up.rowSpan() == rows && up.col() == c.col()
                        && up.colSpan() == c.colSpan() && !up.text().isBlank()) {
                    cells.set(i, new Cell(up.row(), up.col(), up.rowSpan() + c.rowSpan(), up.colSpan(), up.text(), up.nested(), up.box()));
                    return true;
                }
            }
            return false;
        }

        /**
         * How many leading rows of {@code next} repeat the header of {@code first}: the header is
         * the smallest block of top rows no merged cell reaches out of, compared cell by cell.
         */
        private static int repeatedHeaderRows(PageTable first, PageTable next) {
            int k = headerHeight(first);
            if (k >= first.rowCount() || k >= next.rowCount() || headerHeight(next) != k) {
                return 0;
            }
            List<Cell> a = first.cells().stream().filter(c -> c.row() < k).toList();
            List<Cell> b = next.cells().stream().filter(c -> c.row() < k).toList();
            if (a.size() != b.size() || a.stream().allMatch(c -> c.text().isBlank())) {
                return 0;
            }
            for (int i = 0; i < a.size(); i++) {
                Cell x = a.get(i), y = b.get(i);
                if (x.row() != y.row() || x.col() != y.col() || x.rowSpan() != y.rowSpan()
                        || x.colSpan() != y.colSpan() || !norm(x.text()).equals(norm(y.text()))) {
                    return 0;
                }
            }
            return k;
        }

        private static int headerHeight(PageTable t) {
            int k = 1;
            boolean grown = true;
            while (grown) {
                grown = false;
                for (Cell c : t.cells()) {
                    if (c.row() < k && c.row() + c.rowSpan() > k) {
                        k = c.row() + c.rowSpan();
                        grown = true;
                    }
                }
            }
            return k;
        }

        private static String norm(String s) {
            return s.replaceAll("\\s+", "");
        }

        Table toTable() {
            return new Table(pages, rows, xs.length - 1, cells, first.method(), first.box());
        }
    }
}
