package org.selfeval.checks.text;

import org.selfeval.checks.Money;
import org.selfeval.checks.Check;
import org.selfeval.checks.CheckContext;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * X6: the same quantity stated in the prose with two different values. Only exact money figures
 * with the same canonical label and the same period are compared, so that 预算 vs 决算, 上年 vs
 * 本年 and stated changes never meet; generic words that name no quantity are skipped. In nested
 * scopes (a 其中 list under 基本支出 and one under 全年支出) only a larger part is a contradiction.
 */
public final class ConflictingValuesCheck implements Check {

    /** Words that name no single quantity: two of them with different values is normal. */
    private static final Set<String> GENERIC = Set.of("", "其中", "资金", "金额", "支出", "经费", "合计", "总计",
            "小计", "共计", "补助", "专项资金", "项目", "收入", "其他", "其他资金");

    @Override
    public String id() {
        return "X6";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Map<String, List<TextFigures.TextFigure>> groups = new LinkedHashMap<>();
        for (TextFigures.TextFigure t : TextFigures.of(ctx).all()) {
            if (!t.exactMoney() || !t.named() || GENERIC.contains(t.label()) || t.label().length() < 3) {
                continue;
            }
            groups.computeIfAbsent(t.label() + "|" + t.periodKey(), k -> new ArrayList<>()).add(t);
        }
        List<Finding> out = new ArrayList<>();
        double tol = ctx.tolerances().moneyRounding();
        for (List<TextFigures.TextFigure> group : groups.values()) {
            List<TextFigures.TextFigure> distinct = new ArrayList<>();
            for (TextFigures.TextFigure t : group) {
                if (distinct.stream().noneMatch(d -> Math.abs(d.wan() - t.wan()) <= tol + 1e-9)) {
                    distinct.add(t);
                }
            }
            if (distinct.size() > 1 && conflicting(distinct, tol)) {
                out.add(finding(distinct, ctx.document().metadata().pageBasis()));
            }
        }
        return out;
    }

    /**
     * Values of one label in nested scopes (工资福利支出 of 基本支出 vs of 全年支出) may differ; they
     * contradict each other only when the narrower one is larger.
     */
    private static boolean conflicting(List<TextFigures.TextFigure> distinct, double tol) {
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                TextFigures.TextFigure a = distinct.get(i);
                TextFigures.TextFigure b = distinct.get(j);
                if (TextFigures.within(a.scope(), b.scope())) {
                    if (a.wan() > b.wan() + tol) {
                        return true;
                    }
                } else if (TextFigures.within(b.scope(), a.scope())) {
                    if (b.wan() > a.wan() + tol) {
                        return true;
                    }
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    private static Finding finding(List<TextFigures.TextFigure> distinct, String pageBasis) {
        String pagePrefix = DocumentMetadata.PAGES_ESTIMATED.equals(pageBasis) ? "（约第" : "（第";
        TextFigures.TextFigure a = distinct.get(0);
        TextFigures.TextFigure b = distinct.get(1);
        StringBuilder values = new StringBuilder();
        for (TextFigures.TextFigure t : distinct) {
            if (!values.isEmpty()) {
                values.append("，又写作");
            }
            values.append(Money.format(t.figure().value())).append(t.figure().unit());
            if (t.figure().page() > 0) {
                values.append(pagePrefix).append(t.figure().page()).append("页）");
            }
        }
        String message = "正文中“" + a.label() + "”前后数值不一致：" + values + "，请核实是否为同一口径";
        return new Finding("CONFLICTING_VALUES", Severity.WARNING, "X6", message,
                distinct.stream().map(t -> Finding.Value.of(t.figure())).toList(), a.wan(), b.wan());
    }
}
