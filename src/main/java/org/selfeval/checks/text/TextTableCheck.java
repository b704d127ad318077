package org.selfeval.checks.text;

import org.selfeval.checks.Money;
import org.selfeval.checks.Check;
import org.selfeval.checks.CheckContext;
import org.selfeval.forms.FormValue;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TEXT_TABLE_MISMATCH: the same quantity in the prose and in a form, compared in 万元 whatever
 * unit either side writes. X1 全年支出 vs 自评表 全年执行数; X7 项目支出 (and 基本支出) vs the
 * 自评表 split and the 基础数据表 Y决算; X8 公用经费 vs 基础数据表 (warning); X9 三公 figures vs the
 * 基础数据表 column of the same period. When the prose states a label with two values and one
 * of them agrees with the table, the other is reported too (the odd one out); when none agrees,
 * which one is meant is unclear and only X6 speaks. In a project report X1 also links the prose
 * 全年预算数 (全年预算安排) and money said to have arrived in full (已全部到位) with the
 * 项目支出绩效自评表 全年预算数; X13 links the prose 自评得分 with the form's 总分 (both profiles).
 */
public final class TextTableCheck implements Check {

    @Override
    public String id() {
        return "X1/X7/X8/X9/X13";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        Integer year = ctx.identity() == null ? null : ctx.identity().year();
        for (var group : byLabelAndPeriod(ctx).entrySet()) {
            List<TextFigures.TextFigure> texts = distinct(group.getValue(), ctx.tolerances().money());
            TextFigures.TextFigure first = texts.get(0);
            String label = first.label();
            int column = TableLinks.column(first.periodKey(), year);
            if (column == TableLinks.ACTUAL && label.equals(Labels.TOTAL)) {
                TableLinks.totalExecuted(ctx)
                        .ifPresent(v -> out.addAll(compareAll(ctx, "X1", texts, v, Severity.ERROR)));
            }
            if (column == TableLinks.ACTUAL && (label.equals(Labels.BASIC) || label.equals(Labels.PROJECT))) {
                TableLinks.expenseItem(ctx, label)
                        .ifPresent(v -> out.addAll(compareAll(ctx, "X7", texts, v, Severity.ERROR)));
            }
            if (BUDGETED.contains(label) && (column == TableLinks.ACTUAL || first.periodKey().equals("全年预算"))) {
                TableLinks.projectBudget(ctx)
                        .ifPresent(v -> out.addAll(compareAll(ctx, "X1", texts, v, Severity.ERROR)));
            }
            if (column >= 0 && TableLinks.BASE_ROWS.containsKey(label)) {
                String rule = label.equals(Labels.PROJECT) ? "X7" : label.equals(Labels.PUBLIC_USE) ? "X8" : "X9";
                Severity severity = rule.equals("X8") ? Severity.WARNING : Severity.ERROR;
                TableLinks.baseValue(ctx, label, column)
                        .ifPresent(v -> out.addAll(compareAll(ctx, rule, texts, v, severity)));
            }
        }
        out.addAll(scores(ctx));
        return out;
    }

    /** Prose labels whose figure is the project's 全年预算数. */
    private static final java.util.Set<String> BUDGETED = java.util.Set.of("全年预算数", "全额到位资金");

    /** X13: the total score the prose states (自评得分 …) against the form's 总分, exact to 0.005. */
    private static List<Finding> scores(CheckContext ctx) {
        List<TextFigures.TextFigure> stated = TextFigures.of(ctx).all().stream()
                .filter(t -> t.reliable() && t.label().equals(Labels.TOTAL_SCORE) && "分".equals(t.figure().unit())
                        && !t.figure().approx() && t.figure().comparator() == null && t.periodKey().isEmpty())
                .toList();
        var table = TableLinks.totalScore(ctx);
        if (stated.isEmpty() || table.isEmpty()) {
            return List.of();
        }
        List<TextFigures.TextFigure> texts = distinct(stated, 0.005);
        List<Finding> out = new ArrayList<>();
        FormValue total = table.get();
        for (TextFigures.TextFigure t : texts) {
            if (Math.abs(t.figure().value() - total.value()) > 0.005 + 1e-9) {
                out.add(new Finding("TEXT_TABLE_MISMATCH", Severity.ERROR, "X13",
                        "正文" + t.figure().label() + Money.format(t.figure().value()) + "分与表中" + total.label()
                                + Money.format(total.value()) + "分不一致",
                        List.of(Finding.Value.of(t.figure()), total.cite()), total.value(), t.figure().value()));
            }
        }
        return texts.size() > 1 && out.size() == texts.size() ? List.of() : out;
    }

    /** One figure per distinct value (within tolerance), in document order. */
    private static List<TextFigures.TextFigure> distinct(List<TextFigures.TextFigure> all, double tolerance) {
        List<TextFigures.TextFigure> out = new ArrayList<>();
        for (TextFigures.TextFigure t : all) {
            if (out.stream().noneMatch(o -> Math.abs(o.wan() - t.wan()) <= tolerance + 1e-9)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A single prose value is compared as it is. Several: only when one of them agrees with the
     * table are the others reported, since then the table settles which statement is wrong.
     */
    private static List<Finding> compareAll(CheckContext ctx, String rule, List<TextFigures.TextFigure> texts,
                                            FormValue table, Severity severity) {
        List<Finding> findings = new ArrayList<>();
        for (TextFigures.TextFigure t : texts) {
            compare(ctx, rule, t, table, severity).ifPresent(findings::add);
        }
        if (texts.size() > 1 && findings.size() == texts.size()) {
            return List.of();
        }
        return findings;
    }

    /** Exact money prose figures grouped by canonical label and period. */
    private static Map<String, List<TextFigures.TextFigure>> byLabelAndPeriod(CheckContext ctx) {
        Map<String, List<TextFigures.TextFigure>> out = new LinkedHashMap<>();
        for (TextFigures.TextFigure t : TextFigures.of(ctx).all()) {
            if (t.exactMoney() && !t.label().isEmpty()) {
                out.computeIfAbsent(t.label() + "|" + t.periodKey(), k -> new ArrayList<>()).add(t);
            }
        }
        return out;
    }

    private static Optional<Finding> compare(CheckContext ctx, String rule, TextFigures.TextFigure text,
                                             FormValue table, Severity severity) {
        return Money.compare(table.wan(), text.wan(), ctx.tolerances(), severity).map(sev -> {
            String unit = table.unit().isEmpty() ? "万元" : table.unit();
            String message = "正文" + text.label() + Money.format(text.figure().value()) + text.figure().unit()
                    + "与表中" + table.label() + Money.format(table.value()) + unit + "不一致";
            return new Finding("TEXT_TABLE_MISMATCH", sev, rule, message,
                    List.of(Finding.Value.of(text.figure()), table.cite()), Money.round2(table.wan()),
                    Money.round2(text.wan()));
        });
    }
}
