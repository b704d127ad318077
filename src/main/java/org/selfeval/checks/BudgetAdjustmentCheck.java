package org.selfeval.checks;

import org.selfeval.checks.text.Sentences;
import org.selfeval.forms.FundingLine;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.profile.RuleProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * T13: a 全年预算数 that differs from the 年初预算数 beyond the money tolerance must be explained in
 * the prose (追加/调减 …). What counts as an explanation is the profile's rules.budget_adjustment:
 * a sentence with a keyword and a context word, so that "产业结构调整" alone does not count.
 */
public final class BudgetAdjustmentCheck implements Check {

    @Override
    public String id() {
        return "T13";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<FundingLine> lines = FundingTotals.of(ctx).stream()
                .filter(l -> l.initial() != null && l.full() != null)
                // Any difference beyond the money tolerance is an adjustment (a 0.03 万元 one too).
                .filter(l -> Money.compare(l.full().wan(), l.initial().wan(), ctx.tolerances(), Severity.WARNING).isPresent())
                .toList();
        if (lines.isEmpty() || explained(ctx)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (FundingLine l : lines) {
            double initial = l.initial().wan();
            double full = l.full().wan();
            double change = full - initial;
            String pct = initial > 0 ? "，" + (change > 0 ? "+" : "") + TableFindings.fmt(change / initial * 100) + "%" : "";
            out.add(TableFindings.finding("DEVIATION_UNEXPLAINED", Severity.WARNING, "T13",
                    "全年预算数" + TableFindings.printed(l.full()) + "与年初预算数" + TableFindings.printed(l.initial())
                            + "不一致（" + (change > 0 ? "调增" : "调减") + TableFindings.printedLike(Math.abs(change), l.full()) + pct
                            + "），正文未说明预算追加或调整的原因",
                    List.of(l.initial(), l.full()), initial, full));
        }
        return out;
    }

    private static boolean explained(CheckContext ctx) {
        RuleProfile.BudgetAdjustment rule = ctx.profile().rules().budgetAdjustment();
        Sentences sentences = Sentences.of(ctx);
        return sentences.all().stream().map(Sentences.Sentence::text).anyMatch(s ->
                rule.explainKeywords().stream().anyMatch(s::contains)
                        && (rule.contextWords().isEmpty() || rule.contextWords().stream().anyMatch(s::contains)));
    }
}
