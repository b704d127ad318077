package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ExecutionScoreCheckTest {

    private static List<Finding> run(SelfEvalTableBuilder b) {
        return new ExecutionScoreCheck().run(b.context());
    }

    @Test
    void linearScore_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder()));
    }

    @Test
    void seedScore9_warningUnderLinear() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.execScore = "9";
        Finding f = run(b).get(0);
        assertEquals("T2", f.rule());
        assertEquals("SCORE_MISMATCH", f.code());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(9.78, f.expected());
        assertEquals(9.0, f.actual());
    }

    @Test
    void seedScore9_fineUnderIntegerFloor() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.execScore = "9";
        var profile = TestReports.profile(s -> TestReports.withExecRule(s, "integer_floor"));
        assertEquals(List.of(), new ExecutionScoreCheck().run(b.context(profile)));
    }

    @Test
    void formulaTolerance_bothSides() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.execScore = "9.7";
        assertEquals(List.of(), run(b));
        b.execScore = "9.6";
        assertEquals(1, run(b).size());
    }

    @Test
    void scoreAboveWeight_errorT3() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.execScore = "12";
        Finding f = run(b).get(0);
        assertEquals("T3", f.rule());
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void blankScore_noFinding() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.execScore = "";
        assertEquals(List.of(), run(b));
    }
}
