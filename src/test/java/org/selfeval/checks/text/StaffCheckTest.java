package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffCheckTest {

    private static final String SEED = "我局设6个内设机构。设有编制 10 个，实际在岗在编人员行政编制 5 人，事业编制 5 人。另有临聘人员 3 人，离退休 25 人。";

    private static List<Finding> run(String text, String quota, String staff) {
        return new StaffCheck().run(new TextFixture().paragraph(text)
                .block(TestReports.tableTitle("2024年度部门整体支出绩效评价基础数据表"))
                .block(SeedLikeForms.baseData("2023", "2024", quota, staff, "667.77", "15.56")).context());
    }

    @Test
    void seedStaffIncludesTemporary_warningNamesIt() {
        List<Finding> out = run(SEED, "10", "13");
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("X10", f.rule());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(13.0, f.expected());
        assertEquals(10.0, f.actual());
        assertTrue(f.message().contains("临聘"));
    }

    @Test
    void countsAgree_silent() {
        assertTrue(run(SEED, "10", "10").isEmpty());
    }

    @Test
    void quotaDiffers_warning() {
        List<Finding> out = run(SEED, "12", "10");
        assertEquals(1, out.size());
        assertEquals(12.0, out.get(0).expected());
    }

    @Test
    void typedCountsSplitQuotaAndNoTemporaryPattern_silent() {
        assertTrue(run(SEED, "10", "12").isEmpty());
    }

    @Test
    void typedCountsAreStaff_warning() {
        List<Finding> out = run("设有编制12个，实际在岗在编人员行政编制5人，事业编制5人。", "12", "11");
        assertEquals(1, out.size());
        assertEquals(11.0, out.get(0).expected());
        assertEquals(10.0, out.get(0).actual());
    }

    @Test
    void statedStaffCountWins() {
        assertTrue(run("核定编制10个，在职人员13人，其中行政编制5人。", "10", "13").isEmpty());
    }

    @Test
    void noStaffSentence_silent() {
        assertTrue(run("本单位严格执行预算。", "10", "13").isEmpty());
    }

    @Test
    void noTable_silent() {
        assertTrue(new StaffCheck().run(new TextFixture().paragraph(SEED).context()).isEmpty());
    }
}
