package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BaseDataSumCheckTest {

    private static List<Finding> run(BaseDataTableBuilder b) {
        return new BaseDataSumCheck().run(b.context());
    }

    @Test
    void seedFigures_noFinding() {
        assertEquals(List.of(), run(new BaseDataTableBuilder()));
    }

    @Test
    void threePublicPartsDisagree_errorB2() {
        Finding f = run(new BaseDataTableBuilder().set("2、出国经费", 2, "0.2")).get(0);
        assertEquals("B2", f.rule());
        assertEquals("SUM_MISMATCH", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(0.31, f.expected());
        assertEquals(0.51, f.actual());
    }

    @Test
    void carPartsDisagree_errorB3_wholeBreakdownBlank_none() {
        BaseDataTableBuilder b = new BaseDataTableBuilder().set("1、公务用车购置和维护经费", 1, "2")
                .set("其中：公车购置", 1, "1.5").set("三公经费", 1, "3.2");
        List<Finding> f = run(b);
        assertEquals(List.of("B3"), f.stream().map(Finding::rule).toList());
        assertEquals(2.0, f.get(0).expected());
        assertEquals(1.5, f.get(0).actual());
    }

    @Test
    void projectItemsDisagree_errorB4_withinRounding_info() {
        assertEquals("B4", run(new BaseDataTableBuilder().set("2、其他资金", 2, "1.67")).get(0).rule());
        assertEquals(Severity.INFO, run(new BaseDataTableBuilder().set("2、其他资金", 2, "0.70")).get(0).severity());
        assertEquals(List.of(), run(new BaseDataTableBuilder().set("2、其他资金", 2, "0.68")));
    }

    @Test
    void dashedColumn_skipped() {
        assertEquals(List.of(), run(new BaseDataTableBuilder().set("1、业务工作经费", 0, "——")
                .set("2、其他资金", 0, "——")));
    }
}
