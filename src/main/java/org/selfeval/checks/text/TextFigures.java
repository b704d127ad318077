package org.selfeval.checks.text;

import org.selfeval.checks.Money;
import org.selfeval.checks.CheckContext;
import org.selfeval.figures.AmountParser;
import org.selfeval.model.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose figures of a report with what the text checks need to compare them safely: a
 * canonical label, a period key (which year, budget or actual, change) and the sentence they sit
 * in. Computed once per report through {@link CheckContext#derive}.
 */
public final class TextFigures {

    /**
     * @param label     canonical label ({@link Labels#canonical})
     * @param periodKey "" for the reporting year's actual figure; otherwise what sets it apart
     *                  (年初预算, 全年预算, 预算, 上年, y2023, change:比上年减少 …)
     * @param sentence  the sentence it was found in, or null when it could not be located
     * @param reliable  false when the number was cut by a PDF line wrap: it is kept (a list with
     *                  such an item is incomplete) but never compared
     * @param scope     the total whose breakdown the figure belongs to (全年支出, 基本支出, 项目支出: the
     *                  nearest such total before it in the same paragraph), or "" when none
     */
    public record TextFigure(Figure figure, String label, String periodKey, Sentences.Sentence sentence, String scope,
                             boolean reliable) {
        public double wan() {
            return figure.inWan();
        }

        /**
         * Whether the label is a known term: a label built from whatever nouns preceded the number
         * (the last part of a long coordinated name) names no quantity another figure could share.
         */
        public boolean named() {
            return (figure.canonical() != null && !figure.canonical().isBlank()) || Labels.known(figure.label());
        }

        /** A stated amount that can be compared: money, exact, not cut by a line wrap. */
        public boolean exactMoney() {
            return reliable && figure.isMoney() && !figure.approx() && figure.comparator() == null;
        }
    }

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern CHANGE = Pattern.compile("比|较|同比|环比|增加|减少|下降|增长|上升|节约|节省|增减");
    private static final Pattern PREVIOUS = Pattern.compile("上年|上一年|去年|上年度");
    /** "与上年X相比", "比上年": last year named as the comparison, not as the figure's own year. */
    private static final Pattern COMPARED = Pattern.compile("(?:比|较|与|同)(?:上年度?|上一年度?|去年)");
    private static final Pattern ACTUAL = Pattern.compile("决算|执行|实际|完成");
    private static final Pattern BUDGET_WORDS = Pattern.compile("预算|计划|批复|下达");
    /** "预算" inside these names is not a budget period. */
    private static final Pattern BUDGET_NAMES = Pattern.compile("一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|预算执行|预算单位|预算部门|部门预算");

    private final List<TextFigure> figures;

    private TextFigures(List<TextFigure> figures) {
        this.figures = List.copyOf(figures);
    }

    public static TextFigures of(CheckContext ctx) {
        return ctx.derive(TextFigures.class, TextFigures::build);
    }

    private static TextFigures build(CheckContext ctx) {
        Sentences sentences = Sentences.of(ctx);
        Integer year = ctx.identity() == null ? null : ctx.identity().year();
        List<TextFigure> out = new ArrayList<>();
        int cursor = 0;
        Map<String, Integer> used = new java.util.HashMap<>();
        for (Figure f : ctx.figures()) {
            if (!"text".equals(f.source())) {
                continue;
            }
            Sentences.Sentence s = sentences.find(f.snippet(), cursor, used);
            if (s != null) {
                cursor = s.index();
            }
            String prefix = s == null ? "" : prefixBefore(s.text(), f);
            String label = Labels.canonical(f.canonical() != null && !f.canonical().isBlank() ? f.canonical() : f.label());
            String scope = SCOPES.contains(label) ? "" : scope(out, s, sentences);
            out.add(new TextFigure(f, label, periodKey(f.period(), prefix, year), s, scope, !splitByWrap(f)));
        }
        return new TextFigures(out);
    }

    private static final java.util.Set<String> SCOPES = java.util.Set.of(Labels.TOTAL, Labels.BASIC, Labels.PROJECT);

    /**
     * The nearest total before the figure in the same section (a paragraph cut by a page break in a
     * PDF continues the list of the block before it, so the search stops at a heading, not a block).
     */
    private static String scope(List<TextFigure> before, Sentences.Sentence s, Sentences sentences) {
        if (s == null) {
            return "";
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            TextFigure t = before.get(i);
            if (t.sentence() == null || sentences.headingBetween(t.sentence().block(), s.block())) {
                return "";
            }
            if (SCOPES.contains(t.label()) && t.figure().isMoney()) {
                return t.label();
            }
        }
        return "";
    }

    /** Whether scope {@code narrow} is part of scope {@code wide} (基本支出 and 项目支出 of 全年支出). */
    public static boolean within(String narrow, String wide) {
        return Labels.TOTAL.equals(wide) && (Labels.BASIC.equals(narrow) || Labels.PROJECT.equals(narrow));
    }

    /**
     * A number cut by a line wrap in a PDF ("人员经费18 7.03万元") reaches the extractor as two
     * numbers; the part after the break is not the stated value.
     */
    static boolean splitByWrap(Figure f) {
        return f.snippet() != null && WRAP_SPLIT.matcher(AmountParser.normalise(f.snippet())).find();
    }

    /** Digits (or a decimal point) on both sides of a space: "18 7.03", "552. 04". */
    private static final Pattern WRAP_SPLIT = Pattern.compile("\\d\\.?[ \\t\\u00a0\\u3000]+\\.?\\d");

    public List<TextFigure> all() {
        return figures;
    }

    /** Exact money figures of the reporting year's actuals, by canonical label. */
    public Map<String, List<TextFigure>> actualMoneyByLabel() {
        Map<String, List<TextFigure>> out = new LinkedHashMap<>();
        for (TextFigure t : figures) {
            if (t.exactMoney() && t.periodKey().isEmpty() && !t.label().isEmpty()) {
                out.computeIfAbsent(t.label(), k -> new ArrayList<>()).add(t);
            }
        }
        return out;
    }

    /** The single value a label has (within the money tolerance), or null when absent or ambiguous. */
    public static TextFigure unique(List<TextFigure> list, double tolerance) {
        if (list == null || list.isEmpty()) {
            return null;
        }
        TextFigure first = list.get(0);
        for (TextFigure t : list) {
            if (Math.abs(t.wan() - first.wan()) > tolerance + 1e-9) {
                return null;
            }
        }
        return first;
    }

    /**
     * What sets a figure's period apart from the reporting year's actuals. The extractor's period
     * is used first; the sentence text before the number fills in what it left out (a 其中 list
     * inherits the 预算 of its sentence).
     */
    static String periodKey(String period, String prefix, Integer reportYear) {
        String p = period == null ? "" : period.strip();
        if (!p.isEmpty() && CHANGE.matcher(p).find()) {
            return "change:" + stripYear(p, reportYear);
        }
        String context = p + "|" + prefix;
        String yearKey = "";
        Matcher y = YEAR.matcher(p.isEmpty() ? prefix : p);
        List<Integer> years = new ArrayList<>();
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        if (reportYear != null && !years.isEmpty() && !years.contains(reportYear)) {
            yearKey = "y" + years.get(years.size() - 1);
        }
        if (PREVIOUS.matcher(p + "|" + COMPARED.matcher(prefix).replaceAll("")).find()) {
            yearKey = "上年";
        }
        // The extractor's own "决算/执行" wins over budget words earlier in the sentence.
        String cleaned = ACTUAL.matcher(p).find() ? p : BUDGET_NAMES.matcher(context).replaceAll("");
        String kind = "";
        if (p.contains("累计")) {
            kind = "累计";
        } else if (cleaned.contains("年初")) {
            kind = "年初预算";
        } else if (cleaned.contains("全年预算") || cleaned.contains("调整")) {
            kind = "全年预算";
        } else if (BUDGET_WORDS.matcher(cleaned).find()) {
            kind = "预算";
        }
        return yearKey + kind;
    }

    private static String stripYear(String p, Integer year) {
        return year == null ? p : p.replace(year + "年度", "").replace(year + "年", "");
    }

    /** The sentence text before the figure's value, for period words the extractor left out. */
    private static String prefixBefore(String sentence, Figure f) {
        String needle = Sentences.compact(f.snippet());
        int at = sentence.indexOf(needle);
        if (at < 0) {
            return "";
        }
        String snippet = needle;
        String value = Money.format(f.value());
        int inSnippet = snippet.indexOf(value);
        return sentence.substring(0, at + (inSnippet < 0 ? 0 : inSnippet));
    }
}
