package org.selfeval.forms;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Table;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.selfeval.testing.TestReports.LEFT;
import static org.selfeval.testing.TestReports.UP;
import static org.selfeval.testing.TestReports.row;

/** The readers on in-code tables: the layout differences Word and PDF produce. */
class FormReadersTest {

    private static Forms forms(String title, Table... tables) {
        List<org.selfeval.model.Block> blocks = new java.util.ArrayList<>();
        blocks.add(TestReports.tableTitle(title));
        blocks.addAll(List.of(tables));
        return Forms.read(TestReports.document(blocks));
    }

    @Test
    void wrappedHeadersAndSeparateValueCells_read() {
        Table t = TestReports.table(
                row("预算部门名称", "测试局", LEFT, LEFT, LEFT, LEFT),
                row("年度预\n算申请", "", "年初预\n算数", "全年预 算数", "全年执\n行数", "分值", "执行率", "得分"),
                row(UP, "年度资金总额", "100", "120", "1 10", "10", "91.67 %", "9.17"),
                row(UP, "一般公共预算:", "105", "其他资金：", "5", "", "", ""));
        SelfEvalForm f = forms("2024年度部门整体支出绩效自评表", t).selfEval().get(0);
        assertEquals("测试局", f.department());
        assertEquals(110, f.total().executed().value());
        assertEquals(91.67, f.total().rate().value());
        assertEquals(List.of(105.0, 5.0), f.income().stream().filter(i -> i.value() != null)
                .map(i -> i.value().value()).toList());
        FormValue v = f.total().executed();
        assertEquals(0, v.table());
        assertEquals(2, v.row());
        assertEquals(4, v.col());
        assertEquals("年度资金总额·全年执行数", v.cite().label());
        assertEquals("table", v.cite().source());
    }

    @Test
    void indicatorsWithoutVerticalMerges_carryPrimaryAndSecondaryDown() {
        Table t = TestReports.table(
                row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                row("产出指标 （50分）", "数量指标", "培训", "≥4次", "5次", "50", "50", "无偏差"),
                row("", "", "", "", "", "", "", "无偏差"),
                row("效益指标\n(30分)", "社会效\n益指标", "服务", "定性", "有效", "30", "28", "略有不足"),
                row("", "", "满意度", "≥90%", "95%", "", "", ""),
                row("总分", LEFT, LEFT, LEFT, LEFT, "100", "88", ""));
        Indicators ind = forms("部门整体支出绩效自评表", t).selfEval().get(0).indicators();
        assertEquals(3, ind.rows().size());
        assertEquals("效益指标", ind.rows().get(2).primary());
        assertEquals("社会效益指标", ind.rows().get(2).secondary());
        assertNull(ind.rows().get(2).weight());
        assertEquals(50, ind.declaredWeights().get("产出").value());
        assertEquals(30, ind.declaredWeights().get("效益").value());
        assertEquals(88, ind.totalScore().value());
        assertTrue(ind.rows().get(0).reasonMissing());
        assertFalse(ind.rows().get(1).reasonMissing());
    }

    @Test
    void formCutByPageBreak_partsJoined() {
        Table top = TestReports.table(
                row("年度预算申请（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                row(UP, "年度资金总额", "100", "120", "110", "10", "91.67%", "9.17"),
                row(UP, "其中：一般公共预算：105", LEFT, LEFT, "", LEFT, LEFT, LEFT));
        Table bottom = TestReports.table(2,
                row("", "其他资金：5", LEFT, LEFT, "", LEFT, LEFT, LEFT, LEFT),
                row("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"),
                row(UP, "产出指标", "数量指标", "培训", "≥4次", "5次", "90", "90", "无偏差"),
                row(UP, "总分", LEFT, LEFT, LEFT, LEFT, "100", "99.17", ""));
        Forms forms = forms("部门整体支出绩效自评表", top, bottom);
        assertEquals(1, forms.selfEval().size());
        SelfEvalForm f = forms.selfEval().get(0);
        assertEquals(2, f.income().stream().filter(i -> i.value() != null).count());
        assertEquals(1, f.income().stream().filter(i -> i.name().equals("其他资金")).findFirst().orElseThrow()
                .value().table());
        assertEquals(1, f.indicators().rows().size());
    }

    @Test
    void baseDataYearsFromHeader_dashesMarked() {
        Table t = TestReports.table(
                row("财政供养人员情况（人）", "编制数", "2023年实际在职人数", "控制率"),
                row(UP, "8", "6", "75%"),
                row("经费控制情况（万元）", "2022年决算数", "2023年预算数", "2023年决算数"),
                row("“三公”经费", "1", "2", "1.5"),
                row("政府采购金额", "——", "3", "2"));
        BaseDataForm b = forms("2023年度部门整体支出绩效评价基础数据表", t).baseData().get(0);
        assertEquals(2023, b.year());
        assertEquals(75, b.controlRate().value());
        assertEquals(1.5, b.row(BaseDataForm.THREE_PUBLIC).orElseThrow().value(2).value());
        assertEquals(List.of(true, false, false), b.row("政府采购金额").orElseThrow().dashed());
    }

    @Test
    void unrelatedTable_leftAlone() {
        Table t = TestReports.table(row("序号", "项目", "金额"), row("1", "办公设备", "3.5"));
        Forms forms = forms("表1 政府采购明细", t);
        assertEquals(0, forms.selfEval().size() + forms.baseData().size() + forms.projects().size());
    }
}
