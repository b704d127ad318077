package org.selfeval.eval.tables;

import org.selfeval.model.Box;
import org.selfeval.model.Cell;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.List;

/** Our {@link Table} as a text grid the way an oracle tool would have written it. */
public final class GridRenderer {

    private GridRenderer() {
    }

    /**
     * @param page only slots whose cell lies on this page are kept (a table continued over several
     *             pages is compared page by page, as the oracle tools read one page at a time)
     * @param area when not null, only slots whose cell centre lies inside it are kept.
     *             Slots not kept become "", and rows/columns with no kept slot are dropped; cells
     *             without a box count as inside.
     */
    public static List<List<String>> render(Table table, SpanRendering spans, int page, Box area) {
        List<List<String>> grid = slots(table, spans, page, area);
        return spans == SpanRendering.PACKED ? PackedRows.of(table, page, area) : grid;
    }

    private static List<List<String>> slots(Table table, SpanRendering spans, int page, Box area) {
        int rows = table.rowCount();
        int cols = table.colCount();
        String[][] text = new String[rows][cols];
        boolean[][] inside = new boolean[rows][cols];
        for (Cell cell : table.cells()) {
            boolean in = inside(cell, page, area);
            for (int r = cell.row(); r < Math.min(rows, cell.row() + cell.rowSpan()); r++) {
                for (int c = cell.col(); c < Math.min(cols, cell.col() + cell.colSpan()); c++) {
                    inside[r][c] = in;
                    if (in && shows(spans, cell, r, c)) {
                        text[r][c] = cell.text();
                    }
                }
            }
        }
        boolean[] keepRow = new boolean[rows];
        boolean[] keepCol = new boolean[cols];
        // A row or column with no cell at all has no position; keep it only when nothing is cut away.
        boolean whole = area == null && table.pages().equals(List.of(page));
        java.util.Arrays.fill(keepRow, whole);
        java.util.Arrays.fill(keepCol, whole);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                // Slots without any cell follow their row and column, so they never decide alone.
                keepRow[r] |= inside[r][c];
                keepCol[c] |= inside[r][c];
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (!keepRow[r]) {
                continue;
            }
            List<String> line = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                if (keepCol[c]) {
                    line.add(text[r][c] == null ? "" : text[r][c]);
                }
            }
            out.add(List.copyOf(line));
        }
        return out;
    }

    static boolean inside(Cell cell, int page, Box area) {
        Box b = cell.box();
        return b == null || b.page() == page && (area == null || Regions.containsCentre(area, b));
    }

    private static boolean shows(SpanRendering spans, Cell cell, int r, int c) {
        return switch (spans) {
            case TOP_LEFT, PACKED -> r == cell.row() && c == cell.col();
            case COPY_VERTICAL -> c == cell.col();
            case COPY_ALL -> true;
        };
    }
}
