package org.selfeval.forms;

import org.selfeval.figures.TableUnits;
import org.selfeval.model.Cell;

import java.util.Optional;
import java.util.function.Predicate;

/** Grid view of a located table: compact texts per slot, and numbers with their source cell. */
final class FormGrid {

    /** The unit of the templates' money columns (单位：万元) when a table names none. */
    static final String DEFAULT_MONEY_UNIT = "万元";

    private final LocatedTable located;
    private final String[][] text;
    /** The table's slots as written, built once: unit resolution reads them for every cell. */
    private final String[][] raw;
    private final TableUnits.Titles titles;

    FormGrid(LocatedTable located) {
        this.located = located;
        this.raw = located.table().grid();
        this.titles = new TableUnits.Titles(raw);
        text = new String[raw.length][];
        for (int r = 0; r < raw.length; r++) {
            text[r] = new String[raw[r].length];
            for (int c = 0; c < raw[r].length; c++) {
                text[r][c] = CellTexts.compact(raw[r][c]);
            }
        }
    }

    int rows() {
        return text.length;
    }

    int cols() {
        return located.table().colCount();
    }

    int ordinal() {
        return located.ordinal();
    }

    String text(int r, int c) {
        return r < 0 || r >= rows() || c < 0 || c >= cols() ? "" : text[r][c];
    }

    /** The raw text of the cell covering (r, c). */
    String raw(int r, int c) {
        Cell cell = located.table().cellAt(r, c);
        return cell == null ? "" : cell.text();
    }

    /** First column in row r whose text satisfies p, or -1. */
    int colWhere(int r, Predicate<String> p) {
        for (int c = 0; c < cols(); c++) {
            if (p.test(text(r, c))) {
                return c;
            }
        }
        return -1;
    }

    /** First row from {@code from} with a cell satisfying p, or -1. */
    int rowWhere(int from, Predicate<String> p) {
        for (int r = Math.max(0, from); r < rows(); r++) {
            if (colWhere(r, p) >= 0) {
                return r;
            }
        }
        return -1;
    }

    /** The number in (r, c), cited at its covering cell's anchor; unit from the cell's row and caption only. */
    Optional<FormValue> value(String label, int r, int c) {
        return value(label, -1, r, c, "");
    }

    /** The number in (r, c) of a block whose column titles are in row {@code header}. */
    Optional<FormValue> value(String label, int header, int r, int c) {
        return value(label, header, r, c, "");
    }

    /** A money cell: as {@link #value(String, int, int, int)}, in 万元 when the table names no unit. */
    Optional<FormValue> money(String label, int header, int r, int c) {
        return value(label, header, r, c, DEFAULT_MONEY_UNIT);
    }

    private Optional<FormValue> value(String label, int header, int r, int c, String fallback) {
        if (r < 0 || c < 0 || r >= rows() || c >= cols()) {
            return Optional.empty();
        }
        Cell cell = located.table().cellAt(r, c);
        if (cell == null) {
            return Optional.empty();
        }
        // PDF text may break a number across a line ("90.9 1%", "9,233,10 0.00"): parse the cell without spaces.
        return FormValue.parse(label, CellTexts.compact(cell.text()), unitOf(header, r, c), ordinal(),
                cell.row(), cell.col(), pageOf(cell)).map(v -> v.orUnit(fallback));
    }

    /** The unit the table states for (r, c) (column header, header row, row labels, caption), "" when none. */
    String unitOf(int header, int r, int c) {
        return TableUnits.resolve(titles, header, null, r, c, located.captionUnit());
    }

    /** A number written after "label：" inside a cell. */
    Optional<FormValue> inlineValue(String label, int r, int c, String valueText) {
        Cell cell = located.table().cellAt(r, c);
        if (cell == null) {
            return Optional.empty();
        }
        return FormValue.parse(label, valueText, unitOf(-1, r, c), ordinal(), cell.row(), cell.col(), pageOf(cell))
                .map(v -> new FormValue(v.label(), v.value(), v.unit(), v.comparator(), CellTexts.compact(cell.text()),
                        v.table(), v.row(), v.col(), v.page()));
    }

    /** Whether (r, c) is the top-left slot of its cell (so merged cells are read once). */
    boolean isAnchor(int r, int c) {
        Cell cell = located.table().cellAt(r, c);
        return cell != null && cell.row() == r && cell.col() == c;
    }

    private int pageOf(Cell cell) {
        return cell.pageIn(located.table());
    }
}
