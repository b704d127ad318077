package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ScoreCeilingCheckTest {

    private static List<Finding> run(SelfEvalTableBuilder b) {
        return new ScoreCeilingCheck().run(b.context());
    }

    @Test
    void scoresWithinWeights_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder()));
    }

    @Test
    void scoreAboveWeight_error() {
        Finding f = run(new SelfEvalTableBuilder().set(1, 6, "22")).get(0);
        assertEquals("SCORE_MISMATCH", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("T9", f.rule());
        assertEquals(20.0, f.expected());
        assertEquals(22.0, f.actual());
    }

    @Test
    void scoreJustAboveWithinTolerance_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder().set(1, 6, "20.005")));
        assertEquals(1, run(new SelfEvalTableBuilder().set(1, 6, "20.05")).size());
    }

    @Test
    void blankScore_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder().set(1, 6, "")));
    }
}
