package org.selfeval.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a 部门整体支出绩效自评表 from the table model; pure, no I/O. */
public final class SelfEvalFormReader {

    /**
     * Reads a form that a page break cut into several tables (PDF): each part is read on its own
     * and the parts are combined, the first value found for each field winning.
     */
    public Optional<SelfEvalForm> read(List<LocatedTable> parts) {
        SelfEvalForm acc = null;
        for (LocatedTable t : parts) {
            Optional<SelfEvalForm> f = readPart(t);
            if (f.isEmpty()) {
                continue;
            }
            acc = acc == null ? f.get() : combine(acc, f.get());
        }
        return Optional.ofNullable(acc).filter(f -> f.total() != null || f.indicators() != null);
    }

    public Optional<SelfEvalForm> read(LocatedTable t) {
        return read(List.of(t));
    }

    private static SelfEvalForm combine(SelfEvalForm a, SelfEvalForm b) {
        return new SelfEvalForm(a.source(), a.department().isEmpty() ? b.department() : a.department(),
                a.total() != null ? a.total() : b.total(), mergeSplit(a.income(), b.income()),
                mergeSplit(a.expense(), b.expense()), a.indicators() != null ? a.indicators() : b.indicators());
    }

    private static List<SelfEvalForm.SplitItem> mergeSplit(List<SelfEvalForm.SplitItem> a, List<SelfEvalForm.SplitItem> b) {
        List<SelfEvalForm.SplitItem> out = new ArrayList<>(a);
        for (SelfEvalForm.SplitItem item : b) {
            if (out.stream().noneMatch(x -> x.name().equals(item.name()))) {
                out.add(item);
            }
        }
        return out;
    }

    private Optional<SelfEvalForm> readPart(LocatedTable t) {
        FormGrid g = new FormGrid(t);
        String department = "";
        int nameRow = g.rowWhere(0, x -> x.contains("预算部门名称") || x.contains("单位名称"));
        if (nameRow >= 0) {
            int c = g.colWhere(nameRow, x -> x.contains("预算部门名称") || x.contains("单位名称"));
            for (int k = c + 1; k < g.cols(); k++) {
                if (!g.text(nameRow, k).isEmpty() && !g.text(nameRow, k).equals(g.text(nameRow, c))) {
                    department = g.text(nameRow, k);
                    break;
                }
            }
        }
        FundingLine total = null;
        int header = g.rowWhere(0, x -> x.startsWith("全年执行"));
        int totalRow = g.rowWhere(Math.max(header, 0), x -> x.equals("年度资金总额") || x.equals("年度资金总额："));
        if (header >= 0 && totalRow > header) {
            total = FundingLine.read(g, header, totalRow, "年度资金总额");
        }
        List<SelfEvalForm.SplitItem> income = split(g, SelfEvalForm.INCOME_PARTS);
        List<SelfEvalForm.SplitItem> expense = split(g, SelfEvalForm.EXPENSE_PARTS);
        Indicators indicators = Indicators.read(g).orElse(null);
        if (total == null && indicators == null && income.isEmpty() && expense.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SelfEvalForm(t, department, total, income, expense, indicators));
    }

    /**
     * Split items are "label：value" in one cell (the seed) or a label cell followed by a number
     * cell (other forms). Only cells above the 绩效指标 block count.
     */
    private static List<SelfEvalForm.SplitItem> split(FormGrid g, List<String> names) {
        int limit = g.rowWhere(0, x -> x.contains("三级指标") || x.contains("年度总体目标"));
        limit = limit < 0 ? g.rows() : limit;
        List<SelfEvalForm.SplitItem> out = new ArrayList<>();
        for (String name : names) {
            boolean found = false;
            for (int r = 0; r < limit && !found; r++) {
                for (int c = 0; c < g.cols() && !found; c++) {
                    if (!g.isAnchor(r, c)) {
                        continue;
                    }
                    String[] lv = CellTexts.labelValue(g.raw(r, c));
                    if (!matches(lv[0], name)) {
                        continue;
                    }
                    found = true;
                    FormValue v = null;
                    if (!lv[1].isEmpty()) {
                        v = g.inlineValue(name, r, c, lv[1]).orElse(null);
                    } else {
                        int next = nextCell(g, r, c);
                        if (next >= 0) {
                            v = g.value(name, r, next).orElse(null);
                        }
                    }
                    out.add(new SelfEvalForm.SplitItem(name, v == null ? null : v.orUnit(FormGrid.DEFAULT_MONEY_UNIT)));
                }
            }
        }
        return out;
    }

    private static boolean matches(String label, String name) {
        String l = CellTexts.bareLabel(label);
        return switch (name) {
            case "政府性基金拨款" -> l.matches("政府性基金(预算)?(拨款|收入)?");
            case "纳入专户管理的非税收入拨款" -> l.matches("纳入专户管理的非税收入(拨款)?");
            case "一般公共预算" -> l.matches("一般公共预算(拨款|财政拨款|收入)?");
            default -> l.equals(name);
        };
    }

    /** The column of the cell right of (r, c), or -1. */
    private static int nextCell(FormGrid g, int r, int c) {
        for (int k = c + 1; k < g.cols(); k++) {
            if (!g.text(r, k).equals(g.text(r, c)) || g.isAnchor(r, k)) {
                return k;
            }
        }
        return -1;
    }
}
