package org.selfeval.checks;

import org.selfeval.forms.Forms;
import org.selfeval.forms.FundingLine;
import org.selfeval.model.Finding;

import java.util.ArrayList;
import java.util.List;

/** The 资金 total lines that the execution checks read: each self-evaluation form's, then each project form's. */
final class FundingTotals {

    /** Checks one total line, adding what it finds to {@code out}. */
    @FunctionalInterface
    interface LineCheck {
        void check(FundingLine line, CheckContext ctx, List<Finding> out);
    }

    private FundingTotals() {
    }

    /** Runs {@code check} over every total line, in form order. */
    static List<Finding> findings(CheckContext ctx, LineCheck check) {
        List<Finding> out = new ArrayList<>();
        of(ctx).forEach(line -> check.check(line, ctx, out));
        return out;
    }

    /** In form order; forms without a total line are left out. */
    static List<FundingLine> of(CheckContext ctx) {
        Forms forms = Forms.of(ctx);
        List<FundingLine> totals = new ArrayList<>();
        forms.selfEval().forEach(f -> addIfPresent(f.total(), totals));
        forms.projects().forEach(f -> addIfPresent(f.total(), totals));
        return totals;
    }

    private static void addIfPresent(FundingLine line, List<FundingLine> totals) {
        if (line != null) {
            totals.add(line);
        }
    }
}
