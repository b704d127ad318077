package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.selfeval.testing.TestReports.LEFT;
import static org.selfeval.testing.TestReports.UP;
import static org.selfeval.testing.TestReports.row;

class ProjectFundingCheckTest {

    /** A 项目支出绩效自评表 funding block (central annex 1 layout). */
    private static List<Finding> run(String[] total, String[] current, String[] carried, String[] other) {
        return run("项目资金（万元）", total, current, carried, other);
    }

    private static List<Finding> run(String unitHeader, String[] total, String[] current, String[] carried,
                                     String[] other) {
        var table = TestReports.table(
                row("项目名称", "产业扶持专项", LEFT, LEFT, LEFT, LEFT, LEFT),
                row(unitHeader, "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                row(UP, "年度资金总额", total[0], total[1], total[2], "10", "", ""),
                row(UP, "其中：当年财政拨款", current[0], current[1], current[2], "—", "—", "—"),
                row(UP, "上年结转资金", carried[0], carried[1], carried[2], "—", "—", "—"),
                row(UP, "其他资金", other[0], other[1], other[2], "—", "—", "—"));
        var ctx = TestReports.context(TestReports.document(TestReports.tableTitle("项目支出绩效自评表（2024年度）"), table));
        return new ProjectFundingCheck().run(ctx);
    }

    @Test
    void sourcesAddUpInEveryColumn_noFinding() {
        assertEquals(List.of(), run(new String[]{"100", "120", "110"}, new String[]{"100", "100", "95"},
                new String[]{"", "20", "15"}, new String[]{"", "", ""}));
    }

    @Test
    void oneColumnDisagrees_errorForThatColumn() {
        List<Finding> f = run(new String[]{"100", "120", "110"}, new String[]{"100", "100", "90"},
                new String[]{"", "20", "15"}, new String[]{"", "", ""});
        assertEquals(1, f.size());
        assertEquals("T6", f.get(0).rule());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(110.0, f.get(0).expected());
        assertEquals(105.0, f.get(0).actual());
    }

    @Test
    void roundingDifference_info() {
        List<Finding> f = run(new String[]{"100", "120", "110"}, new String[]{"100", "100", "94.97"},
                new String[]{"", "20", "15"}, new String[]{"", "", ""});
        assertEquals(Severity.INFO, f.get(0).severity());
    }

    @Test
    void sourcesBlank_noFinding() {
        assertEquals(List.of(), run(new String[]{"100", "120", "110"}, new String[]{"", "", ""},
                new String[]{"", "", ""}, new String[]{"", "", ""}));
    }

    @Test
    void yuanBlockWithSeparators_addsUpInYuan_noFinding() {
        assertEquals(List.of(), run("项目资金（元）", new String[]{"1,000,000.00", "1,200,000.00", "1,100,050.00"},
                new String[]{"1,000,000.00", "1,000,000.00", "950,050.00"}, new String[]{"", "200,000.00", "150,000.00"},
                new String[]{"", "", ""}));
    }

    @Test
    void yuanBlockDisagreeing_quotesAndPrintsYuan() {
        List<Finding> f = run("项目资金（元）", new String[]{"1,000,000.00", "1,200,000.00", "1,100,000.00"},
                new String[]{"1,000,000.00", "1,000,000.00", "900,000.00"}, new String[]{"", "200,000.00", "150,000.00"},
                new String[]{"", "", ""});
        assertEquals(1, f.size(), f::toString);
        assertEquals(110.0, f.get(0).expected(), "compared in 万元");
        assertEquals(105.0, f.get(0).actual());
        assertEquals(List.of(900000.0, 150000.0, 1100000.0), f.get(0).values().stream().map(Finding.Value::value).toList());
        assertTrue(f.get(0).values().stream().allMatch(v -> "元".equals(v.unit())));
        assertTrue(f.get(0).message().contains("1050000元") && f.get(0).message().contains("1100000元"), f.get(0).message());
    }
}
