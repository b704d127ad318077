package org.selfeval.figures;

import org.selfeval.model.Block;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.Figure;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;

import java.util.List;

/** Small documents built in code, and lookups over figures. */
final class Docs {
    private Docs() {
    }

    static ReportDocument of(Block... blocks) {
        return new ReportDocument(new DocumentMetadata("t.docx", "", 0, "docx", "", 1, null, null, null, false),
                List.of(blocks), List.of());
    }

    static List<Figure> text(String paragraph) {
        return TestLabels.EXTRACTOR.extract(of(new Paragraph(paragraph, 3, null, false, null)));
    }

    static Figure find(List<Figure> figures, String label, double value) {
        return figures.stream().filter(f -> label.equals(f.label()) && Math.abs(f.value() - value) < 1e-9)
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " " + value + " in " + figures));
    }
}
