package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Table;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prose figures of a project report linked with its 项目支出绩效自评表 (X1), on made-up figures. */
class ProjectLinksTest {

    private static Table project(String initial, String full, String executed) {
        return TestReports.table(
                TestReports.row("项目名称", "乡村道路养护", "←", "←", "←", "←", "←", "←"),
                TestReports.row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                TestReports.row("↑", "年度资金总额", initial, full, executed, "10", "", ""),
                TestReports.row("↑", "其中：当年财政拨款", initial, full, executed, "—", "—", "—"));
    }

    private static TextFixture projectReport(String prose, Table form) {
        return new TextFixture().paragraph(prose)
                .block(TestReports.tableTitle("项目支出绩效自评表（2024年度）")).block(form);
    }

    private static List<Finding> run(TextFixture f) {
        return new TextTableCheck().run(f.context());
    }

    @Test
    void yearBudgetInProse_differsFromForm_error() {
        List<Finding> out = run(projectReport("本项目全年预算安排340万元，主要用于设备购置。", project("300", "320", "310"))
                .termed("全年预算", "全年预算数", 340, "万元", "全年预算", "本项目全年预算安排340万元"));
        assertEquals(1, out.size(), out::toString);
        assertEquals("TEXT_TABLE_MISMATCH", out.get(0).code());
        assertEquals(320.0, out.get(0).expected());
        List<Double> values = out.get(0).values().stream().map(Finding.Value::value).toList();
        assertTrue(values.contains(340.0) && values.contains(320.0), values::toString);
    }

    @Test
    void fullyArrivedMoney_agreesWithYearBudget_silent() {
        assertTrue(run(projectReport("专项资金三百二十万元已全部到位。", project("300", "320", "310"))
                .termed("专项资金", "全额到位资金", 320, "万元", "2024年", "专项资金三百二十万元已全部到位")).isEmpty());
    }

    @Test
    void fullyArrivedMoney_differs_error() {
        List<Finding> out = run(projectReport("专项资金三百五十万元已全部到位。", project("300", "320", "310"))
                .termed("专项资金", "全额到位资金", 350, "万元", "2024年", "专项资金三百五十万元已全部到位"));
        assertEquals(1, out.size(), out::toString);
        assertEquals(320.0, out.get(0).expected());
    }

    @Test
    void yearsCumulativeInvestment_comparedWithExecuted() {
        List<Finding> out = run(projectReport("全年累计完成投资305万元，项目基本完工。", project("300", "320", "310"))
                .termed("累计完成投资", "全年支出", 305, "万元", null, "全年累计完成投资305万元"));
        assertEquals(1, out.size(), out::toString);
        assertEquals(310.0, out.get(0).expected());
    }

    @Test
    void multiYearCumulative_notCompared() {
        assertTrue(run(projectReport("工程自开工以来累计完成投资900万元。", project("300", "320", "310"))
                .termed("累计完成投资", "全年支出", 900, "万元", "累计", "工程自开工以来累计完成投资900万元")).isEmpty());
    }

    @Test
    void departmentReport_yearBudgetNotLinkedToAProjectForm() {
        TextFixture f = new TextFixture().paragraph("某项目全年预算数50万元。")
                .termed("全年预算数", "全年预算数", 50, "万元", "全年预算", "某项目全年预算数50万元")
                .block(TestReports.tableTitle("2024年度部门整体支出绩效自评表")).block(SeedLikeForms.selfEval())
                .block(TestReports.tableTitle("项目支出绩效自评表（2024年度）")).block(project("30", "40", "35"));
        assertTrue(run(f).isEmpty(), () -> run(f).toString());
    }
}
