package org.selfeval.eval.checks;

import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.TableSpec;
import org.selfeval.synth.TableSpec.CellSpec;
import org.selfeval.synth.TableSpec.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The money tables of a generated report re-stated in 元 with thousands separators, the unit said
 * either in the block's header cell (（元）) or once for the table (单位：元 in its title line), and the
 * amounts of a row read back whatever the unit.
 */
final class YuanTables {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final String BASIC_HEAD = "经费控制情况（万元）";
    private static final String PROJECT_HEAD = "项目资金（万元）";

    private YuanTables() {
    }

    /** True when this table states its money in 元. */
    static boolean inYuan(TableSpec t) {
        return t.title().contains("单位：元") || t.cells().stream().anyMatch(c -> c.text().endsWith("（元）"));
    }

    /**
     * The spec with the 基础数据表 money block and the project table's funding block in 元.
     *
     * @param inHeader unit in the header cell (else in the title line, header cell without unit)
     */
    static ReportSpec convert(ReportSpec spec, boolean inHeader) {
        List<TableSpec> tables = new ArrayList<>();
        for (TableSpec t : spec.tables()) {
            if (t.kind() == Kind.BASIC_DATA) {
                t = block(t, BASIC_HEAD, 1, 6, inHeader, c -> c.text().startsWith("楼堂馆所"));
            } else if (t.kind() == Kind.PROJECT_SELF_EVALUATION) {
                t = block(t, PROJECT_HEAD, 2, 4, inHeader, c -> c.text().equals("年度总体目标"));
            }
            tables.add(t);
        }
        return spec.withTables(tables);
    }

    /** Rows after the header cell up to the end marker: number cells in columns [fromCol, toCol] to 元. */
    private static TableSpec block(TableSpec t, String head, int fromCol, int toCol, boolean inHeader,
                                   java.util.function.Predicate<CellSpec> end) {
        CellSpec h = SpecEdits.find(t, head::equals);
        if (h == null) {
            return t;
        }
        int stop = t.cells().stream().filter(end).mapToInt(CellSpec::row).min().orElse(t.rowCount());
        int first = h.row() + 1;
        List<CellSpec> cells = new ArrayList<>();
        for (CellSpec c : t.cells()) {
            BigDecimal v = c.row() >= first && c.row() < stop && c.col() >= fromCol && c.col() <= toCol
                    ? amount(c.text()) : null;
            if (v != null) {
                c = c.withText(yuan(v.multiply(TEN_THOUSAND)));
            } else if (c == h) {
                c = c.withText(inHeader ? head.replace("（万元）", "（元）") : head.replace("（万元）", ""));
            }
            cells.add(c);
        }
        TableSpec out = t.withCells(cells);
        return inHeader ? out : out.withTitle(t.title() + "\n单位：元");
    }

    /** "1,234,500" or "1,234,500.5": grouped, no trailing zeros. */
    static String yuan(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        String plain = s.scale() <= 0 ? s.setScale(0).toPlainString() : s.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        return String.format(Locale.ROOT, "%,d", Long.parseLong(whole)) + (dot < 0 ? "" : plain.substring(dot));
    }

    /** The plain amount of a cell ("1,234.5", "860.9"), or null for labels, blanks and "——". */
    static BigDecimal amount(String text) {
        String t = text.trim().replace(",", "");
        return t.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(t) : null;
    }

    /** 基础数据表 row by its label: (Y-1)决算, Y预算, Y决算 in the table's own unit (null when blank). */
    static BigDecimal[] rowAmounts(TableSpec t, String label) {
        CellSpec l = SpecEdits.find(t, label::equals);
        return l == null ? null : at(t, l.row(), 1, 3, 5);
    }

    /** Project table funding row by its label: 年初预算数, 全年预算数, 全年执行数. */
    static BigDecimal[] fundingRow(TableSpec t, String label) {
        CellSpec l = SpecEdits.find(t, label::equals);
        return l == null ? null : at(t, l.row(), 2, 3, 4);
    }

    private static BigDecimal[] at(TableSpec t, int row, int... cols) {
        BigDecimal[] out = new BigDecimal[cols.length];
        for (int k = 0; k < cols.length; k++) {
            CellSpec c = t.anchoredAt(row, cols[k]);
            out[k] = c == null ? null : amount(c.text());
        }
        return out;
    }
}
