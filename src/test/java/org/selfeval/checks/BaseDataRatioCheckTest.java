package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BaseDataRatioCheckTest {

    private static List<Finding> run(BaseDataTableBuilder b) {
        return new BaseDataRatioCheck().run(b.context());
    }

    @Test
    void controlRateAbove100_consistent_noFinding() {
        assertEquals(List.of(), run(new BaseDataTableBuilder()));
    }

    @Test
    void wrongControlRate_errorB1() {
        BaseDataTableBuilder b = new BaseDataTableBuilder();
        b.controlRate = "76.92%";
        Finding f = run(b).get(0);
        assertEquals("B1", f.rule());
        assertEquals("RATIO_MISMATCH", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(130.0, f.expected());
        assertEquals(76.92, f.actual());
    }

    @Test
    void rateRoundedToStatedPrecision_bothSides() {
        BaseDataTableBuilder b = new BaseDataTableBuilder();
        b.quota = "3";
        b.staff = "1";
        b.controlRate = "33.33%";
        assertEquals(List.of(), run(b));
        b.controlRate = "33.35%";
        assertEquals(1, run(b).size());
    }

    @Test
    void buildingRates_checkedB6() {
        BaseDataTableBuilder b = new BaseDataTableBuilder();
        b.building = new String[]{"1000", "1100", "110%", "500", "450", "95%"};
        List<Finding> f = run(b);
        assertEquals(1, f.size(), f::toString);
        assertEquals("B6", f.get(0).rule());
        assertEquals(90.0, f.get(0).expected());
    }

    @Test
    void zeroQuotaOrBlank_noFinding() {
        BaseDataTableBuilder b = new BaseDataTableBuilder();
        b.quota = "0";
        assertEquals(List.of(), run(b));
        b.quota = "";
        assertEquals(List.of(), run(b));
    }
}
