package org.selfeval.checks;

import org.selfeval.forms.BaseDataForm;
import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * B1: 控制率 = 实际在职人数 / 编制数; B6: 规模控制率 = 实际规模 / 批复规模 and 投资概算控制率 =
 * 实际投资 / 预算投资. Rates above 100% are not errors; only a rate that disagrees with its parts is.
 */
public final class BaseDataRatioCheck implements Check {

    @Override
    public String id() {
        return "B1";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (BaseDataForm b : Forms.of(ctx).baseData()) {
            ratio(ctx, "B1", "控制率", b.controlRate(), b.staff(), b.quota(), "实际在职人数", "编制数", out);
            if (b.building() != null) {
                ratio(ctx, "B6", "规模控制率", b.building().get(2), b.building().get(1), b.building().get(0),
                        "实际规模", "批复规模", out);
                ratio(ctx, "B6", "投资概算控制率", b.building().get(5), b.building().get(4), b.building().get(3),
                        "实际投资", "预算投资", out);
            }
        }
        return out;
    }

    private static void ratio(CheckContext ctx, String rule, String name, FormValue rate, FormValue part,
                              FormValue whole, String partName, String wholeName, List<Finding> out) {
        if (rate == null || part == null || whole == null || !rate.isPercent() || whole.wan() <= 0) {
            return;
        }
        double computed = part.wan() / whole.wan() * 100; // in one unit, whatever each cell is printed in
        if (Math.abs(TableFindings.roundLike(computed, rate) - rate.value()) <= ctx.tolerances().pctPp() + 1e-9) {
            return;
        }
        out.add(TableFindings.finding("RATIO_MISMATCH", Severity.ERROR, rule,
                name + TableFindings.fmt(rate.value()) + "%与" + partName + TableFindings.printed(part) + "÷" + wholeName
                        + TableFindings.printed(whole) + "＝" + TableFindings.fmt(computed) + "%不一致",
                List.of(rate, part, whole), computed, rate.value()));
    }
}
