package org.selfeval.checks.text;

import org.selfeval.checks.Money;
import org.selfeval.checks.CheckContext;
import org.selfeval.checks.Check;
import org.selfeval.checks.text.change.ChangeGrammar;
import org.selfeval.checks.text.change.ChangeWords;
import org.selfeval.figures.AmountParser;
import org.selfeval.figures.Quantity;
import org.selfeval.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DIFF_MISMATCH (X9 second half): "公务接待费0.31万元，比上年减少0.35万元" — the stated change
 * must be 上年 − 本年. 上年 comes from the same sentence ("比上年的0.66万元减少…"), from a 上年
 * figure of the same label in the prose, or from the (Y-1) column of the 基础数据表; without a
 * 上年 value nothing is said.
 */
public final class StatedChangeCheck implements Check {

    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Pattern CHANGE = Pattern.compile("(?:比|较)(?:上年|去年|上年度|上一年度?)(?:同期)?(?:决算数?|支出)?"
            + "(?:的?(?<prev>" + NUM + ")(?<prevUnit>万元|元))?(?:相比)?(?<dir>增加|增长|上升|多支出|减少|下降|降低|节约|节省|少支出)了?"
            + "(?<delta>" + NUM + ")(?<unit>万元|元)");

    /** Looks up the previous year's value of a label in the tables (canonical label, context). */
    private final BiFunction<String, CheckContext, Optional<Finding.Value>> previousInTables;

    public StatedChangeCheck() {
        this((label, ctx) -> Optional.empty());
    }

    public StatedChangeCheck(BiFunction<String, CheckContext, Optional<Finding.Value>> previousInTables) {
        this.previousInTables = previousInTables;
    }

    @Override
    public String id() {
        return "X9-diff";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        TextFigures figures = TextFigures.of(ctx);
        Sentences sentences = Sentences.of(ctx);
        List<Finding> out = new ArrayList<>();
        for (Sentences.Sentence s : sentences.all()) {
            grammar(ctx, sentences, s, out);
            Matcher m = CHANGE.matcher(s.text());
            while (m.find()) {
                if (m.group("prev") != null) {
                    continue; // an explicit reference figure: the grammar reads those
                }
                List<Quantity> before = AmountParser.findAll(s.text().substring(0, m.start()));
                if (before.isEmpty() || !before.get(before.size() - 1).isMoney()) {
                    continue;
                }
                Quantity current = before.get(before.size() - 1);
                TextFigures.TextFigure currentFigure = figureFor(figures, s, current);
                if (currentFigure == null || current.approx() || current.comparator() != null) {
                    continue;
                }
                String lead = AmountParser.normalise(s.text().substring(0, m.start())).substring(0, current.start());
                previous(m, s, currentFigure, lead, figures, ctx).ifPresent(prev ->
                        compare(ctx, s, m, currentFigure, prev).ifPresent(out::add));
            }
        }
        return out;
    }

    /**
     * Statements whose operands are figures of the prose (ChangeGrammar): the reference in the sentence
     * (比上年（X）, 比上年的X, 较年初预算数X, 年初预算X…调整为), the current value in the sentence or in the
     * previous sentence after the same subject; 结余 against 全年预算数 − 实际支出.
     */
    private static void grammar(CheckContext ctx, Sentences sentences, Sentences.Sentence s, List<Finding> out) {
        ChangeGrammar grammar = new ChangeGrammar(ChangeWords.standard());
        if (grammar.partial(s.text())) {
            return;
        }
        for (ChangeGrammar.Statement st : grammar.parse(s.text())) {
            Quantity current = st.current();
            Sentences.Sentence currentAt = s;
            if (current == null && s.index() > 0) {
                Sentences.Sentence prev = wrappedStart(sentences, s.index() - 1);
                if (!sentences.headingBetween(prev.block(), s.block())) {
                    current = grammar.valueOf(st.subject(), joined(sentences, prev.index(), s.index()));
                    currentAt = prev;
                }
            }
            if (current == null || exactNot(current) || exactNot(st.reference()) || exactNot(st.delta())) {
                continue;
            }
            ChangeGrammar.Statement full = new ChangeGrammar.Statement(st.kind(), st.subject(), current,
                    st.reference(), st.delta(), st.sign(), st.directionWord());
            double expected = Money.round2(full.expectedWan());
            double delta = st.delta().normalised();
            Sentences.Sentence at = currentAt;
            Quantity cur = current;
            Money.compare(expected, delta, ctx.tolerances(), org.selfeval.model.Severity.ERROR).ifPresent(sev -> {
                String subject = st.subject().isEmpty() ? "" : st.subject();
                String ref = switch (st.kind()) {
                    case PREVIOUS_YEAR -> "上年";
                    case ORIGINAL_BUDGET -> "年初预算";
                    case BALANCE -> "实际支出";
                };
                String message = switch (st.kind()) {
                    case BALANCE -> "正文称结余资金" + st.delta().text() + "，但全年预算数" + cur.text() + "减实际支出"
                            + st.reference().text() + "为" + Money.format(expected) + "万元";
                    default -> "正文称" + subject + "比" + ref + st.directionWord() + st.delta().text() + "，但本年"
                            + cur.text() + "、" + ref + st.reference().text() + "，实际" + st.directionWord()
                            + Money.format(expected) + "万元";
                };
                List<Finding.Value> values = List.of(
                        value(subject + "·" + ref, st.reference(), s),
                        value(subject.isEmpty() ? "本年" : subject, cur, at),
                        value(subject + "·" + st.directionWord(), st.delta(), s));
                out.add(new Finding("DIFF_MISMATCH", sev, "X9", message, values, expected, delta));
            });
        }
    }

