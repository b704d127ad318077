package org.selfeval.checks.text;

import org.selfeval.checks.Money;
import org.selfeval.checks.Check;
import org.selfeval.checks.CheckContext;
import org.selfeval.model.Finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * X4: "全年支出X万元，其中工资福利支出A万元；商品和服务支出B万元；…" — an economic-classification
 * list after a total must add up to it. Only a 其中 list made of economic classes alone counts as
 * exhaustive; a list with any other item, a single item, a repeated item or a closing 等 is partial
 * and is left alone.
 */
public final class BreakdownCheck implements Check {

    static final Set<String> TOTALS = Set.of(Labels.TOTAL, Labels.BASIC, Labels.PROJECT);
    static final Set<String> ECONOMIC = Set.of("工资福利支出", "商品和服务支出", "对个人和家庭的补助", "对企业补助",
            "资本性支出", "债务利息及费用支出", "其他支出");

    @Override
    public String id() {
        return "X4";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<TextFigures.TextFigure> all = TextFigures.of(ctx).all();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            TextFigures.TextFigure total = all.get(i);
            if (!TOTALS.contains(total.label()) || !total.exactMoney() || total.sentence() == null
                    || !total.periodKey().isEmpty()) {
                continue;
            }
            List<TextFigures.TextFigure> parts = partsAfter(all, i);
            if (parts.size() >= 2 && introducedBySubset(total, parts.get(0)) && !endsWithEtc(parts.get(parts.size() - 1))) {
                SumFindings.compare("X4", total, parts, ctx.tolerances()).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Money figures right after the total in the same paragraph, as long as they are economic
     * classes. Any other item inside the same sentence makes the list partial (nothing returned).
     */
    private static List<TextFigures.TextFigure> partsAfter(List<TextFigures.TextFigure> all, int totalIndex) {
        int block = all.get(totalIndex).sentence().block();
        int lastSentence = all.get(totalIndex).sentence().index();
        List<TextFigures.TextFigure> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = totalIndex + 1; j < all.size(); j++) {
            TextFigures.TextFigure t = all.get(j);
            if (t.sentence() == null || t.sentence().block() != block) {
                break;
            }
            if (!t.reliable()) {
                return List.of(); // an item cut by a line wrap: the list cannot be added up
            }
            if (!t.figure().isMoney()) {
                continue; // shares such as "占基本支出的91.94%" sit between the items
            }
            if (ECONOMIC.contains(t.label()) && t.exactMoney() && t.periodKey().isEmpty() && seen.add(t.label())) {
                parts.add(t);
                lastSentence = t.sentence().index();
                continue;
            }
            return t.sentence().index() == lastSentence ? List.of() : parts;
        }
        return parts;
    }

    private static boolean introducedBySubset(TextFigures.TextFigure total, TextFigures.TextFigure first) {
        String s = total.sentence().text();
        int at = s.indexOf(Money.format(total.figure().value()));
        String after = at < 0 ? s : s.substring(at);
        return after.contains("其中") || (first.sentence() != null && first.sentence().text().startsWith("其中"));
    }

    private static boolean endsWithEtc(TextFigures.TextFigure last) {
        String s = last.sentence().text();
        String value = Money.format(last.figure().value());
        int at = s.indexOf(value);
        if (at < 0) {
            return true; // cannot see what follows: treat as partial
        }
        String rest = s.substring(at + value.length()).replaceFirst("^(万元|元|亿元)", "");
        return rest.startsWith("等");
    }
}
