package org.selfeval.eval.checks;

import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.SectionSpec;
import org.selfeval.synth.TableSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small text surgery on a spec: replace prose, find and rewrite table cells by their headers. */
final class SpecEdits {

    private SpecEdits() {
    }

    /** The spec with the first occurrence of {@code from} in any body paragraph replaced, or null if absent. */
    static ReportSpec replaceProse(ReportSpec spec, String from, String to) {
        boolean[] done = {false};
        List<SectionSpec> sections = new ArrayList<>();
        for (SectionSpec s : spec.sections()) {
            sections.add(replace(s, from, to, done));
        }
        return done[0] ? spec.withSections(sections) : null;
    }

    private static SectionSpec replace(SectionSpec s, String from, String to, boolean[] done) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : s.paragraphs()) {
            if (!done[0] && p.contains(from)) {
                p = p.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
                done[0] = true;
            }
            paragraphs.add(p);
        }
        List<SectionSpec> children = new ArrayList<>();
        for (SectionSpec c : s.children()) {
            children.add(replace(c, from, to, done));
        }
        return s.withParagraphs(paragraphs).withChildren(children);
    }

    /** The first paragraph text containing {@code needle}, or null. */
    static String paragraphWith(ReportSpec spec, String needle) {
        for (SectionSpec s : spec.flattenedSections()) {
            for (String p : s.paragraphs()) {
                if (p.contains(needle)) {
                    return p;
                }
            }
        }
        return null;
    }

    static ReportSpec mapTable(ReportSpec spec, TableSpec.Kind kind, UnaryOperator<TableSpec> change) {
        List<TableSpec> tables = new ArrayList<>();
        for (TableSpec t : spec.tables()) {
            tables.add(t.kind() == kind ? change.apply(t) : t);
        }
        return spec.withTables(tables);
    }

    /** The anchored cell whose trimmed text satisfies the test, first in row-major order, or null. */
    static TableSpec.CellSpec find(TableSpec t, java.util.function.Predicate<String> test) {
        return t.cells().stream().filter(c -> test.test(c.text().trim()))
                .min(java.util.Comparator.comparingInt((TableSpec.CellSpec c) -> c.row()).thenComparingInt(c -> c.col()))
                .orElse(null);
    }

    static String fmt(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** The number in a cell such as "12", "97.77%" or "其中：一般公共预算：860.02", or null. */
    static BigDecimal number(String text) {
        var m = java.util.regex.Pattern.compile("(-?\\d+(?:\\.\\d+)?)%?$").matcher(text.trim());
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    /** The text with its trailing number replaced. */
    static String withNumber(String text, BigDecimal value) {
        return text.trim().replaceFirst("-?\\d+(?:\\.\\d+)?(%?)$", java.util.regex.Matcher.quoteReplacement(fmt(value)) + "$1");
    }

    /** Rows of the 绩效指标 block: header row, column of each header, and the 总分 row. */
    record IndicatorGrid(int header, int weightCol, int scoreCol, int reasonCol, int totalRow) {
        static IndicatorGrid of(TableSpec t) {
            TableSpec.CellSpec third = find(t, "三级指标"::equals);
            if (third == null) {
                return null;
            }
            int r = third.row();
            TableSpec.CellSpec weight = t.cells().stream().filter(c -> c.row() == r && c.text().equals("分值")).findFirst().orElse(null);
            TableSpec.CellSpec score = t.cells().stream().filter(c -> c.row() == r && c.text().equals("得分")).findFirst().orElse(null);
            TableSpec.CellSpec reason = t.cells().stream().filter(c -> c.row() == r && c.text().startsWith("偏差原因")).findFirst().orElse(null);
            TableSpec.CellSpec total = find(t, "总分"::equals);
            if (weight == null || score == null || reason == null || total == null) {
                return null;
            }
            return new IndicatorGrid(r, weight.col(), score.col(), reason.col(), total.row());
        }

        List<Integer> rows() {
            List<Integer> out = new ArrayList<>();
            for (int r = header + 1; r < totalRow; r++) {
                out.add(r);
            }
            return out;
        }
    }
}
