package org.selfeval.forms;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Block;
import org.selfeval.model.Finding;
import org.selfeval.model.Table;
import org.selfeval.testing.TestReports;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.selfeval.testing.TestReports.LEFT;
import static org.selfeval.testing.TestReports.UP;
import static org.selfeval.testing.TestReports.row;

/** Form cells carry the unit their table states for them; wan() converts, cite() quotes as printed. */
class FormUnitsTest {

    private static Forms forms(Block... blocks) {
        List<Block> all = new ArrayList<>(List.of(blocks));
        return Forms.read(TestReports.document(all));
    }

    private static Table baseData(String moneyHeader, String threePublic) {
        return TestReports.table(
                row("财政供养人员情况（人）", "编制数", "2024年实际在职人数", LEFT, "控制率", LEFT),
                row(UP, "20", "18", LEFT, "90%", LEFT),
                row(moneyHeader, "2023年决算数", LEFT, "2024年预算数", "2024年决算数", LEFT),
                row("三公经费", "64,200.00", LEFT, "80,000.00", threePublic, LEFT),
                row("3、公务接待", "64,200.00", LEFT, "80,000.00", threePublic, LEFT));
    }

    @Test
    void baseDataInYuan_fromHeaderCornerCell() {
        BaseDataForm f = forms(TestReports.tableTitle("2024年度部门整体支出绩效评价基础数据表"),
                baseData("经费控制情况（元）", "71,350.50")).baseData().get(0);
        FormValue v = f.rows().get(0).values().get(2);
        assertEquals(71350.5, v.value());
        assertEquals("元", v.unit());
        assertEquals(7.13505, v.wan(), 1e-9);
        Finding.Value cited = v.cite();
        assertEquals(71350.5, cited.value());
        assertEquals("元", cited.unit());
        assertEquals("人", f.staff().unit());
        assertEquals(20, f.quota().value());
    }

    @Test
    void baseDataWithoutAnyUnit_isExplicitlyWan() {
        BaseDataForm f = forms(TestReports.tableTitle("2024年度部门整体支出绩效评价基础数据表"),
                baseData("经费控制情况", "7.1")).baseData().get(0);
        FormValue v = f.rows().get(0).values().get(2);
        assertEquals("万元", v.unit());
        assertEquals(7.1, v.wan());
    }

    @Test
    void captionLineAboveTable_givesUnit() {
        BaseDataForm f = forms(TestReports.tableTitle("2024年度部门整体支出绩效评价基础数据表"),
                TestReports.paragraph("填报单位：测试局    单位：元"),
                baseData("经费控制情况", "71,350.50")).baseData().get(0);
        assertEquals("元", f.rows().get(0).values().get(2).unit());
    }

    /** A 项目支出绩效自评表 whose 项目资金 block is in 元 with thousands separators; PDF broke one number. */
    @Test
    void projectFundingInYuan_withSeparatorsAndBrokenLine() {
        Table t = TestReports.table(
                row("项目名称", "乡村道路养护", LEFT, LEFT, LEFT, LEFT, LEFT),
                row("项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"),
                row(UP, "年度资金总额", "1,500,000.00", "1,820,000.00", "1,765,40\n0.00", "10", "97%"),
                row(UP, "当年财政拨款", "1,500,000.00", "1,820,000.00", "1,765,400.00", "", ""));
        ProjectForm f = forms(TestReports.tableTitle("2024年度项目支出绩效自评表"), t).projects().get(0);
        FundingLine total = f.total();
        assertEquals(1765400, total.executed().value());
        assertEquals("元", total.executed().unit());
        assertEquals(176.54, total.executed().wan(), 1e-9);
        assertEquals(182, total.full().wan(), 1e-9);
        assertEquals(10, total.weight().value(), "the 分值 column is points, not 元");
        assertEquals(10, total.weight().wan());
        assertEquals(97, total.rate().value());
        assertEquals("%", total.rate().unit());
        assertEquals("元", f.parts().get(0).executed().unit());
    }

    @Test
    void cellOwnUnit_beatsTableUnit() {
        Table t = TestReports.table(
                row("项目名称", "乡村道路养护", LEFT, LEFT, LEFT),
                row("项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数"),
                row(UP, "年度资金总额", "150万元", "182万元", ""));
        FundingLine total = forms(TestReports.tableTitle("2024年度项目支出绩效自评表"), t).projects().get(0).total();
        assertEquals("万元", total.initial().unit());
        assertEquals(150, total.initial().wan());
        assertNull(total.executed());
    }
}
