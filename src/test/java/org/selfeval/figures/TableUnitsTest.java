package org.selfeval.figures;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TableUnitsTest {

    /** Header row 1; row 0 a title row; the corner cell of the header row names the unit. */
    private static final String[][] CORNER = {
            {"支出明细", "支出明细", "支出明细", "支出明细"},
            {"支出情况（元）", "2023年决算数", "2024年预算数", "执行率"},
            {"办公费", "12,000.00", "15,500.00", "77.42%"},
    };

    @Test
    void notes_inBracketsAndAfterDanwei() {
        assertEquals("元", TableUnits.note("资金来源（元）"));
        assertEquals("万元", TableUnits.note("(单位：万元)"));
        assertEquals("元", TableUnits.note("单位: 元"));
        assertEquals("千元", TableUnits.note("金额（千元）"));
        assertNull(TableUnits.note("全年执行数"));
        assertNull(TableUnits.note(null));
    }

    @Test
    void cornerCellOfHeaderRow_appliesToItsColumns() {
        assertEquals("元", TableUnits.resolve(CORNER, 1, null, 2, 1, null));
        assertEquals("元", TableUnits.resolve(CORNER, 1, null, 2, 2, "万元"), "the table's own note beats the caption");
    }

    /** A 单位：元 form whose indicator block has its own title row (no header row known to the reader). */
    private static final String[][] FORM = {
            {"项目资金", "年初预算数", "全年执行数", "分值"},
            {"年度资金总额", "80,000", "76,000", "10"},
            {"三级指标", "指标值", "完成值", "分值"},
            {"培训场次", "≥6次", "7次", "15"},
            {"覆盖人数", "—", "—", "—"},
            {"服务人数", "≥100人", "120人", "20"},
    };

    @Test
    void pointsColumnUnderItsOwnTitle_neverTakesCaptionMoneyUnit() {
        assertEquals("分", TableUnits.resolve(FORM, -1, null, 3, 3, "元"));
        assertEquals("分", TableUnits.resolve(FORM, -1, null, 5, 3, "元"), "dashes between are no title");
        assertEquals("元", TableUnits.resolve(FORM, -1, null, 1, 1, "元"), "money columns keep the caption unit");
    }

    @Test
    void rateColumn_hasNoMoneyUnit() {
        assertEquals("", TableUnits.resolve(CORNER, 1, null, 2, 3, null));
    }

    @Test
    void columnHeaderNote_beatsCornerNote() {
        String[][] g = {
                {"支出情况（元）", "预算数（万元）", "得分"},
                {"设备购置", "3.5", "4"},
        };
        assertEquals("万元", TableUnits.resolve(g, 0, null, 1, 1, null));
        assertEquals("分", TableUnits.resolve(g, 0, null, 1, 2, null));
    }

    @Test
    void rowLabelNote_andCaption_asLastStatedUnits() {
        String[][] g = {
                {"项目", "金额"},
                {"差旅费（元）", "2,400"},
                {"印刷费", "1.2"},
        };
        assertEquals("元", TableUnits.resolve(g, 0, null, 1, 1, "万元"));
        assertEquals("万元", TableUnits.resolve(g, 0, null, 2, 1, "万元"));
        assertEquals("", TableUnits.resolve(g, 0, null, 2, 1, null), "nothing names a unit: the caller's default");
        assertEquals("元", TableUnits.ofCaptions(List.of("填报单位：测试局", "单位：元")));
    }
}
