package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RowScoreCheckTest {

    private static List<Finding> run(SelfEvalTableBuilder b) {
        return new RowScoreCheck().run(b.context());
    }

    @Test
    void targetsMetWithFullScores_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder()));
    }

    @Test
    void reverseTargetExceededTwice_expectedZero_warning() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder().set(2, 3, "≤281.98万元").set(2, 6, "9");
        Finding f = run(b).get(0);
        assertEquals("T11", f.rule());
        assertEquals("SCORE_MISMATCH", f.code());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(0.0, f.expected());
        assertEquals(9.0, f.actual());
    }

    @Test
    void reverseTargetExceededSlightly_linearShare() {
        // 950 vs ≤880.57: (1 − 69.43/880.57) × 10 = 9.21
        SelfEvalTableBuilder b = new SelfEvalTableBuilder().set(2, 4, "950万元");
        assertEquals(9.21, run(b).get(0).expected());
        assertEquals(List.of(), run(b.set(2, 6, "9.25")));
        assertEquals(1, run(b.set(2, 6, "9.4")).size());
    }

    @Test
    void positiveShortfall_scoredAboveShare_warning() {
        // 4家 of ≥5家 → at most 16 of 20
        SelfEvalTableBuilder b = new SelfEvalTableBuilder().set(0, 4, "4家").set(0, 7, "受疫情影响");
        assertEquals(16.0, run(b).get(0).expected());
        assertEquals(List.of(20.0, 20.0, 16.0, 5.0, 4.0),
                run(b).get(0).values().stream().map(Finding.Value::value).toList(), "score, weight, max, 指标值, 实际完成值");
        assertEquals(List.of(), run(b.set(0, 6, "16")));
    }

    @Test
    void scoredBelowRule_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder().set(0, 6, "18").set(0, 7, "略有不足")));
    }

    @Test
    void qualitativeNotAchieved_scoredFull_warning() {
        Finding f = run(new SelfEvalTableBuilder().set(3, 4, "未达成")).get(0);
        assertEquals(15.0, f.expected());
    }

    @Test
    void qualitativeOrUnitMismatch_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder().set(0, 4, "80%")));
        assertEquals(List.of(), run(new SelfEvalTableBuilder().set(3, 4, "稳步提升")));
    }
}
