package org.selfeval.engine;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcrFindingsTest {

    @Test
    void numericError_becomesWarningWithNote_numberingUntouched() {
        Finding sum = new Finding("SUM_MISMATCH", Severity.ERROR, "T5", "合计不一致",
                List.of(new Finding.Value("一般公共预算", 860.02, "万元", "text", 6, "…")), 860.9, 860.49);
        Finding numbering = new Finding("NUMBERING", Severity.INFO, "P-numbering", "编号", List.of(), null, null);
        List<Finding> out = OcrFindings.lowConfidence(List.of(sum, numbering));
        assertEquals(Severity.WARNING, out.get(0).severity());
        assertTrue(out.get(0).message().endsWith(OcrFindings.NOTE));
        assertEquals(860.9, out.get(0).expected());
        assertEquals(numbering, out.get(1));
    }
}
