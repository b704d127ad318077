package org.selfeval.checks.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.synth.CjkFont;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.PdfRenderer;
import org.selfeval.synth.ReportGenerator;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.SpecRenderer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * False-positive guard: generated reports agree with themselves by construction, so the text
 * checks must say nothing about them (figures extracted by the real engine, PDF line wraps
 * included). The generator's prose gives 在编 = 编制 whatever the table's 在职人数, so X10 may
 * speak only when the table equals 在编 + 临聘, the seed's pattern, and only as a warning.
 */
class SyntheticTextChecksTest {

    private static SelfEvalEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        engine = SelfEvalEngine.standard();
    }

    @Test
    void generatedDocx_noTextFindings() throws Exception {
        assertClean(new DocxRenderer(), 6, 2000);
    }

    @Test
    void generatedPdf_noTextFindings() throws Exception {
        Optional<CjkFont> font = CjkFont.find(null);
        assumeTrue(font.isPresent(), "no embeddable CJK font on this machine");
        try (PdfRenderer renderer = new PdfRenderer(font.get())) {
            assertClean(renderer, 4, 3000);
        }
    }

    private void assertClean(SpecRenderer renderer, int count, int seed) throws Exception {
        List<Finding> unexpected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ReportSpec spec = new ReportGenerator().generate("tx" + seed + i, seed + i);
            Path file = CorpusGenerator.write(spec, renderer, dir);
            ReportResult r = engine.analyse(file, AnalysisOptions.defaults());
            assertTrue(r.isOk(), file::toString);
            assertTrue(r.figures().size() > 20, "figures extracted from " + file);
            for (Finding f : r.findings()) {
                boolean text = f.rule() != null && f.rule().matches("X\\d+");
                boolean staffWithTemporary = "X10".equals(f.rule()) && f.severity() == Severity.WARNING
                        && f.message().contains("临聘");
                if (text && f.severity() != Severity.INFO && !staffWithTemporary) {
                    unexpected.add(f);
                }
            }
        }
        assertEquals(List.of(), unexpected);
    }
}
