package org.selfeval.forms;

import org.selfeval.figures.AmountParser;
import org.selfeval.figures.Quantity;
import org.selfeval.model.Finding;

import java.util.Optional;

/**
 * A number read from one form cell, with the cell it came from so that findings can cite it.
 *
 * @param label  what it is, e.g. "年度资金总额·全年执行数"
 * @param value  the number as written, in the cell's own unit
 * @param unit   the cell's unit: its own, else the one its table states for it (column header,
 *               header row, caption — see TableUnits), else the form's default for money (万元);
 *               "" only for a plain count or a cell no unit applies to
 * @param text   the cell text as written
 * @param table  0-based ordinal of the table in the document
 */
public record FormValue(String label, double value, String unit, String comparator, String text,
                        int table, int row, int col, int page) {

    /** The cell's number, when the cell (after an optional "label：") holds exactly one figure. */
    static Optional<FormValue> parse(String label, String text, String tableUnit, int table, int row, int col,
                                     int page) {
        Optional<Quantity> q = AmountParser.parseCell(text);
        return q.filter(x -> x.high() == null && !x.approx())
                .map(x -> new FormValue(label, x.value(), x.unit().isEmpty() ? tableUnit : x.unit(), x.comparator(),
                        text.strip(), table, row, col, page));
    }

    /** Money in 万元 (the forms' unit) whatever unit the cell is in; other units as they are. */
    public double wan() {
        return value / perWan(unit);
    }

    /** An amount in 万元 expressed in this cell's unit (to print a computed sum as the table does). */
    public double inOwnUnit(double wan) {
        return wan * perWan(unit);
    }

    private static double perWan(String unit) {
        return switch (unit) {
            case "元" -> 10_000d;
            case "千元" -> 10d;
            case "亿元" -> 1 / 10_000d;
            default -> 1d;
        };
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }

    /** The value as printed, in its own unit (a cell of a 元 table is quoted in 元). */
    public Finding.Value cite() {
        return new Finding.Value(label, value, unit.isEmpty() ? null : unit, "table", page, text);
    }

    /** This value, in {@code fallback} when neither the cell nor its table named a unit. */
    FormValue orUnit(String fallback) {
        return unit.isEmpty() ? new FormValue(label, value, fallback, comparator, text, table, row, col, page) : this;
    }

    public FormValue relabel(String newLabel) {
        return new FormValue(newLabel, value, unit, comparator, text, table, row, col, page);
    }
}
