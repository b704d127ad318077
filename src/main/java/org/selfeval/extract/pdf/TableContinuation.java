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

    /** A table being assembled from page parts. */
    private static final class Growing {
        private final PageTable first;
        private final List<Integer> pages = new ArrayList<>();
        private final List<Cell> cells = new ArrayList<>();
        private PageTable last;
        private int rows;

        Growing(PageTable t) {
            first = t;
            last = t;
            pages.add(t.page());
            cells.addAll(t.cells());
            rows = t.rowCount();
        }

        boolean continuesWith(PageTable next) {
            if (next.page() != last.page() + 1 || next.colCount() != last.colCount()
                    || next.xs().length != last.xs().length || !next.method().equals(last.method())) {
                return false;
            }
            for (int i = 0; i < next.xs().length; i++) {
                if (Math.abs(next.xs()[i] - last.xs()[i]) > X_TOL) {
                    return false;
                }
            }
            return true;
        }

        void append(PageTable next) {
            int skip = sameRow(first, 0, next, 0) ? 1 : 0;
            for (Cell c : next.cells()) {
                if (c.row() < skip && c.row() + c.rowSpan() <= skip) {
                    continue;
                }
                int row = Math.max(c.row(), skip) - skip + rows;
                int span = c.row() + c.rowSpan() - Math.max(c.row(), skip);
                cells.add(new Cell(row, c.col(), span, c.colSpan(), c.text(), c.nested(), c.box()));
            }
            rows += next.rowCount() - skip;
            pages.add(next.page());
            last = next;
        }

        /** Whether row {@code ra} of {@code a} repeats row {@code rb} of {@code b}: same cells, same text. */
        private static boolean sameRow(PageTable a, int ra, PageTable b, int rb) {
            List<Cell> x = a.cells().stream().filter(c -> c.row() == ra).toList();
            List<Cell> y = b.cells().stream().filter(c -> c.row() == rb).toList();
            if (x.size() != y.size() || x.stream().allMatch(c -> c.text().isBlank())) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (x.get(i).col() != y.get(i).col() || x.get(i).colSpan() != y.get(i).colSpan()
                        || !norm(x.get(i).text()).equals(norm(y.get(i).text()))) {
                    return false;
                }
            }
            return true;
        }

        private static String norm(String s) {
            return s.replaceAll("\\s+", "");
        }

        Table toTable() {
            return new Table(pages, rows, first.colCount(), cells, first.method(), first.box());
        }
    }
}
