package org.selfeval.checks;

import org.selfeval.forms.FundingLine;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.profile.RuleProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * T2: the 预算执行率 score against the profile's exec_score_rule (rubric §2.3), severity from the
 * profile; T3: the score lies within 0 … 分值 (error).
 */
public final class ExecutionScoreCheck implements Check {

    @Override
    public String id() {
        return "T2";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        return FundingTotals.findings(ctx, ExecutionScoreCheck::check);
    }

    private static void check(FundingLine line, CheckContext ctx, List<Finding> out) {
        if (line.score() == null) {
            return;
        }
        double weight = line.weight() != null ? line.weight().value()
                : ctx.profile().scoring().weights().getOrDefault("执行率", 10d);
        double score = line.score().value();
        if (score < -1e-9 || score > weight + ctx.tolerances().scoreSum()) {
            out.add(TableFindings.finding("SCORE_MISMATCH", Severity.ERROR, "T3",
                    "预算执行率得分" + TableFindings.fmt(score) + "超出0至分值" + TableFindings.fmt(weight) + "的范围",
                    line.weight() != null ? List.of(line.score(), line.weight()) : List.of(line.score()), weight, score));
            return;
        }
        Double rate = rate(line);
        if (rate == null) {
            return;
        }
        RuleProfile.Scoring s = ctx.profile().scoring();
        double expected = expected(s.execScoreRule(), rate, weight);
        if (Math.abs(expected - score) <= ctx.tolerances().scoreFormula() + 1e-9) {
            return;
        }
        List<org.selfeval.forms.FormValue> vals = new ArrayList<>(List.of(line.score()));
        if (line.rate() != null) {
            vals.add(line.rate());
        }
        if (line.weight() != null) {
            vals.add(line.weight()); // the message's ×分值
        }
        out.add(TableFindings.finding("SCORE_MISMATCH", Severity.of(s.execScoreSeverity()), "T2",
                "预算执行率得分" + TableFindings.fmt(score) + "与执行率" + TableFindings.fmt(rate * 100) + "%×分值"
                        + TableFindings.fmt(weight) + "计得" + TableFindings.fmt(expected) + "不一致（差"
                        + TableFindings.fmt(Math.abs(expected - score)) + "）",
                vals, expected, score));
    }

    /** The rate as a fraction: computed from the amounts, else as stated. */
    private static Double rate(FundingLine line) {
        if (line.full() != null && line.executed() != null && line.full().wan() > 0) {
            return line.executed().wan() / line.full().wan();
        }
        if (line.rate() != null && line.rate().isPercent()) {
            return line.rate().value() / 100;
        }
        return null;
    }

    static double expected(String rule, double rate, double weight) {
        return switch (rule) {
            // Two decimals before flooring so 0.97 × 10 = 9.7 is not 9.69999…
            case "integer_floor" -> Math.floor(TableFindings.round2(Math.min(rate, 1) * weight) + 1e-9);
            // Old Hunan rule: full at 100%, minus 2 of 8 points per full 5% below (scaled to 分值).
            case "banded_hn_legacy" -> Math.max(0,
                    weight - Math.floor((1 - Math.min(rate, 1)) * 100 / 5 + 1e-9) * 2 * weight / 8);
            default -> Math.min(rate, 1) * weight;
        };
    }
}
