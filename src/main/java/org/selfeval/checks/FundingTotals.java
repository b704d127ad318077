package org.selfeval.checks;

import org.selfeval.forms.Forms;
import org.selfeval.forms.FundingLine;

import java.util.ArrayList;
import java.util.List;

/** The 资金 total lines that the execution checks read: each self-evaluation form's, then each project form's. */
final class FundingTotals {

    private FundingTotals() {
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
