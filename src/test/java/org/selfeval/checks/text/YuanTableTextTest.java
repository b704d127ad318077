package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Table;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.testing.TestReports.row;

/** Prose in 万元 against a 基础数据表 printed in 元 (the unit in its header corner): compared converted. */
class YuanTableTextTest {

    private static Table baseDataInYuan(String projectActual) {
        return TestReports.table(
                row("财政供养人员情况（人）", "编制数", "2024年实际在职人数", "控制率"),
                row("", "10", "13", "130%"),
                row("经费控制情况（元）", "2023年决算数", "2024年预算数", "2024年决算数"),
                row("三公经费", "6,600.00", "12,000.00", "3,100.00"),
                row("3、公务接待", "6,600.00", "12,000.00", "3,100.00"),
                row("项目支出：", "7,886,400.00", "1,010,000.00", projectActual),
                row("公用经费", "168,300.00", "165,000.00", "155,600.00"));
    }

    private static List<Finding> run(String projectActual) {
        String prose = "项目支出为667.77万元，日常公用经费15.56万元。";
        TextFixture f = new TextFixture().paragraph(prose)
                .money("项目支出", 667.77, null, "项目支出为667.77万元")
                .money("日常公用经费", 15.56, null, "日常公用经费15.56万元")
                .block(TestReports.tableTitle("2024年度部门整体支出绩效评价基础数据表")).block(baseDataInYuan(projectActual));
        return new TextTableCheck().run(f.context());
    }

    @Test
    void sameAmountsInYuan_silent() {
        assertEquals(List.of(), run("6,677,700.00"));
    }

    @Test
    void differentAmount_quotedInYuanBesideWan() {
        List<Finding> out = run("6,577,700.00");
        assertEquals(1, out.size(), out::toString);
        Finding f = out.get(0);
        assertEquals(657.77, f.expected(), "compared in 万元");
        assertTrue(f.values().stream().anyMatch(v -> v.value() == 6577700 && "元".equals(v.unit())), f::toString);
        assertTrue(f.values().stream().anyMatch(v -> v.value() == 667.77 && "万元".equals(v.unit())), f::toString);
        assertTrue(f.message().contains("6577700元"), f.message());
    }
}
