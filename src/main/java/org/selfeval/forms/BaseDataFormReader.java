package org.selfeval.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a 部门整体支出绩效评价基础数据表 from the table model; pure, no I/O. */
public final class BaseDataFormReader {

    private static final Pattern YEAR_COLUMN = Pattern.compile("(\\d{4})年(度)?(决算|预算)");

    public Optional<BaseDataForm> read(LocatedTable t) {
        FormGrid g = new FormGrid(t);
        FormValue quota = null;
        FormValue staff = null;
        FormValue rate = null;
        int staffHeader = g.rowWhere(0, x -> x.equals("编制数") || x.startsWith("编制数"));
        if (staffHeader >= 0 && staffHeader + 1 < g.rows()) {
            int r = staffHeader + 1;
            quota = g.value("编制数", staffHeader, r, g.colWhere(staffHeader, x -> x.startsWith("编制数"))).orElse(null);
            staff = g.value("实际在职人数", staffHeader, r, g.colWhere(staffHeader, x -> x.contains("在职人数")))
                    .orElse(null);
            rate = g.value("控制率", staffHeader, r, g.colWhere(staffHeader, x -> x.contains("控制率"))).orElse(null);
        }
        int header = g.rowWhere(0, x -> YEAR_COLUMN.matcher(x).find());
        List<BaseDataForm.MoneyRow> rows = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Integer year = null;
        if (header >= 0) {
            int[] cols = moneyColumns(g, header);
            if (cols != null) {
                for (int c : cols) {
                    titles.add(g.text(header, c));
                }
                year = yearOf(g.text(header, cols[2]));
                readRows(g, header, cols, rows);
            }
        }
        List<FormValue> building = building(g);
        if (quota == null && staff == null && rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BaseDataForm(t, quota, staff, rate, year, titles, rows, building));
    }

    /** The anchor columns of the three year headers, in Y-1决算, Y预算, Y决算 order, or null. */
    private static int[] moneyColumns(FormGrid g, int header) {
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < g.cols(); c++) {
            if (g.isAnchor(header, c) && YEAR_COLUMN.matcher(g.text(header, c)).find()) {
                cols.add(c);
            }
        }
        if (cols.size() != 3) {
            return null;
        }
        Integer y0 = yearOf(g.text(header, cols.get(0)));
        Integer y1 = yearOf(g.text(header, cols.get(1)));
        Integer y2 = yearOf(g.text(header, cols.get(2)));
        boolean shape = y0 != null && y1 != null && y2 != null && y0 == y2 - 1 && y1.equals(y2)
                && g.text(header, cols.get(0)).contains("决算") && g.text(header, cols.get(1)).contains("预算")
                && g.text(header, cols.get(2)).contains("决算");
        return shape ? new int[]{cols.get(0), cols.get(1), cols.get(2)} : null;
    }

    private static Integer yearOf(String s) {
        Matcher m = YEAR_COLUMN.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static void readRows(FormGrid g, int header, int[] cols, List<BaseDataForm.MoneyRow> out) {
        String parent = "";
        for (int r = header + 1; r < g.rows(); r++) {
            String raw = g.text(r, 0);
            if (raw.contains("楼堂馆所") || raw.contains("厉行节约")) {
                break;
            }
            String label = CellTexts.bareLabel(g.raw(r, 0));
            String key = key(label);
            if (key.equals(BaseDataForm.THREE_PUBLIC) || key.equals(BaseDataForm.PROJECT)
                    || key.equals(BaseDataForm.PUBLIC)) {
                parent = key;
            } else if (key.equals("L0")) {
                parent = "";
                key = label;
            }
            List<FormValue> values = new ArrayList<>();
            List<Boolean> dashed = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                values.add(g.money(label + "·" + g.text(header, cols[k]), header, r, cols[k]).orElse(null));
                dashed.add(CellTexts.isDash(g.text(r, cols[k])));
            }
            String rowParent = key.equals(parent) ? "" : parent;
            out.add(new BaseDataForm.MoneyRow(label, key, rowParent, values, dashed, r));
        }
    }

    /** Canonical key of a row label; "" for free item rows; "L0" for other top-level rows. */
    private static String key(String label) {
        if (label.startsWith("三公经费") || label.matches("[“\"]?三公[”\"]?经费.*")) {
            return BaseDataForm.THREE_PUBLIC;
        }
        if (label.contains("公务用车购置及运行") || label.contains("公务用车购置和")) {
            return BaseDataForm.CAR;
        }
        if (label.startsWith("公车购置") || label.startsWith("公务用车购置")) {
            return BaseDataForm.CAR_PURCHASE;
        }
        if (label.startsWith("公车运行") || label.startsWith("公务用车运行")) {
            return BaseDataForm.CAR_RUNNING;
        }
        if (label.startsWith("出国")) {
            return BaseDataForm.ABROAD;
        }
        if (label.startsWith("公务接待")) {
            return BaseDataForm.RECEPTION;
        }
        if (label.equals("项目支出")) {
            return BaseDataForm.PROJECT;
        }
        if (label.equals("公用经费")) {
            return BaseDataForm.PUBLIC;
        }
        if (label.startsWith("政府采购") || label.contains("预算调整")) {
            return "L0";
        }
        return "";
    }

    /** Block C: the row under the header holding 批复规模 … 投资概算控制率 (six values, null when blank). */
    private static List<FormValue> building(FormGrid g) {
        int header = g.rowWhere(0, x -> x.startsWith("批复规模"));
        if (header < 0 || header + 1 >= g.rows()) {
            return null;
        }
        String[] names = {"批复规模", "实际规模", "规模控制率", "预算投资", "实际投资", "投资概算控制率"};
        List<FormValue> out = new ArrayList<>();
        for (String name : names) {
            int c = g.colWhere(header, x -> x.startsWith(name));
            boolean money = name.endsWith("投资");
            out.add(c < 0 ? null : (money ? g.money(name, header, header + 1, c) : g.value(name, header, header + 1, c))
                    .orElse(null));
        }
        return out;
    }
}
