package org.selfeval.eval.checks;

/** The labelled variants the factory can derive from a clean report. */
public enum VariantKind {
    CLEAN, MISSING_SECTION, RENAMED_HEADINGS, MISSING_ATTACHMENT,
    SUM_INCOME, SUM_THREE_PUBLIC, SUM_PROSE_PERSONNEL, SUM_PROJECT_FUNDING,
    RATIO_EXECUTION, RATIO_SHARE, DIFF_THREE_PUBLIC, TEXT_TABLE_TOTAL, CONFLICTING_WAGES,
    SCORE_OVER_WEIGHT, SCORE_TOTAL, WEIGHT_OFF, DEVIATION_UNEXPLAINED, YEAR_TABLE,
    BUDGET_ADJUSTMENT_UNEXPLAINED, GRADE_OFF_BAND, TEMPLATE_DASH_FILLED;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
