package org.selfeval.synth;

import java.math.BigDecimal;

/**
 * Sentences a department writes about its budget adjustment and its grade, shared by the 部门整体
 * and 项目 reports, so that a clean report explains a 全年预算数 ≠ 年初预算数 (rubric T13) and states a
 * grade that fits its 总分 (§2.5, T14). The evaluation's injections undo exactly these sentences.
 */
public final class BudgetStatements {

    /** Rubric §2.5 bands, as departments apply them: 90 优, 80 良, 60 中, else 差. */
    private static final int[] MINIMA = {90, 80, 60, 0};
    private static final String[] GRADES = {"优", "良", "中", "差"};

    /** The clause that explains the adjustment; the injections remove it. */
    public static final String TOP_UP = "年中追加预算";
    public static final String CUT = "年中调减预算";
    /** What precedes the stated grade word (in “ ”). */
    public static final String GRADE_LEAD = "自评等级为“";

    private BudgetStatements() {
    }

    /** "年初预算281.98万元，年中追加预算598.59万元，全年预算880.57万元"; no middle clause when equal. */
    static String adjustment(BigDecimal initial, BigDecimal full) {
        BigDecimal change = full.subtract(initial);
        String middle = change.signum() == 0 ? "" : "，" + (change.signum() > 0 ? TOP_UP : CUT) + Amounts.fmt(change.abs()) + "万元";
        return "年初预算" + Amounts.fmt(initial) + "万元" + middle + "，全年预算" + Amounts.fmt(full) + "万元";
    }

    static String grade(BigDecimal totalScore) {
        for (int i = 0; i < MINIMA.length; i++) {
            if (totalScore.compareTo(BigDecimal.valueOf(MINIMA[i])) >= 0) {
                return GRADES[i];
            }
        }
        return GRADES[GRADES.length - 1];
    }

    /** A grade one band away, for a stated grade that does not fit the score. */
    public static String otherGrade(String grade) {
        return switch (grade) {
            case "优" -> "良";
            case "良" -> "优";
            case "中" -> "良";
            default -> "中";
        };
    }
}
