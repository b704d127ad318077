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

    private static List<Double> values(Finding f) {
        return f.values().stream().map(Finding.Value::value).toList();
    }

    @Test
    void offBucket_quotesComputedBucketWeightAndRuleWeight() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder().set(0, 0, "产出指标").set(1, 0, "产出指标").set(2, 0, "产出指标")
                .set(0, 5, "25").set(3, 5, "25").set(3, 6, "25").set(3, 0, "效益指标");
        b.totalScore = "99.78";
        List<Finding> f = run(b);
        assertEquals(List.of(55.0, 50.0, 25.0, 20.0, 10.0), values(f.get(0)), "sum, rule, then the rows");
        assertEquals("computed", f.get(0).values().get(0).source());
        assertEquals("rule", f.get(0).values().get(1).source());
        assertEquals("分", f.get(0).values().get(1).unit());
        assertEquals(List.of(25.0, 30.0, 25.0), values(f.get(1)));
    }

    @Test
    void declaredBucketOffRule_quotesDeclaredWeight() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        for (int r = 0; r < 3; r++) {
            b.set(r, 0, "产出指标（60分）");
        }
        b.set(0, 5, "30").set(3, 0, "效益指标（20分）").set(3, 5, "20").set(3, 6, "20");
        List<Finding> f = run(b);
        assertEquals(2, f.size(), f::toString);
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(List.of(60.0, 60.0, 50.0), values(f.get(0)).subList(0, 3));
        assertEquals(List.of(20.0, 20.0, 30.0), values(f.get(1)).subList(0, 3));
    }

    @Test
    void executionWeightOffRule_warning() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.execWeight = "20";
        b.totalWeight = "110";
        List<Finding> f = run(b);
        assertEquals(1, f.size(), f::toString);
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(List.of(20.0, 10.0), values(f.get(0)));
        assertEquals(10.0, f.get(0).expected());
        assertEquals(20.0, f.get(0).actual());
    }
}
