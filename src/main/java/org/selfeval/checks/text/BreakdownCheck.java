package org.selfeval.checks.text;

import org.selfeval.checks.Check;
import org.selfeval.checks.CheckContext;
import org.selfeval.model.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * X4: a prose list after its total must add up to it — "全年支出X万元，其中工资福利支出A万元；…",
 * "安排…资金T，其中：中央资金A，省级资金B，上年结转C", "基本支出T，…包括人员经费A、日常公用经费B".
 * A closed list (the items of a known breakdown, {@link Breakdowns}) must equal its total; an
 * open list ("全年共支出T，其中：<any uses>") may be partial and is only wrong when it exceeds the
 * total. What {@link ProseLists} does not return (等, 主要, an unknown item, a wrap) stays silent.
 */
public final class BreakdownCheck implements Check {

    private static final int SNIPPET = 120;

    @Override
    public String id() {
        return "X4";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        ProseLists reader = new ProseLists(Breakdowns.standard());
        List<Finding> splits = ctx.derive(StandardSplitCheck.class, c -> new StandardSplitCheck().run(c));
        List<Finding> out = new ArrayList<>();
        for (Passages.Passage p : Passages.of(ctx)) {
            for (ProseLists.ProseList list : reader.read(p)) {
                String snippet = snippet(list);
                SumFindings.Amount total = amount(list.total(), p, snippet);
                List<SumFindings.Amount> parts = list.items().stream().map(i -> amount(i, p, snippet)).toList();
                SumFindings.compare("X4", total, parts, ctx.tolerances(), !list.closed())
                        .filter(f -> !sameAs(f, splits) && !sameAs(f, out))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    private static SumFindings.Amount amount(ProseLists.Item item, Passages.Passage p, String snippet) {
        return SumFindings.Amount.of(item.label(), item.amount(), p.page(), snippet);
    }

    private static String snippet(ProseLists.ProseList list) {
        String text = list.passage().text();
        // the list may come before its total ("A、B，合计T"): the snippet spans both
        int start = Math.min(list.total().amount().start(), list.items().get(0).amount().start());
        int from = start;
        while (from > 0 && "。！？!?".indexOf(text.charAt(from - 1)) < 0 && start - from < 40) {
            from--;
        }
        int to = Math.max(list.total().amount().end(), list.items().get(list.items().size() - 1).amount().end());
        return text.substring(from, Math.min(to, from + SNIPPET));
    }

    /** X3 may have reported the same split from the labels alone. */
    private static boolean sameAs(Finding f, List<Finding> others) {
        return others.stream().anyMatch(o -> "SUM_MISMATCH".equals(o.code())
                && java.util.Objects.equals(o.expected(), f.expected()) && java.util.Objects.equals(o.actual(), f.actual()));
    }
}
