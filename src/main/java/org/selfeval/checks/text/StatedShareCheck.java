package org.selfeval.checks.text;

import org.selfeval.checks.Money;
import org.selfeval.checks.Check;
import org.selfeval.checks.CheckContext;
import org.selfeval.figures.AmountParser;
import org.selfeval.figures.Quantity;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X5: "工资福利支出177.57万元，占基本支出的91.94%" — the stated share must equal part / whole. The
 * part is the amount just before 占 in the same sentence, the whole the one value the prose gives
 * its label. A stated share is allowed the rounding of its own last digit. A stated 执行率 with its
 * operands in the same sentence is checked by {@link ProseRates}.
 */
public final class StatedShareCheck implements Check {

    private static final Pattern SHARE = Pattern.compile(
            "占(?<whole>[\\p{IsHan}“”\"]{2,14}?)(?:的)?(?:比重|比例|总额)?(?:为|达)?(?<pct>\\d+(?:\\.\\d+)?)%");

    @Override
    public String id() {
        return "X5";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        TextFigures figures = TextFigures.of(ctx);
        var byLabel = figures.actualMoneyByLabel();
        Sentences sentences = Sentences.of(ctx);
        List<Finding> out = new ArrayList<>();
        for (Sentences.Sentence s : sentences.all()) {
            Matcher m = SHARE.matcher(s.text());
            while (m.find()) {
                SumFindings.Amount part = partBefore(s.text(), m.start(), byLabel, ctx.tolerances().money());
                TextFigures.TextFigure whole = TextFigures.unique(byLabel.get(Labels.canonical(m.group("whole"))),
                        ctx.tolerances().money());
                if (part == null || whole == null || whole.wan() <= 0) {
                    continue;
                }
                String pctText = m.group("pct");
                double stated = Double.parseDouble(pctText);
                double computed = part.wan() / whole.wan() * 100;
                int decimals = pctText.contains(".") ? pctText.length() - pctText.indexOf('.') - 1 : 0;
                double allowed = Math.max(ctx.tolerances().pctPp(), 0.5 * Math.pow(10, -decimals)) + 1e-9;
                if (Math.abs(computed - stated) > allowed) {
                    out.add(finding(s, m, part, whole, stated, computed));
                }
            }
        }
        out.addAll(ProseRates.findings(ctx));
        return out;
    }

    /** Between the part's amount and 占 only a comma, a parenthesis or 其中 may stand. */
    private static final Pattern RIGHT_BEFORE = Pattern.compile("[，,（(]?(?:其中)?");
    private static final Pattern SEGMENTS = Pattern.compile("[，,；;：:、]");

    /**
     * The part of a share: the amount right before 占 ("人员经费420万元，占…"), or, when a label stands
     * there instead ("…，人员经费占基本支出的…"), the one value the prose gives that label.
     * Anything else (another amount's clause in between) is no part: null.
     */
    private static SumFindings.Amount partBefore(String sentence, int shareStart,
                                                 java.util.Map<String, List<TextFigures.TextFigure>> byLabel,
                                                 double tolerance) {
        List<Quantity> before = AmountParser.findAll(sentence.substring(0, shareStart));
        Quantity last = before.isEmpty() ? null : before.get(before.size() - 1);
        String between = sentence.substring(last == null ? 0 : last.end(), shareStart);
        if (last != null && RIGHT_BEFORE.matcher(between).matches()) {
            return last.isMoney() && !last.approx() && last.comparator() == null
                    ? SumFindings.Amount.of("", last, 0, sentence) : null;
        }
        String[] segments = SEGMENTS.split(between, -1);
        TextFigures.TextFigure t = TextFigures.unique(byLabel.get(Labels.canonical(segments[segments.length - 1])),
                tolerance);
        return t == null ? null : SumFindings.Amount.of(t);
    }

    private static Finding finding(Sentences.Sentence s, Matcher m, SumFindings.Amount part, TextFigures.TextFigure whole,
                                   double stated, double computed) {
        String wholeLabel = whole.label();
        String message = "正文称占" + wholeLabel + "的" + m.group("pct") + "%，但按" + Money.format(part.value())
                + part.unit() + "÷" + Money.format(whole.figure().value()) + whole.figure().unit() + "计算为"
                + Money.format(computed) + "%";
        String snippet = s.text().length() > 80 ? s.text().substring(Math.max(0, m.start() - 40),
                Math.min(s.text().length(), m.end())) : s.text();
        List<Finding.Value> values = List.of(
                new Finding.Value("占" + wholeLabel + "比例", stated, "%", "text", s.page(), snippet),
                new Finding.Value(wholeLabel + "的组成部分", part.value(), part.unit(), "text", s.page(), snippet),
                Finding.Value.of(whole.figure()));
        return new Finding("RATIO_MISMATCH", Severity.WARNING, "X5", message, values, Money.round2(computed), stated);
    }
}
