package org.selfeval.eval.checks;

/** The labelled variants the factory can derive from a clean report. */
public enum VariantKind {
    CLEAN, MISSING_SECTION, RENAMED_HEADINGS, MISSING_ATTACHMENT,
    SUM_INCOME, SUM_THREE_PUBLIC, SUM_PROSE_PERSONNEL, SUM_PROJECT_FUNDING,
    RATIO_EXECUTION, RATIO_SHARE, DIFF_THREE_PUBLIC, TEXT_TABLE_TOTAL, CONFLICTING_WAGES,
    SCORE_OVER_WEIGHT, SCORE_TOTAL, WEIGHT_OFF, DEVIATION_UNEXPLAINED, YEAR_TABLE,
    BUDGET_ADJUSTMENT_UNEXPLAINED, GRADE_OFF_BAND, TEMPLATE_DASH_FILLED,
    /** Widened genre (元 tables, phrasing variants, reworded headings, titles): clean, then one injection each. */
    WIDE_CLEAN, WIDE_STATED_CHANGE, WIDE_BALANCE, WIDE_PROSE_RATE, WIDE_LIST_PART, WIDE_YUAN_TABLE_PART,
    WIDE_FORM_LINK;

    /** Whether a variant of this kind must give no error or warning. */
    public boolean clean() {
        return this == CLEAN || this == RENAMED_HEADINGS || this == WIDE_CLEAN;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
