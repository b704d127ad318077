package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.model.Table;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTableCheckTest {

    private static final String SPEND = "2024年全年支出860.9万元，基本支出为193.13万元。其中：人员经费177.57万元，日常公用经费15.56万元。项目支出为667.77万元。";
    private static final String THREE = "2024年“三公经费”预算1.2万元，其中：公务接待1.2万元。2024年“三公经费”实际完成0.31万元，其中：公务接待费0.31万元。";

    private static TextFixture report(double total, double project, double publicUse, double threeActual, Table base, Table self) {
        return new TextFixture().paragraph(SPEND).paragraph(THREE)
                .money("全年支出", total, "2024年", "2024年全年支出860.9万元")
                .money("基本支出", 193.13, null, "基本支出为193.13万元")
                .money("人员经费", 177.57, null, "其中：人员经费177.57万元")
                .money("日常公用经费", publicUse, null, "日常公用经费15.56万元")
                .money("项目支出", project, null, "项目支出为667.77万元")
                .money("三公经费", 1.2, "2024年预算", "2024年“三公经费”预算1.2万元")
                .money("公务接待", 1.2, null, "其中：公务接待1.2万元")
                .money("三公经费", threeActual, "实际完成", "2024年“三公经费”实际完成0.31万元")
                .money("公务接待费", 0.31, null, "其中：公务接待费0.31万元")
                .block(TestReports.tableTitle("2024年度部门整体支出绩效评价基础数据表")).block(base)
                .block(TestReports.tableTitle("2024年度部门整体支出绩效自评表")).block(self);
    }

    private static List<Finding> run(TextFixture f) {
        return new TextTableCheck().run(f.context());
    }

    @Test
    void textAgreesWithTables_silent() {
        assertTrue(run(report(860.9, 667.77, 15.56, 0.31, SeedLikeForms.baseData(), SeedLikeForms.selfEval())).isEmpty());
    }

    @Test
    void totalDiffersFromExecuted_errorX1() {
        List<Finding> out = run(report(870.9, 667.77, 15.56, 0.31, SeedLikeForms.baseData(), SeedLikeForms.selfEval()));
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("TEXT_TABLE_MISMATCH", f.code());
        assertEquals("X1", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(860.9, f.expected());
        assertEquals(870.9, f.actual());
    }

    @Test
    void projectDiffersFromBothTables_twoErrorsX7() {
        List<Finding> out = run(report(860.9, 657.77, 15.56, 0.31, SeedLikeForms.baseData(), SeedLikeForms.selfEval()));
        assertEquals(2, out.size());
        assertTrue(out.stream().allMatch(f -> f.rule().equals("X7") && f.severity() == Severity.ERROR));
    }

    @Test
    void publicUseDiffers_warningX8() {
        List<Finding> out = run(report(860.9, 667.77, 15.86, 0.31, SeedLikeForms.baseData(), SeedLikeForms.selfEval()));
        assertEquals(1, out.size());
        assertEquals("X8", out.get(0).rule());
        assertEquals(Severity.WARNING, out.get(0).severity());
    }

    @Test
    void threePublicActualDiffers_errorX9_budgetColumnNotUsed() {
        List<Finding> out = run(report(860.9, 667.77, 15.56, 0.41, SeedLikeForms.baseData(), SeedLikeForms.selfEval()));
        assertEquals(1, out.size());
        assertEquals("X9", out.get(0).rule());
        assertEquals(0.31, out.get(0).expected());
        assertEquals(0.41, out.get(0).actual());
    }

    @Test
    void textInYuan_comparedInWan() {
        TextFixture f = new TextFixture().paragraph("2024年项目支出6677700元。")
                .figure("项目支出", 6_677_700, "元", "2024年", "2024年项目支出6677700元")
                .block(TestReports.tableTitle("2024年度部门整体支出绩效评价基础数据表")).block(SeedLikeForms.baseData());
        assertTrue(run(f).isEmpty());
    }

    @Test
    void roundingDifference_info() {
        List<Finding> out = run(report(860.94, 667.77, 15.56, 0.31, SeedLikeForms.baseData(), SeedLikeForms.selfEval()));
        assertEquals(1, out.size());
        assertEquals(Severity.INFO, out.get(0).severity());
    }

    @Test
    void noTables_silent() {
        TextFixture f = new TextFixture().paragraph(SPEND).money("项目支出", 1, null, "项目支出为667.77万元");
        assertTrue(run(f).isEmpty());
    }

    @Test
    void blankTableCell_notZero() {
        TextFixture f = new TextFixture().paragraph("2024年因公出国（境）费5万元。")
                .money("因公出国（境）费", 5, "2024年", "2024年因公出国（境）费5万元")
                .block(TestReports.tableTitle("2024年度部门整体支出绩效评价基础数据表")).block(SeedLikeForms.baseData());
        assertTrue(run(f).isEmpty());
    }

    @Test
    void totalStatedTwice_oneAgreesWithTable_otherIsReported() {
        TextFixture f = report(860.9, 667.77, 15.56, 0.31, SeedLikeForms.baseData(), SeedLikeForms.selfEval())
                .money("全年支出", 880.9, "2024年", "2024年全年支出880.9万元");
        List<Finding> out = run(f);
        assertEquals(1, out.size());
        assertEquals("X1", out.get(0).rule());
        assertEquals(880.9, out.get(0).actual());
        assertEquals(860.9, out.get(0).expected());
    }

    @Test
    void totalStatedTwice_neitherAgrees_leftToConflictingValues() {
        TextFixture f = report(870.9, 667.77, 15.56, 0.31, SeedLikeForms.baseData(), SeedLikeForms.selfEval())
                .money("全年支出", 880.9, "2024年", "2024年全年支出880.9万元");
        assertTrue(run(f).stream().noneMatch(x -> x.rule().equals("X1")));
    }

    @Test
    void projectReport_totalComparedWithProjectForm() {
        Table project = TestReports.table(
                TestReports.row("项目名称", "应急保障资金", "←", "←", "←", "←", "←", "←"),
                TestReports.row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                TestReports.row("↑", "年度资金总额", "100", "100", "90", "10", "90%", "9"),
                TestReports.row("↑", "其中：当年财政拨款", "100", "100", "90", "—", "—", "—"));
        TextFixture f = new TextFixture().paragraph("项目全年支出95万元，年度绩效目标基本完成。")
                .money("全年支出", 95, null, "项目全年支出95万元")
                .block(TestReports.tableTitle("项目支出绩效自评表（2024年度）")).block(project);
        List<Finding> out = run(f);
        assertEquals(1, out.size());
        assertEquals("X1", out.get(0).rule());
        assertEquals(90.0, out.get(0).expected());
        assertEquals(95.0, out.get(0).actual());
    }
}
