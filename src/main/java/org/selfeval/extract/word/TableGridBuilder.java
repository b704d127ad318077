package org.selfeval.extract.word;

import org.selfeval.extract.CellBudget;
import org.selfeval.model.Cell;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Table} grid from Word's row-by-row cell description (both .docx and .doc
 * describe tables that way): each cell occupies some grid columns, and vertical merges are
 * marked on every cell of the merge, the first one "restart", the others "continue".
 * Continuation cells disappear into their anchor, whose row span grows.
 */
final class TableGridBuilder {

    enum VMerge { NONE, RESTART, CONTINUE }

    private static final class Anchor {
        final int row;
        final int col;
        final int colSpan;
        int rowSpan = 1;
        final StringBuilder text;
        final List<Table> nested;

        Anchor(int row, int col, int colSpan, String text, List<Table> nested) {
            this.row = row;
            this.col = col;
            this.colSpan = colSpan;
            this.text = new StringBuilder(text);
            this.nested = new ArrayList<>(nested);
        }
    }

    private final List<Anchor> anchors = new ArrayList<>();
    /** Vertical merges still open, by start column. */
    private final Map<Integer, Anchor> open = new HashMap<>();
    private final Set<Integer> touched = new HashSet<>();
    private int row = -1;
    private int col;
    private int maxCol;
    private final int declaredCols;
    private final CellBudget budget;
    private long spent;

    /** @param declaredCols the column count the file declares (w:tblGrid), or 0 when unknown */
    TableGridBuilder(int declaredCols) {
        this(declaredCols, CellBudget.unlimited());
    }

    /** @param budget the document's cell limit, spent slot by slot as cells arrive */
    TableGridBuilder(int declaredCols, CellBudget budget) {
        this.declaredCols = declaredCols;
        this.budget = budget;
    }

    /** Starts a new row; {@code skipCols} grid columns before the first cell stay empty. */
    void startRow(int skipCols) {
        endRow();
        row++;
        col = Math.max(0, skipCols);
        maxCol = Math.max(maxCol, col);
    }

    /** Starts a row whose first cell sits at grid column 0. */
    void startRow() {
        startRow(0);
    }

    /** Adds a cell at the next free position of the current row. */
    void addCell(int colSpan, VMerge merge, String text, List<Table> nested) {
        addCellAt(col, colSpan, merge, text, nested);
    }

    /** Adds a cell at an explicit grid column (used when cell edges are known, as in .doc). */
    void addCellAt(int atCol, int colSpan, VMerge merge, String text, List<Table> nested) {
        if (row < 0) {
            startRow();
        }
        int span = Math.max(1, colSpan);
        int start = Math.max(atCol, col);
        spend(start + span - col);
        Anchor above = open.get(start);
        if (merge == VMerge.CONTINUE && above != null) {
            above.rowSpan = row - above.row + 1;
            // Word hides a continuation cell's own text; keep it rather than lose it.
            if (!text.isBlank()) {
                above.text.append(above.text.isEmpty() ? "" : "\n").append(text);
            }
            above.nested.addAll(nested);
            touched.add(start);
        } else {
            Anchor a = new Anchor(row, start, span, text, nested);
            anchors.add(a);
            if (merge == VMerge.NONE) {
                open.remove(start);
            } else {
                open.put(start, a);
                touched.add(start);
            }
        }
        col = start + (above != null && merge == VMerge.CONTINUE ? Math.max(span, 1) : span);
        maxCol = Math.max(maxCol, col);
    }

    private void spend(long slots) {
        if (slots > 0) {
            spent += slots;
            budget.spend(slots);
        }
    }

    private void endRow() {
        open.keySet().retainAll(touched);
        touched.clear();
    }

    /** @param page the 1-based page the table starts on, or 0 when unknown */
    Table build(int page) {
        endRow();
        int rows = row + 1;
        int cols = Math.max(maxCol, declaredCols);
        spend((long) rows * cols - spent); // slots no cell filled (a wide declared grid) count too
        List<Cell> cells = new ArrayList<>(anchors.size());
        for (Anchor a : anchors) {
            int colSpan = Math.min(a.colSpan, Math.max(1, cols - a.col));
            cells.add(new Cell(a.row, a.col, a.rowSpan, colSpan, a.text.toString(), a.nested, null));
        }
        return new Table(page > 0 ? List.of(page) : List.of(), rows, cols, cells, "word", null);
    }
}