    /**
     * The start of the sentence that ends at {@code last}: a PDF wraps a paragraph into lines without a
     * full stop ("…商品和服务支出" / "1,161.08万元；…。"), so earlier pieces without 。！？ belong to it.
     */
    private static Sentences.Sentence wrappedStart(Sentences sentences, int last) {
        int first = last;
        while (first > 0 && !endsSentence(sentences.all().get(first - 1).text())
                && !sentences.headingBetween(sentences.all().get(first - 1).block(), sentences.all().get(first).block())) {
            first--;
        }
        return sentences.all().get(first);
    }

    private static boolean endsSentence(String text) {
        return text.isEmpty() || "。！？!?".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static String joined(Sentences sentences, int from, int toExclusive) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < toExclusive; k++) {
            sb.append(sentences.all().get(k).text());
        }
        return sb.toString();
    }

    private static double num(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static boolean exactNot(Quantity q) {
        return q.approx() || q.comparator() != null || q.high() != null;
    }

    private static Finding.Value value(String label, Quantity q, Sentences.Sentence s) {
        return new Finding.Value(label, q.value(), q.unit(), "text", s.page(), s.text());
    }

    private Optional<Finding.Value> previous(Matcher m, Sentences.Sentence s, TextFigures.TextFigure current,
                                             String lead, TextFigures figures, CheckContext ctx) {
        if (m.group("prev") != null) {
            return Optional.of(new Finding.Value(current.label() + "·上年", num(m.group("prev")),
                    m.group("prevUnit"), "text", s.page(), s.text()));
        }
        Integer year = ctx.identity() == null ? null : ctx.identity().year();
        String yearKey = year == null ? "" : "y" + (year - 1);
        List<TextFigures.TextFigure> prior = figures.all().stream()
                .filter(t -> t.label().equals(current.label()) && t.exactMoney()
                        && (t.periodKey().equals("上年") || t.periodKey().equals(yearKey)))
                .toList();
        TextFigures.TextFigure unique = TextFigures.unique(prior, ctx.tolerances().money());
        if (unique != null) {
            return Optional.of(Finding.Value.of(unique.figure()));
        }
        if (!prior.isEmpty()) {
            return Optional.empty();
        }
        Optional<Finding.Value> fromTable = previousInTables.apply(current.label(), ctx);
        String subject = subjectLabel(lead);
        return fromTable.isPresent() || subject == null || subject.equals(current.label())
                ? fromTable : previousInTables.apply(subject, ctx);
    }

    /**
     * The 基础数据表 row label named by the clause before the current figure ("“三公”经费实际支出" →
     * 三公经费): the longest row label it contains once quotes are dropped, or null.
     */
    static String subjectLabel(String before) {
        String clause = before.replaceAll("^.*[，。；：,;:]", "").replaceAll("[“”\"‘’]", "");
        String best = null;
        for (String label : TableLinks.BASE_ROWS.keySet()) {
            if (clause.contains(label) && (best == null || label.length() > best.length())) {
                best = label;
            }
        }
        return best;
    }

    private static Optional<Finding> compare(CheckContext ctx, Sentences.Sentence s, Matcher m,
                                             TextFigures.TextFigure current, Finding.Value prev) {
        boolean decrease = m.group("dir").matches("减少|下降|降低|节约|节省|少支出");
        double prevWan = "元".equals(prev.unit()) ? prev.value() / 10_000d : prev.value();
        double delta = num(m.group("delta")) / ("元".equals(m.group("unit")) ? 10_000d : 1d);
        double expected = Money.round2(decrease ? prevWan - current.wan() : current.wan() - prevWan);
        double ratio = prevWan / current.wan();
        double guard = ChangeWords.standard().unitScaleGuard();
        if (prev.unit() == null && (ratio > guard || ratio < 1 / guard)) {
            return Optional.empty(); // a table figure of unresolved unit a 元/万元 scale apart: stay quiet
        }
        return Money.compare(expected, delta, ctx.tolerances(), org.selfeval.model.Severity.ERROR).map(sev -> {
            String word = m.group("dir");
            String message = "正文称" + current.label() + "比上年" + word + m.group("delta") + m.group("unit")
                    + "，但上年" + Money.format(prev.value()) + (prev.unit() == null ? "万元" : prev.unit()) + "、本年" + Money.format(current.figure().value())
                    + current.figure().unit() + "，实际" + word + Money.format(expected) + "万元";
            List<Finding.Value> values = List.of(prev, Finding.Value.of(current.figure()),
                    new Finding.Value(current.label() + "·比上年" + word, num(m.group("delta")),
                            m.group("unit"), "text", s.page(), s.text()));
            return new Finding("DIFF_MISMATCH", sev, "X9", message, values, expected, delta);
        });
    }

    /** The prose figure whose snippet covers this amount of the sentence, or null. */
    private static TextFigures.TextFigure figureFor(TextFigures figures, Sentences.Sentence s, Quantity q) {
        for (TextFigures.TextFigure t : figures.all()) {
            if (t.sentence() == null || t.sentence().index() != s.index() || !t.figure().isMoney()
                    || Math.abs(t.figure().value() - q.value()) > 1e-9 || t.periodKey().startsWith("change")
                    || t.label().isEmpty()) {
                continue;
            }
            String snippet = Sentences.compact(t.figure().snippet());
            for (int at = s.text().indexOf(snippet); at >= 0; at = s.text().indexOf(snippet, at + 1)) {
                if (at <= q.start() && q.end() <= at + snippet.length()) {
                    return t;
                }
            }
        }
        return null;
    }
}
