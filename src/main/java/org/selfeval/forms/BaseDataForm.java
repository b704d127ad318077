package org.selfeval.forms;

import java.util.List;
import java.util.Optional;

/**
 * The 部门整体支出绩效评价基础数据表 (rubric §3.1).
 *
 * @param quota        编制数, or null
 * @param staff        实际在职人数, or null
 * @param controlRate  控制率 (%), or null
 * @param year         Y from the column headers (Y-1决算, Y预算, Y决算), or null when unknown
 * @param columns      the three money column titles as written, in order (Y-1决算, Y预算, Y决算)
 * @param rows         Block B rows in order, each with a canonical key where recognised
 * @param building     Block C values (批复规模, 实际规模, 规模控制率, 预算投资, 实际投资, 投资概算控制率)
 */
public record BaseDataForm(LocatedTable source, FormValue quota, FormValue staff, FormValue controlRate,
                           Integer year, List<String> columns, List<MoneyRow> rows, List<FormValue> building) {

    public static final String THREE_PUBLIC = "三公经费";
    public static final String CAR = "公务用车购置和维护经费";
    public static final String CAR_PURCHASE = "公车购置";
    public static final String CAR_RUNNING = "公车运行维护";
    public static final String ABROAD = "出国经费";
    public static final String RECEPTION = "公务接待";
    public static final String PROJECT = "项目支出";
    public static final String PUBLIC = "公用经费";

    public BaseDataForm {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        building = building == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(building));
    }

    /**
     * One Block B row.
     *
     * @param key    canonical key (THREE_PUBLIC …) or "" for free rows (project items)
     * @param parent the key of the L0 group it belongs to (PROJECT, PUBLIC, THREE_PUBLIC) or ""
     * @param values the three amounts (null where blank)
     * @param dashed which of the three cells hold a template dash "——"
     */
    public record MoneyRow(String label, String key, String parent, List<FormValue> values, List<Boolean> dashed,
                           int row) {
        public MoneyRow {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            dashed = List.copyOf(dashed);
        }

        public FormValue value(int column) {
            return values.get(column);
        }

        public boolean blank() {
            return values.stream().allMatch(java.util.Objects::isNull);
        }
    }

    public Optional<MoneyRow> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** Rows under an L0 group (项目支出 items, 公用经费 其中 items). */
    public List<MoneyRow> children(String parentKey) {
        return rows.stream().filter(r -> r.parent().equals(parentKey) && r.key().isEmpty()).toList();
    }
}
