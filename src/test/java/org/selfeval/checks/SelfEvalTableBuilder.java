package org.selfeval.checks;

import org.selfeval.model.Table;
import org.selfeval.profile.RuleProfile;
import org.selfeval.testing.TestReports;

import java.util.ArrayList;
import java.util.List;

import static org.selfeval.testing.TestReports.LEFT;
import static org.selfeval.testing.TestReports.UP;
import static org.selfeval.testing.TestReports.row;

/** A consistent 部门整体支出绩效自评表 in the seed's layout; tests change one thing and check. */
final class SelfEvalTableBuilder {

    String initial = "281.98";
    String full = "880.57";
    String executed = "860.9";
    String execWeight = "10";
    String rate = "97.77%";
    String execScore = "9.78";
    String[] income = {"860.43", "", "", "0.47"};
    String[] expense = {"193.13", "667.77"};
    /** primary, secondary, name, target, actual, weight, score, reason. */
    List<String[]> rows = new ArrayList<>(List.of(
            row("产出指标（50分）", "数量指标", "培养规模工业企业", "≥5家", "6家", "20", "20", "无偏差"),
            row("产出指标（50分）", "质量指标", "验收合格率", "100%", "100%", "20", "20", "无偏差"),
            row("产出指标（50分）", "成本指标", "财政资金支出", "≤880.57万元", "860.9万元", "10", "10", "无偏差"),
            row("效益指标（30分）", "社会效益指标", "提高服务水平", "定性", "有效提升", "30", "30", "无偏差"),
            row("满意度指标（10分）", "服务对象满意度指标", "企业满意度", "≥90%", "95%", "10", "10", "无偏差")));
    String totalWeight = "100";
    String totalScore = "99.78";

    SelfEvalTableBuilder set(int row, int field, String value) {
        String[] copy = rows.get(row).clone();
        copy[field] = value;
        rows.set(row, copy);
        return this;
    }

    Table table() {
        List<String[]> g = new ArrayList<>();
        g.add(row("市级预算部门名称", LEFT, "岳阳市测试局", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT));
        g.add(row("年度预算申请（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", LEFT));
        g.add(row(UP, "年度资金总额", initial, full, executed, execWeight, rate, execScore, LEFT));
        g.add(row(UP, "按收入性质分：", LEFT, LEFT, "按支出性质分：", LEFT, LEFT, LEFT, LEFT));
        g.add(row(UP, "其中：一般公共预算：" + income[0], LEFT, LEFT, "其中：基本支出：" + expense[0], LEFT, LEFT, LEFT, LEFT));
        g.add(row(UP, "政府性基金拨款：" + income[1], LEFT, LEFT, "项目支出：" + expense[1], LEFT, LEFT, LEFT, LEFT));
        g.add(row(UP, "纳入专户管理的非税收入拨款：" + income[2], LEFT, LEFT, "", LEFT, LEFT, LEFT, LEFT));
        g.add(row(UP, "其他资金：" + income[3], LEFT, LEFT, "", LEFT, LEFT, LEFT, LEFT));
        g.add(row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"));
        String prevPrimary = null;
        String prevSecondary = null;
        for (String[] r : rows) {
            String p = r[0].equals(prevPrimary) ? UP : r[0];
            String s = r[0].equals(prevPrimary) && r[1].equals(prevSecondary) ? UP : r[1];
            g.add(row(UP, p, s, r[2], r[3], r[4], r[5], r[6], r[7]));
            prevPrimary = r[0];
            prevSecondary = r[1];
        }
        g.add(row(UP, "总分", LEFT, LEFT, LEFT, LEFT, totalWeight, totalScore, ""));
        return TestReports.table(2, g.toArray(String[][]::new));
    }

    CheckContext context() {
        return context(TestReports.profile());
    }

    CheckContext context(RuleProfile profile) {
        return TestReports.context(TestReports.document(TestReports.tableTitle("2024年度部门整体支出绩效自评表"), table()),
                profile, List.of());
    }
}
