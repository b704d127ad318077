package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PublicFundsSubsetCheckTest {

    private static List<Finding> run(BaseDataTableBuilder b) {
        return new PublicFundsSubsetCheck().run(b.context());
    }

    @Test
    void itemsAddToTotal_noFinding() {
        assertEquals(List.of(), run(new BaseDataTableBuilder()));
    }

    @Test
    void itemsLessThanTotal_subsetIsFine() {
        assertEquals(List.of(), run(new BaseDataTableBuilder().set("其中：办公经费", 2, "10")));
    }

    @Test
    void itemsMoreThanTotal_error() {
        Finding f = run(new BaseDataTableBuilder().set("会议费、培训费", 2, "2")).get(0);
        assertEquals("B5", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(15.56, f.expected());
        assertEquals(17.56, f.actual());
    }

    @Test
    void itemsMoreWithinTolerance_noneOrInfo() {
        assertEquals(List.of(), run(new BaseDataTableBuilder().set("会议费、培训费", 2, "0.01")));
        assertEquals(Severity.INFO, run(new BaseDataTableBuilder().set("会议费、培训费", 2, "0.04")).get(0).severity());
    }

    @Test
    void blankTotal_noFinding() {
        assertEquals(List.of(), run(new BaseDataTableBuilder().set("公用经费", 2, "")));
    }
}
