package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class WeightCheckTest {

    private static List<Finding> run(SelfEvalTableBuilder b) {
        return new WeightCheck().run(b.context());
    }

    @Test
    void weights50_30_10_10_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder()));
    }

    @Test
    void costAsOwnPrimary_countsInOutput() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder().set(2, 0, "成本指标").set(2, 1, "经济成本指标");
        assertEquals(List.of(), run(b));
    }

    @Test
    void rowsDisagreeWithDeclaredWeight_error() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder().set(0, 5, "15").set(0, 6, "15");
        b.totalWeight = "95";
        List<Finding> f = run(b);
        assertEquals(1, f.size(), f::toString);
        assertEquals("WEIGHT_MISMATCH", f.get(0).code());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("T7", f.get(0).rule());
        assertEquals(50.0, f.get(0).expected());
        assertEquals(45.0, f.get(0).actual());
    }

    @Test
    void weightsOffProfileWithoutDeclaredWeight_warning() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder().set(0, 0, "产出指标").set(1, 0, "产出指标").set(2, 0, "产出指标")
                .set(0, 5, "25").set(3, 5, "25").set(3, 6, "25").set(3, 0, "效益指标");
        b.totalScore = "99.78";
        List<Finding> f = run(b);
        assertEquals(List.of(Severity.WARNING, Severity.WARNING), f.stream().map(Finding::severity).toList());
        assertEquals(List.of(55.0, 25.0), f.stream().map(Finding::actual).toList());
    }

    @Test
    void totalWeightDisagrees_errorT8() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.totalWeight = "90";
        Finding f = run(b).get(0);
        assertEquals("T8", f.rule());
        assertEquals(100.0, f.expected());
        assertEquals(90.0, f.actual());
    }

    @Test
    void unreadableWeight_noFinding() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder().set(0, 5, "");
        b.totalWeight = "";
        assertEquals(List.of(), run(b));
    }
}
