package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DeviationCheckTest {

    private static List<Finding> run(SelfEvalTableBuilder b) {
        return new DeviationCheck().run(b.context());
    }

    @Test
    void fullScoresNoDeviation_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder()));
    }

    @Test
    void pointsLostWithoutReason_errorD1() {
        Finding f = run(new SelfEvalTableBuilder().set(1, 6, "18")).get(0);
        assertEquals("DEVIATION_UNEXPLAINED", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("T12", f.rule());
        assertEquals(20.0, f.expected());
        assertEquals(18.0, f.actual());
    }

    @Test
    void pointsLostWithReason_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder().set(1, 6, "18").set(1, 7, "个别项目验收延后")));
    }

    @Test
    void overachievedAtRatio_warningD2_belowRatio_none() {
        assertEquals(Severity.WARNING, run(new SelfEvalTableBuilder().set(0, 4, "7家")).get(0).severity());
        assertEquals(List.of(), run(new SelfEvalTableBuilder().set(0, 4, "6.4家")));
    }

    @Test
    void reverseExceededWithoutReason_warningD3() {
        Finding f = run(new SelfEvalTableBuilder().set(2, 4, "900万元")).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(880.57, f.expected());
        assertEquals(900.0, f.actual());
        assertEquals(List.of(880.57, 900.0), f.values().stream().map(Finding.Value::value).toList());
        assertEquals(List.of(), run(new SelfEvalTableBuilder().set(2, 4, "900万元").set(2, 7, "年中追加专项")));
    }
}
