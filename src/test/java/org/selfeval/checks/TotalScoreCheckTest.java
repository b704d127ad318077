package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TotalScoreCheckTest {

    private static List<Finding> run(SelfEvalTableBuilder b) {
        return new TotalScoreCheck().run(b.context());
    }

    @Test
    void totalIsSumPlusExecScore_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder()));
    }

    @Test
    void totalDisagrees_error() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.totalScore = "98";
        Finding f = run(b).get(0);
        assertEquals("SCORE_MISMATCH", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("T10", f.rule());
        assertEquals(99.78, f.expected());
        assertEquals(98.0, f.actual());
    }

    @Test
    void tolerance_bothSides() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.totalScore = "99.79";
        assertEquals(List.of(), run(b));
        b.totalScore = "99.8";
        assertEquals(1, run(b).size());
    }

    @Test
    void aRowWithoutScore_noFinding() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder().set(0, 6, "");
        b.totalScore = "50";
        assertEquals(List.of(), run(b));
    }
}
