package org.selfeval.checks;

import org.selfeval.checks.text.Sentences;
import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.model.Block;
import org.selfeval.model.Cell;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.model.Table;
import org.selfeval.profile.RuleProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * T14 (rubric §2.5): the grade a report states (自评等级为优 …, in the prose or in a form cell)
 * must be the band of its 总分 under the profile's scoring.grades. Silent when no grade is stated.
 * The 总分 is the first form's 总分得分, else a score written in the grade's own sentence.
 */
public final class GradeCheck implements Check {

    private static final Pattern SENTENCE_SCORE = Pattern.compile("(?:得分|总分|评分)(?:为|是|[：:])?(\\d+(?:\\.\\d+)?)分");

    /** A grade as written: the band name it means, the wording, where. */
    record Stated(String grade, String text, int page, Double sentenceScore) {
    }

    @Override
    public String id() {
        return "T14";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        RuleProfile.Scoring scoring = ctx.profile().scoring();
        List<Stated> stated = stated(ctx);
        if (stated.isEmpty() || scoring.grades().isEmpty()) {
            return List.of();
        }
        Optional<FormValue> tableTotal = Forms.of(ctx).sheets().stream()
                .map(s -> s.indicators().totalScore()).filter(java.util.Objects::nonNull).findFirst();
        List<Finding> out = new ArrayList<>();
        for (Stated s : stated) {
            Double total = tableTotal.map(FormValue::value).orElse(s.sentenceScore());
            if (total == null) {
                continue;
            }
            String band = band(scoring.grades(), total);
            if (band == null || band.equals(s.grade())) {
                continue;
            }
            Finding.Value cited = tableTotal.map(FormValue::cite)
                    .orElse(new Finding.Value("总分", total, "分", "text", s.page(), s.text()));
            out.add(new Finding("GRADE_MISMATCH", Severity.INFO, "T14",
                    "报告所述等级“" + s.grade() + "”与总分" + TableFindings.fmt(total) + "分对应的等级“" + band
                            + "”不一致（等级标准：" + bands(scoring.grades()) + "）",
                    List.of(cited), null, TableFindings.round2(total)));
        }
        return out;
    }

    /** The grade of the highest band whose minimum the score reaches, or null below every band. */
    static String band(List<RuleProfile.Grade> grades, double score) {
        return grades.stream().sorted(Comparator.comparingDouble(RuleProfile.Grade::min).reversed())
                .filter(g -> score >= g.min() - 1e-9).map(RuleProfile.Grade::grade).findFirst().orElse(null);
    }

    private static String bands(List<RuleProfile.Grade> grades) {
        List<RuleProfile.Grade> sorted = grades.stream()
                .sorted(Comparator.comparingDouble(RuleProfile.Grade::min).reversed()).toList();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            RuleProfile.Grade g = sorted.get(i);
            boolean lowest = i == sorted.size() - 1 && i > 0 && g.min() <= 0;
            parts.add(lowest ? TableFindings.fmt(sorted.get(i - 1).min()) + "分以下为" + g.grade()
                    : TableFindings.fmt(g.min()) + "分及以上为" + g.grade());
        }
        return String.join("，", parts);
    }

    /** Distinct stated grades in reading order: prose sentences, then form cells. */
    static List<Stated> stated(CheckContext ctx) {
        RuleProfile.GradeStatement rule = ctx.profile().rules().gradeStatement();
        Map<String, Stated> byGrade = new LinkedHashMap<>();
        Sentences sentences = Sentences.of(ctx);
        for (Sentences.Sentence s : sentences.all()) {
            grade(rule, s.text()).ifPresent(g -> byGrade.putIfAbsent(g, new Stated(g, s.text(), s.page(), score(s.text()))));
        }
        for (Block b : ctx.document().blocks()) {
            if (b instanceof Table t) {
                cells(rule, t, byGrade);
            }
        }
        return List.copyOf(byGrade.values());
    }

    /** "自评等级：优" in one cell, or a cell "自评等级" followed in its row by a cell holding just the grade. */
    private static void cells(RuleProfile.GradeStatement rule, Table t, Map<String, Stated> out) {
        for (Cell c : t.cells()) {
            String text = Sentences.compact(c.text());
            Optional<String> g = grade(rule, text);
            if (g.isEmpty() && (text.endsWith("等级") || text.endsWith("等次")) && text.length() <= 8) {
                Cell next = t.cellAt(c.row(), c.col() + c.colSpan());
                g = next == null ? Optional.empty() : grade(rule, text + "为" + Sentences.compact(next.text()));
            }
            g.ifPresent(x -> out.putIfAbsent(x, new Stated(x, text, t.page(), null)));
        }
    }

    private static Optional<String> grade(RuleProfile.GradeStatement rule, String text) {
        for (Pattern p : rule.patterns()) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String word = m.group("g");
                return Optional.of(rule.aliases().getOrDefault(word, word));
            }
        }
        return Optional.empty();
    }

    private static Double score(String sentence) {
        Matcher m = SENTENCE_SCORE.matcher(sentence);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }
}
