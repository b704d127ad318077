package org.selfeval.checks;

import org.selfeval.forms.BaseDataForm;
import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.profile.RuleProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * B7 (rubric §4.2): a 基础数据表 cell that the template marks "——" (政府采购金额 and 部门基本支出预算调整
 * in the (Y-1)年决算数 column, per the profile's rules.template_dashes) holds an amount. Info: the
 * amount is not used by any identity, but it shows the wrong template or a shifted column.
 */
public final class TemplateDashCheck implements Check {

    @Override
    public String id() {
        return "B7";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<RuleProfile.TemplateDash> dashes = ctx.profile().rules().templateDashes();
        List<Finding> out = new ArrayList<>();
        for (BaseDataForm form : Forms.of(ctx).baseData()) {
            for (BaseDataForm.MoneyRow row : form.rows()) {
                for (RuleProfile.TemplateDash d : dashes) {
                    if (!d.row().matcher(row.label()).find()) {
                        continue;
                    }
                    for (int c : d.columns()) {
                        FormValue v = row.value(c);
                        if (v == null) {
                            continue;
                        }
                        String column = c < form.columns().size() ? form.columns().get(c) : "第" + (c + 1) + "列";
                        out.add(TableFindings.finding("TEMPLATE_CELL_FILLED", Severity.INFO, "B7",
                                "基础数据表“" + row.label() + "”的“" + column + "”栏按模板应填“——”，却填了" + v.text()
                                        + "，请核实是否填错栏次或使用了旧模板",
                                List.of(v), null, v.value()));
                    }
                }
            }
        }
        return out;
    }
}
