package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Heading;
import org.selfeval.model.NumberingScheme;
import org.selfeval.model.Severity;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YearCheckTest {

    private static Heading sub(String title) {
        return new Heading("（三）", NumberingScheme.CHINESE_PAREN, 2, title, 1, null, false, null);
    }

    private static List<Finding> run(String subYear, String baseTitleYear, String prev, String cur, String selfTitleYear) {
        return new YearCheck().run(new TextFixture()
                .block(sub(subYear + "年度部门整体支出、使用方向、主要内容和涉及范围"))
                .paragraph("2023年度专精特新中小企业培育发展专项资金等。")
                .block(TestReports.tableTitle(baseTitleYear + "年度部门整体支出绩效评价基础数据表"))
                .block(SeedLikeForms.baseData(prev, cur, "10", "13", "667.77", "15.56"))
                .block(TestReports.tableTitle(selfTitleYear + "年度部门整体支出绩效自评表"))
                .block(SeedLikeForms.selfEval()).context());
    }

    @Test
    void allYearsAgree_silent() {
        assertTrue(run("2024", "2024", "2023", "2024", "2024").isEmpty());
    }

    @Test
    void subHeadingYearWrong_error() {
        List<Finding> out = run("2023", "2024", "2023", "2024", "2024");
        assertEquals(1, out.size());
        assertEquals("YEAR_MISMATCH", out.get(0).code());
        assertEquals(Severity.ERROR, out.get(0).severity());
        assertEquals(2024.0, out.get(0).expected());
        assertEquals(2023.0, out.get(0).actual());
    }

    @Test
    void selfEvalTitleYearWrong_error() {
        assertEquals(1, run("2024", "2024", "2023", "2024", "2023").size());
    }

    @Test
    void baseDataColumnsShifted_error() {
        List<Finding> out = run("2024", "2024", "2022", "2024", "2024");
        assertEquals(1, out.size());
        assertEquals(2023.0, out.get(0).expected());
        assertEquals(2022.0, out.get(0).actual());
    }

    @Test
    void noReportYear_silent() {
        assertTrue(new YearCheck().run(new org.selfeval.checks.CheckContext(
                TestReports.document(sub("2023年度部门整体支出")), null, TextFixture.PROFILE, null, List.of())).isEmpty());
    }

    private static List<Finding> project(String titleYear) {
        return new YearCheck().run(new TextFixture()
                .paragraph("2024年度应急保障资金项目支出绩效自评报告")
                .block(TestReports.tableTitle("项目支出绩效自评表（" + titleYear + "年度）"))
                .block(TestReports.table(
                        TestReports.row("项目名称", "应急保障资金", "←", "←", "←", "←", "←"),
                        TestReports.row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                        TestReports.row("↑", "年度资金总额", "100", "100", "90", "10", "90%", "9"),
                        TestReports.row("↑", "其中：当年财政拨款", "100", "100", "90", "—", "—", "—")))
                .context());
    }

    @Test
    void projectFormTitleYearInBrackets_wrong_error() {
        List<Finding> out = project("2022");
        assertEquals(1, out.size());
        assertEquals("YEAR_MISMATCH", out.get(0).code());
        assertEquals(2022.0, out.get(0).actual());
    }

    @Test
    void projectFormTitleYearInBrackets_right_silent() {
        assertTrue(project("2024").isEmpty());
    }
}
