package org.selfeval.checks.text;

import org.selfeval.model.Table;

import static org.selfeval.testing.TestReports.LEFT;
import static org.selfeval.testing.TestReports.UP;
import static org.selfeval.testing.TestReports.row;
import static org.selfeval.testing.TestReports.table;

/** The seed's 基础数据表 and 自评表 funding block, built in code with values that can be varied. */
final class SeedLikeForms {

    private SeedLikeForms() {
    }

    static Table baseData(String previousYear, String year, String quota, String staff, String projectActual,
                          String publicActual) {
        return table(
                row("财政供养人员情况（人）", "编制数", year + "年实际在职人数", "控制率"),
                row("", quota, staff, "130%"),
                row("经费控制情况（万元）", previousYear + "年决算数", year + "年预算数", year + "年决算数"),
                row("三公经费", "0.66", "1.2", "0.31"),
                row("1、公务用车购置和维护经费", "", "", ""),
                row("其中：公车购置", "", "", ""),
                row("公车运行维护", "", "", ""),
                row("2、出国经费", "", "", ""),
                row("3、公务接待", "0.66", "1.2", "0.31"),
                row("项目支出：", "788.64", "101", projectActual),
                row("1、业务工作经费", "779.67", "101", "667.1"),
                row("2、其他资金", "8.97", "", "0.67"),
                row("公用经费", "16.83", "16.5", publicActual),
                row("其中：办公经费", "16.2", "16.5", "15.56"),
                row("政府采购金额", "——", "", ""));
    }

    static Table baseData() {
        return baseData("2023", "2024", "10", "13", "667.77", "15.56");
    }

    static Table selfEval(String department, String executed, String basic, String project) {
        return table(
                row("市级预算部门名称", department, LEFT, LEFT, LEFT, LEFT, LEFT, LEFT),
                row("年度预算申请（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                row(UP, "年度资金总额", "281.98", "880.57", executed, "10", "97.77%", "9"),
                row(UP, "按收入性质分：", LEFT, LEFT, "按支出性质分：", LEFT, LEFT, LEFT),
                row(UP, "其中：  一般公共预算：860.02", LEFT, LEFT, "其中：基本支出：" + basic, LEFT, LEFT, LEFT),
                row(UP, "政府性基金拨款：", LEFT, LEFT, "项目支出：" + project, LEFT, LEFT, LEFT),
                row(UP, "其他资金：0.47", LEFT, LEFT, "", LEFT, LEFT, LEFT),
                row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
                row(UP, "产出指标(50分)", "数量指标", "大力培养规模工业企业", "≥5家", "6家", "10", "10"),
                row("总分", "100", LEFT, LEFT, LEFT, LEFT, "98", LEFT));
    }

    static Table selfEval() {
        return selfEval("岳阳市君山区科技和工业信息化局", "860.9", "193.13", "667.77");
    }
}
