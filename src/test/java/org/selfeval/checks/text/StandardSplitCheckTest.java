package org.selfeval.checks.text;

import org.selfeval.checks.Money;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardSplitCheckTest {

    private static final String P = "2024年全年支出860.9万元，基本支出为193.13万元。其中：人员经费177.57万元，日常公用经费15.56万元。项目支出为667.77万元。";

    private static TextFixture seedLike(double project, double publicUse) {
        return new TextFixture().paragraph(P.replace("667.77", Money.format(project)).replace("15.56", Money.format(publicUse)))
                .money("全年支出", 860.9, "2024年", "2024年全年支出860.9万元")
                .money("基本支出", 193.13, null, "基本支出为193.13万元")
                .money("人员经费", 177.57, null, "其中：人员经费177.57万元")
                .money("日常公用经费", publicUse, null, "日常公用经费" + Money.format(publicUse) + "万元")
                .money("项目支出", project, null, "项目支出为" + Money.format(project) + "万元");
    }

    @Test
    void consistentSplits_silent() {
        assertTrue(new StandardSplitCheck().run(seedLike(667.77, 15.56).context()).isEmpty());
    }

    @Test
    void basicPlusProjectOff_errorX2() {
        List<Finding> out = new StandardSplitCheck().run(seedLike(677.77, 15.56).context());
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("SUM_MISMATCH", f.code());
        assertEquals("X2", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(860.9, f.expected());
        assertEquals(870.9, f.actual());
    }

    @Test
    void personnelPlusPublicOff_errorX3() {
        List<Finding> out = new StandardSplitCheck().run(seedLike(667.77, 16.56).context());
        assertEquals(1, out.size());
        assertEquals("X3", out.get(0).rule());
        assertEquals(193.13, out.get(0).expected());
        assertEquals(194.13, out.get(0).actual());
    }

    @Test
    void offByRounding_info() {
        List<Finding> out = new StandardSplitCheck().run(seedLike(667.8, 15.56).context());
        assertEquals(1, out.size());
        assertEquals(Severity.INFO, out.get(0).severity());
    }

    @Test
    void offByOneCent_silent() {
        assertTrue(new StandardSplitCheck().run(seedLike(667.78, 15.56).context()).isEmpty());
    }

    @Test
    void numberCutByPdfWrap_figureIgnored() {
        TextFixture f = new TextFixture().paragraph("2024年全年支出860.9万元，基本支出为193.13万元。其中：人员经费17 7.57万元，日常公用经费15.56万元。")
                .money("全年支出", 860.9, "2024年", "2024年全年支出860.9万元")
                .money("基本支出", 193.13, null, "基本支出为193.13万元")
                .money("人员经费", 7.57, null, "其中：人员经费17 7.57万元")
                .money("日常公用经费", 15.56, null, "日常公用经费15.56万元");
        assertTrue(new StandardSplitCheck().run(f.context()).isEmpty());
    }

    @Test
    void partMissing_silent() {
        TextFixture f = new TextFixture().paragraph(P)
                .money("全年支出", 860.9, "2024年", "2024年全年支出860.9万元")
                .money("基本支出", 100, null, "基本支出为193.13万元");
        assertTrue(new StandardSplitCheck().run(f.context()).isEmpty());
    }

    @Test
    void ambiguousTotal_silent() {
        TextFixture f = seedLike(677.77, 15.56).paragraph("全年支出900万元。").money("全年支出", 900, null, "全年支出900万元");
        assertTrue(new StandardSplitCheck().run(f.context()).isEmpty());
    }

    @Test
    void budgetFigures_notMixedWithActuals() {
        TextFixture f = seedLike(667.77, 15.56).paragraph("年初预算基本支出150万元。")
                .money("基本支出", 150, "年初预算", "年初预算基本支出150万元");
        assertTrue(new StandardSplitCheck().run(f.context()).isEmpty());
    }
}
