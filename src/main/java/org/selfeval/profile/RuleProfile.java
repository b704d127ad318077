package org.selfeval.profile;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One rule profile from config/rules/profiles/*.yaml: the required outline, attachments,
 * scoring switches and tolerances for one kind of report. Regexes are compiled when loaded, so a
 * bad profile fails at start-up rather than halfway through a batch.
 */
public record RuleProfile(String id, String name, String kind, boolean defaultForKind, boolean legacy,
                          Detect detect, List<Part> bodyParts, Attachments attachments, Scoring scoring,
                          Tolerances tolerances, Rules rules) {

    public RuleProfile {
        bodyParts = List.copyOf(bodyParts);
    }

    /** Signals used to pick this profile automatically. */
    public record Detect(Pattern title, List<Pattern> headings) {
        public Detect {
            headings = List.copyOf(headings);
        }
    }

    /**
     * A required part (a top-level section or an attachment).
     *
     * @param title     the canonical title reported in output, whatever the document's wording
     * @param pattern   the alias pattern matched against heading titles
     * @param allowNone whether a body of just "无" is acceptable (it always counts as present)
     */
    public record Part(String id, String title, Pattern pattern, boolean allowNone) {
    }

    public record Attachments(List<Part> required, List<Part> conditional) {
        public Attachments {
            required = List.copyOf(required);
            conditional = List.copyOf(conditional);
        }
    }

    public record Completeness(double bodyMax, double bodyPerMissing, double attMax, double attPerMissing) {
    }

    public record Grade(double min, String grade) {
    }

    /**
     * @param weights           一级 indicator weights plus 执行率 (产出, 效益, 满意度, 执行率)
     * @param execScoreRule     linear | integer_floor | banded_hn_legacy (rubric §2.3)
     * @param execScoreSeverity severity of an execution-rate score that differs from the rule
     * @param reverseRule       linear_to_zero_at_2x | ratio (rubric §2.2)
     */
    public record Scoring(Completeness completeness, Map<String, Double> weights, String execScoreRule,
                          String execScoreSeverity, String reverseRule, List<Double> qualBands,
                          double overachieveRatio, double execRateExplainBelow, List<Grade> grades) {
        public Scoring {
            weights = Map.copyOf(weights);
            qualBands = List.copyOf(qualBands);
            grades = List.copyOf(grades);
        }
    }

    /** Rubric §4 tolerances: money in 万元, percentages in percentage points, scores in points. */
    public record Tolerances(double money, double moneyRounding, double pctPp, double scoreSum,
                             double scoreFormula) {
    }

    /**
     * Settings of single rules whose reading the rubric leaves open ([D] tags): they are switches
     * here rather than code.
     *
     * @param budgetAdjustment T13: words that explain a 全年预算数 differing from the 年初预算数
     * @param gradeStatement   T14: how a report states its grade
     * @param templateDashes   B7: 基础数据表 cells the template fills with "——"
     */
    public record Rules(BudgetAdjustment budgetAdjustment, GradeStatement gradeStatement,
                        List<TemplateDash> templateDashes) {
        public Rules {
            templateDashes = List.copyOf(templateDashes);
        }
    }

    /** A sentence explains the adjustment when it has one of the keywords and one of the context words. */
    public record BudgetAdjustment(List<String> explainKeywords, List<String> contextWords) {
        public BudgetAdjustment {
            explainKeywords = List.copyOf(explainKeywords);
            contextWords = List.copyOf(contextWords);
        }
    }

    /**
     * @param patterns where a grade is stated; the named group {@code g} is the grade word
     * @param aliases  other grade words read as a band's grade (优秀 → 优)
     */
    public record GradeStatement(List<Pattern> patterns, Map<String, String> aliases) {
        public GradeStatement {
            patterns = List.copyOf(patterns);
            aliases = Map.copyOf(aliases);
        }
    }

    /** The Block B row whose label matches {@code row}: its money columns (0 = (Y-1)年决算数) hold "——". */
    public record TemplateDash(Pattern row, List<Integer> columns) {
        public TemplateDash {
            columns = List.copyOf(columns);
        }
    }
}
