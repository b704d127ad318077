package org.selfeval.forms;

import java.util.List;

/**
 * The 部门整体支出绩效自评表 (rubric §3.2), as far as it could be read.
 *
 * @param department 预算部门名称, or ""
 * @param total      the 年度资金总额 row, or null when absent
 * @param income     按收入性质分 items found (一般公共预算, 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金)
 * @param expense    按支出性质分 items found (基本支出, 项目支出)
 * @param indicators the 绩效指标 block, or null
 */
public record SelfEvalForm(LocatedTable source, String department, FundingLine total, List<SplitItem> income,
                           List<SplitItem> expense, Indicators indicators) {

    public static final List<String> INCOME_PARTS = List.of("一般公共预算", "政府性基金拨款", "纳入专户管理的非税收入拨款", "其他资金");
    public static final List<String> EXPENSE_PARTS = List.of("基本支出", "项目支出");

    public SelfEvalForm {
        income = List.copyOf(income);
        expense = List.copyOf(expense);
    }

    /**
     * One labelled amount of a split; value null when the label is there and the amount blank.
     */
    public record SplitItem(String name, FormValue value) {
    }
}
