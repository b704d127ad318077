package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatedShareCheckTest {

    private static TextFixture share(String pct) {
        return new TextFixture()
                .paragraph("2024年基本支出193.13万元，其中：工资福利支出177.57万元，占基本支出的" + pct + "%；商品和服务支出15.56万元。")
                .money("基本支出", 193.13, "2024年", "2024年基本支出193.13万元")
                .money("工资福利支出", 177.57, null, "其中：工资福利支出177.57万元");
    }

    @Test
    void statedShareMatches_silent() {
        assertTrue(new StatedShareCheck().run(share("91.94").context()).isEmpty());
    }

    @Test
    void statedShareOff_warning() {
        List<Finding> out = new StatedShareCheck().run(share("93.94").context());
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("RATIO_MISMATCH", f.code());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(91.94, f.expected());
        assertEquals(93.94, f.actual());
    }

    @Test
    void justOutsidePctTolerance_warning() {
        assertEquals(1, new StatedShareCheck().run(share("91.96").context()).size());
    }

    @Test
    void roundedToWholePercent_silent() {
        assertTrue(new StatedShareCheck().run(share("92").context()).isEmpty());
    }

    @Test
    void wholeUnknown_silent() {
        TextFixture f = new TextFixture().paragraph("工资福利支出177.57万元，占基本支出的50%。")
                .money("工资福利支出", 177.57, null, "工资福利支出177.57万元");
        assertTrue(new StatedShareCheck().run(f.context()).isEmpty());
    }

    @Test
    void wholeAmountBeforeShareOfAnotherLabel_notTakenForThePart() {
        // 基本支出 is the last amount before 占, but the share is 人员经费's: no part amount there
        TextFixture f = new TextFixture().paragraph("2024年基本支出200万元，人员经费占基本支出的80%。")
                .money("基本支出", 200, "2024年", "2024年基本支出200万元");
        assertTrue(new StatedShareCheck().run(f.context()).isEmpty());
    }

    @Test
    void partNamedByLabel_itsOneProseValueUsed() {
        TextFixture f = new TextFixture().paragraph("2024年基本支出200万元，其中人员经费150万元、公用经费50万元。")
                .paragraph("人员经费占基本支出的80%，公用经费占基本支出的25%。")
                .money("基本支出", 200, "2024年", "2024年基本支出200万元")
                .money("人员经费", 150, null, "其中人员经费150万元")
                .money("公用经费", 50, null, "公用经费50万元");
        List<Finding> out = new StatedShareCheck().run(f.context());
        assertEquals(1, out.size());
        assertEquals(75.0, out.get(0).expected());
        assertEquals(80.0, out.get(0).actual());
    }
}
