package org.selfeval.engine;

import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

/**
 * Findings on a scanned report rest on recognised text, where a dropped line or a misread digit
 * is common: none of them is certain enough to be an error. They become warnings that say so.
 */
final class OcrFindings {

    static final String NOTE = "（扫描件经文字识别，数值可能识别有误，请对照原件核实）";

    private OcrFindings() {
    }

    static List<Finding> lowConfidence(List<Finding> findings) {
        return findings.stream().map(OcrFindings::downgrade).toList();
    }

    private static Finding downgrade(Finding f) {
        if (f.values().isEmpty() && f.expected() == null) {
            return f; // not about numbers (e.g. heading numbering)
        }
        Severity severity = f.severity() == Severity.ERROR ? Severity.WARNING : f.severity();
        return new Finding(f.code(), severity, f.rule(), f.message() + NOTE, f.values(), f.expected(), f.actual());
    }
}
