package org.selfeval.checks;

import java.util.ArrayList;
import java.util.List;

/** The standard set of checks, in reporting order. */
public final class Checks {

    private Checks() {
    }

    public static List<Check> standard() {
        List<Check> checks = new ArrayList<>();
        // Checks register here.
        checks.add(new NumberingCheck());
        // Table checks (rubric §4.1, §4.2), over the forms read by org.selfeval.forms.
        checks.add(new ExecutionRateCheck());
        checks.add(new ExecutionScoreCheck());
        checks.add(new ExpenseSplitCheck());
        checks.add(new IncomeSplitCheck());
        checks.add(new ProjectFundingCheck());
        checks.add(new WeightCheck());
        checks.add(new ScoreCeilingCheck());
        checks.add(new TotalScoreCheck());
        checks.add(new RowScoreCheck());
        checks.add(new DeviationCheck());
        checks.add(new CostTargetCheck());
        checks.add(new BudgetAdjustmentCheck());
        checks.add(new GradeCheck());
        checks.add(new BaseDataRatioCheck());
        checks.add(new BaseDataSumCheck());
        checks.add(new PublicFundsSubsetCheck());
        checks.add(new TemplateDashCheck());
        // Text and cross-table checks (rubric §4.3).
        checks.addAll(org.selfeval.checks.text.TextChecks.standard());
        return checks;
    }
}
