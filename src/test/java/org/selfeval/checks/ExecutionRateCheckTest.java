package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ExecutionRateCheckTest {

    private static List<Finding> run(SelfEvalTableBuilder b) {
        return new ExecutionRateCheck().run(b.context());
    }

    @Test
    void statedRateMatches_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder()));
    }

    @Test
    void rateWrittenWithoutDecimals_comparedAtThatPrecision() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.rate = "98%";
        assertEquals(List.of(), run(b));
    }

    @Test
    void wrongRate_error() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.rate = "97.79%";
        Finding f = run(b).get(0);
        assertEquals("RATIO_MISMATCH", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("T1", f.rule());
        assertEquals(97.77, f.expected());
        assertEquals(97.79, f.actual());
    }

    @Test
    void offByOneHundredth_withinTolerance() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.rate = "97.78%";
        assertEquals(List.of(), run(b));
    }

    @Test
    void zeroBudget_noFinding() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.full = "0";
        b.executed = "0";
        b.rate = "0.00%";
        assertEquals(List.of(), run(b));
    }

    @Test
    void rateAbove100_consistent_noFinding() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.executed = "968.63";
        b.rate = "110%";
        assertEquals(List.of(), run(b));
    }
}
