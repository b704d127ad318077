package org.selfeval.checks.text;

import org.selfeval.checks.CheckContext;
import org.selfeval.checks.Money;
import org.selfeval.figures.Quantity;
import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.forms.FundingLine;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Part of X5: a prose 执行率 stated with its operands — "全年预算数B万元，实际支出A万元，预算执行率R%" —
 * must be A ÷ B, rounded as R is written. Operands are the amounts before the rate in its sentence,
 * told apart by the words of their clause (breakdowns.yaml, rates); two different amounts for one
 * role make the sentence ambiguous and it is left alone. When the prose states one operand and the
 * report's one form line states the same value, the form gives the other. The form's own 执行率 is
 * quoted when it differs from the prose; a rate the form states with the same operands is T1's.
 */
final class ProseRates {

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]");
    private static final Pattern FULL_BUDGET = Pattern.compile("全年|调整");

    private ProseRates() {
    }

    static List<Finding> findings(CheckContext ctx) {
        Breakdowns words = Breakdowns.standard();
        List<FundingLine> lines = fundingLines(ctx);
        List<Finding> out = new ArrayList<>();
        for (Passages.Passage p : Passages.of(ctx)) {
            List<Quantity> qs = p.quantities();
            for (int i = 0; i < qs.size(); i++) {
                Quantity rate = qs.get(i);
                if (!"%".equals(rate.unit()) || rate.approx() || rate.comparator() != null || rate.high() != null
                        || p.cut(rate) || !words.rateRole("rate", ProseLists.clauseBefore(p.text(), rate.start()))) {
                    continue;
                }
                // The rate's own sentence first, then its bracketed working "R%（A÷B）", then the sentence before.
                List<Quantity> before = sentenceBefore(p, i, 1);
                Quantity numerator = numerator(p, before, words);
                Quantity denominator = denominator(p, before, words);
                java.util.function.Function<Quantity, String> labelOf = q -> clause(p, q);
                if (numerator == null && denominator == null) {
                    List<Quantity> working = bracketAfter(p, i);
                    java.util.function.Function<Quantity, String> local = q -> localClause(p, working, q);
                    numerator = single(working, q -> words.rateRole("numerator", local.apply(q)));
                    denominator = denominator(working, local, words);
                    if (numerator != null || denominator != null) {
                        labelOf = q -> local.apply(q).replaceFirst("^[÷/，,、]+", "");
                    }
                }
                if (numerator == null && denominator == null) {
                    before = sentenceBefore(p, i, 2);
                    numerator = numerator(p, before, words);
                    denominator = denominator(p, before, words);
                }
                String snippet = snippet(p, numerator != null ? numerator : denominator != null ? denominator : rate, rate,
                        denominator);
                SumFindings.Amount num = numerator == null ? null
                        : SumFindings.Amount.of(labelOf.apply(numerator), numerator, p.page(), snippet);
                SumFindings.Amount den = denominator == null ? null
                        : SumFindings.Amount.of(labelOf.apply(denominator), denominator, p.page(), snippet);
                // One operand in the prose: the form supplies the other when it states the same first one.
                FundingLine line = lines.size() == 1 ? lines.get(0) : null;
                if (line != null && line.executed() != null && line.full() != null) {
                    double tol = ctx.tolerances().money() + 1e-9;
                    if (num != null && den == null && Math.abs(line.executed().wan() - num.wan()) <= tol) {
                        den = fromForm(line.full());
                    } else if (den != null && num == null && Math.abs(line.full().wan() - den.wan()) <= tol) {
                        num = fromForm(line.executed());
                    }
                }
                if (num == null || den == null || den.wan() <= 0) {
                    continue;
                }
                check(ctx, p, rate, snippet, num, den, lines).ifPresent(out::add);
            }
        }
        return out;
    }

    private static SumFindings.Amount fromForm(FormValue v) {
        return new SumFindings.Amount("自评表" + v.label(), v.value(), v.unit().isEmpty() ? "万元" : v.unit(), v.wan(), v.cite());
    }

    private static java.util.Optional<Finding> check(CheckContext ctx, Passages.Passage p, Quantity rate, String snippet,
                                                     SumFindings.Amount num, SumFindings.Amount den,
                                                     List<FundingLine> lines) {
        double computed = num.wan() / den.wan() * 100;
        if (computed > 100 && rate.value() == 100) {
            return java.util.Optional.empty(); // a rate capped at 100%
        }
        double rounded = BigDecimal.valueOf(computed).setScale(decimals(rate), RoundingMode.HALF_UP).doubleValue();
        double tol = ctx.tolerances().pctPp() + 1e-9;
        if (Math.abs(rounded - rate.value()) <= tol || sameAsForm(lines, rate, num, den, ctx)) {
            return java.util.Optional.empty();
        }
        List<Finding.Value> values = new ArrayList<>(List.of(
                new Finding.Value("执行率", rate.value(), "%", "text", p.page(), snippet), num.cite(), den.cite()));
        FormValue formRate = formRate(lines);
        String formNote = "";
        if (formRate != null && Math.abs(formRate.value() - rate.value()) > tol) {
            values.add(formRate.cite());
            formNote = "；自评表执行率为" + Money.format(formRate.value()) + "%";
        }
        String message = "正文称执行率" + Money.format(rate.value()) + "%，但按" + num.label() + Money.format(num.value())
                + num.unit() + "÷" + den.label() + Money.format(den.value()) + den.unit() + "计算为"
                + Money.format(computed) + "%" + formNote;
        return java.util.Optional.of(new Finding("RATIO_MISMATCH", Severity.WARNING, "X5", message, values,
                Money.round2(computed), rate.value()));
    }

    private static Quantity numerator(Passages.Passage p, List<Quantity> amounts, Breakdowns words) {
        return single(amounts, q -> words.rateRole("numerator", clause(p, q)));
    }

    /**
     * The 全年 (adjusted) budget when the sentence names one, else the one budget it states. A 年初预算
     * is never the denominator: it may have been adjusted in a sentence this one does not see.
     */
    private static Quantity denominator(Passages.Passage p, List<Quantity> amounts, Breakdowns words) {
        return denominator(amounts, q -> clause(p, q), words);
    }

    private static Quantity denominator(List<Quantity> amounts, java.util.function.Function<Quantity, String> clause,
                                        Breakdowns words) {
        Quantity full = single(amounts, q -> words.rateRole("denominator", clause.apply(q))
                && FULL_BUDGET.matcher(clause.apply(q)).find());
        return full != null ? full : single(amounts, q -> words.rateRole("denominator", clause.apply(q))
                && !clause.apply(q).contains("年初"));
    }

    /**
     * The money amounts of a bracket opening right after the rate — its working, "R%（实际支出A÷全年预算B）" —
     * or none. A bracket that does not close in the sentence is not read.
     */
    private static List<Quantity> bracketAfter(Passages.Passage p, int rateIndex) {
        String text = p.text();
        int open = p.quantities().get(rateIndex).end();
        if (open >= text.length() || "（(".indexOf(text.charAt(open)) < 0) {
            return List.of();
        }
        int close = open + 1;
        while (close < text.length() && "）)".indexOf(text.charAt(close)) < 0) {
            if (SENTENCE_END.matcher(String.valueOf(text.charAt(close))).matches()) {
                return List.of();
            }
            close++;
        }
        List<Quantity> out = new ArrayList<>();
        for (int j = rateIndex + 1; j < p.quantities().size(); j++) {
            Quantity q = p.quantities().get(j);
            if (q.start() >= close) {
                break;
            }
            if (q.isMoney() && ProseLists.exact(q) && !p.cut(q)) {
                out.add(q);
            }
        }
        return out;
    }

    /** The words between an amount of a bracketed working and the amount (or bracket) before it. */
    private static String localClause(Passages.Passage p, List<Quantity> working, Quantity q) {
        int k = working.indexOf(q);
        String text = p.text();
        int open = Math.max(text.lastIndexOf('（', q.start()), text.lastIndexOf('(', q.start())) + 1;
        int from = k > 0 ? Math.max(open, working.get(k - 1).end()) : open;
        return text.substring(Math.min(from, q.start()), q.start());
    }

    /** The money amounts before the rate in its sentence and, with {@code sentences} 2, the one before. */
    private static List<Quantity> sentenceBefore(Passages.Passage p, int rateIndex, int sentences) {
        List<Quantity> out = new ArrayList<>();
        String text = p.text();
        int ends = 0;
        for (int j = rateIndex - 1; j >= 0; j--) {
            Quantity q = p.quantities().get(j);
            ends += SENTENCE_END.matcher(text.substring(q.end(), p.quantities().get(j + 1).start())).results().count();
            if (ends >= sentences) {
                break;
            }
            if (ProseLists.exact(q) && !p.cut(q)) {
                out.add(0, q);
            }
        }
        return out;
    }

    /** The one value among the amounts the role accepts, or null when none or two different ones. */
    private static Quantity single(List<Quantity> amounts, java.util.function.Predicate<Quantity> role) {
        Quantity found = null;
        for (Quantity q : amounts) {
            if (role.test(q)) {
                if (found != null && Math.abs(found.normalised() - q.normalised()) > 1e-9) {
                    return null;
                }
                found = q;
            }
        }
        return found;
    }

    private static String clause(Passages.Passage p, Quantity q) {
        return ProseLists.clauseBefore(p.text(), q.start());
    }

    private static int decimals(Quantity rate) {
        String t = rate.text().replaceAll("[^0-9.]", "");
        int dot = t.indexOf('.');
        return dot < 0 ? 0 : Math.min(4, t.length() - dot - 1);
    }

    /** From the clause of the first operand (or the rate) to the rate, or to the end of its bracketed working. */
    private static String snippet(Passages.Passage p, Quantity first, Quantity rate, Quantity other) {
        if (first == rate) {
            return ProseLists.clauseBefore(p.text(), rate.start()) + rate.text();
        }
        int from = Math.min(first.start(), rate.start());
        while (from > 0 && "。！？!?，,".indexOf(p.text().charAt(from - 1)) < 0) {
            from--;
        }
        int to = Math.max(rate.end(), Math.max(first.end(), other == null ? 0 : other.end()));
        if (to > rate.end() && to < p.text().length() && "）)".indexOf(p.text().charAt(to)) >= 0) {
            to++;
        }
        return p.text().substring(from, to);
    }

    private static List<FundingLine> fundingLines(CheckContext ctx) {
        Forms forms = Forms.of(ctx);
        List<FundingLine> lines = new ArrayList<>();
        forms.selfEval().forEach(f -> lines.add(f.total()));
        forms.projects().forEach(f -> lines.add(f.total()));
        lines.removeIf(Objects::isNull);
        return lines;
    }

    /** The form's 执行率 when the forms state one value. */
    private static FormValue formRate(List<FundingLine> lines) {
        FormValue found = null;
        for (FundingLine l : lines) {
            FormValue r = l.rate();
            if (r == null || !(r.isPercent() || r.unit().isEmpty())) {
                continue;
            }
            if (found != null && Math.abs(found.value() - r.value()) > 1e-9) {
                return null;
            }
            found = r;
        }
        return found;
    }

    /** The form states this very rate from these operands: T1 judges it there. */
    private static boolean sameAsForm(List<FundingLine> lines, Quantity rate, SumFindings.Amount num,
                                      SumFindings.Amount den, CheckContext ctx) {
        double tol = ctx.tolerances().money() + 1e-9;
        return lines.stream().anyMatch(l -> l.rate() != null && l.executed() != null && l.full() != null
                && Math.abs(l.rate().value() - rate.value()) <= 1e-9
                && Math.abs(l.executed().wan() - num.wan()) <= tol
                && Math.abs(l.full().wan() - den.wan()) <= tol);
    }
}
