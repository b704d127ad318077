package org.selfeval.checks.text;

import org.selfeval.checks.CheckContext;
import org.selfeval.forms.BaseDataForm;
import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.forms.SelfEvalForm;
import org.selfeval.model.Finding;

import java.util.Map;
import java.util.Optional;

/**
 * Where a prose label is found in the forms: the 基础数据表 row for a canonical label, its column
 * for a period, the 自评表 split items. One report's forms are used only when there is exactly one
 * of a kind, so that a report with two 基础数据表 is never compared against the wrong one.
 */
final class TableLinks {

    /** Canonical prose label → 基础数据表 row key. */
    static final Map<String, String> BASE_ROWS = Map.of(
            Labels.THREE_PUBLIC, BaseDataForm.THREE_PUBLIC,
            Labels.RECEPTION, BaseDataForm.RECEPTION,
            Labels.PROJECT, BaseDataForm.PROJECT,
            Labels.PUBLIC_USE, BaseDataForm.PUBLIC,
            "因公出国（境）费", BaseDataForm.ABROAD,
            "公务用车购置及运行维护费", BaseDataForm.CAR,
            "公务用车运行维护费", BaseDataForm.CAR_RUNNING);

    static final int PREVIOUS_ACTUAL = 0;
    static final int BUDGET = 1;
    static final int ACTUAL = 2;

    private TableLinks() {
    }

    static Optional<BaseDataForm> baseData(CheckContext ctx) {
        var all = Forms.of(ctx).baseData();
        return all.size() == 1 && all.get(0).columns().size() == 3 ? Optional.of(all.get(0)) : Optional.empty();
    }

    static Optional<SelfEvalForm> selfEval(CheckContext ctx) {
        var all = Forms.of(ctx).selfEval();
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /**
     * 全年执行数 of the 年度资金总额 row: from the report's one 自评表, or — in a project report,
     * which has none — from its one 项目支出绩效自评表.
     */
    static Optional<FormValue> totalExecuted(CheckContext ctx) {
        Forms forms = Forms.of(ctx);
        if (forms.selfEval().size() == 1) {
            var total = forms.selfEval().get(0).total();
            return Optional.ofNullable(total == null ? null : total.executed());
        }
        if (forms.selfEval().isEmpty() && forms.projects().size() == 1) {
            var total = forms.projects().get(0).total();
            return Optional.ofNullable(total == null ? null : total.executed());
        }
        return Optional.empty();
    }

    /**
     * 全年预算数 of the 年度资金总额 row of a project report's one 项目支出绩效自评表 (a department
     * report's prose 全年预算数 may be any project's, so it is not linked).
     */
    static Optional<FormValue> projectBudget(CheckContext ctx) {
        Forms forms = Forms.of(ctx);
        if (!forms.selfEval().isEmpty() || forms.projects().size() != 1) {
            return Optional.empty();
        }
        var total = forms.projects().get(0).total();
        return Optional.ofNullable(total == null ? null : total.full());
    }

    /** The 总分 得分 of the report's one 自评表 (部门整体 or 项目) with a 绩效指标 block. */
    static Optional<FormValue> totalScore(CheckContext ctx) {
        var sheets = Forms.of(ctx).sheets();
        return sheets.size() == 1 ? Optional.ofNullable(sheets.get(0).indicators().totalScore()) : Optional.empty();
    }

    /** The 基础数据表 amount of a canonical label in a column, or empty when blank or unknown. */
    static Optional<FormValue> baseValue(CheckContext ctx, String label, int column) {
        String key = BASE_ROWS.get(label);
        if (key == null) {
            return Optional.empty();
        }
        return baseData(ctx).flatMap(b -> b.row(key)).map(r -> r.value(column));
    }

    /** The 基础数据表 column a prose period key refers to, or -1 when none does. */
    static int column(String periodKey, Integer year) {
        if (periodKey.isEmpty()) {
            return ACTUAL;
        }
        if (periodKey.equals("预算")) {
            return BUDGET;
        }
        if (periodKey.equals("上年") || (year != null && periodKey.equals("y" + (year - 1)))) {
            return PREVIOUS_ACTUAL;
        }
        return -1;
    }

    /** 上年 value of a label from the (Y-1) column, for stated changes. */
    static Optional<Finding.Value> previousYear(String label, CheckContext ctx) {
        return baseValue(ctx, label, PREVIOUS_ACTUAL).map(FormValue::cite);
    }

    /** A 自评表 按支出性质分 item (基本支出, 项目支出) by name. */
    static Optional<FormValue> expenseItem(CheckContext ctx, String name) {
        return selfEval(ctx).flatMap(f -> f.expense().stream().filter(i -> i.name().equals(name) && i.value() != null)
                .map(SelfEvalForm.SplitItem::value).findFirst());
    }
}
