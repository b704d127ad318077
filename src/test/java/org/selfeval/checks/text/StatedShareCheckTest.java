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
}
