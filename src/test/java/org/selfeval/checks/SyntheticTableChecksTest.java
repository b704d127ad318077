package org.selfeval.checks;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.forms.Forms;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.synth.CjkFont;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.PdfRenderer;
import org.selfeval.synth.ReportGenerator;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.SpecRenderer;
import org.selfeval.testing.TestReports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * False-positive guard: generated reports are consistent by construction, so the table checks
 * must find no error and no warning in them. The generator scores the execution rate the seed's
 * way (97.77% → 9), so these run with exec_score_rule integer_floor; its indicator vocabulary
 * over-achieves some targets by ≥130% with "无偏差", which T12 D2 rightly reports and is checked
 * for being exactly that.
 */
class SyntheticTableChecksTest {

    private static Checker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        checker = new Checker(Checks.standard());
    }

    @Test
    void generatedDocx_noTableErrorsOrWarnings() throws Exception {
        assertClean(new DocxRenderer(), 6);
    }

    @Test
    void generatedPdf_noTableErrorsOrWarnings() throws Exception {
        Optional<CjkFont> font = CjkFont.find(null);
        assumeTrue(font.isPresent(), "no embeddable CJK font on this machine");
        try (PdfRenderer renderer = new PdfRenderer(font.get())) {
            assertClean(renderer, 3);
        }
    }

    private void assertClean(SpecRenderer renderer, int count) throws Exception {
        var profile = TestReports.profile(s -> TestReports.withExecRule(s, "integer_floor"));
        List<Finding> unexpected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ReportSpec spec = new ReportGenerator().generate("fp" + i, 1000 + i);
            Path file = CorpusGenerator.write(spec, renderer, dir);
            ExtractResult r = DocumentReader.standard().read(file, ExtractOptions.defaults());
            assertTrue(r.isOk(), () -> "extraction failed: " + r.failure());
            CheckContext ctx = TestReports.context(r.document(), profile, List.of());
            Forms forms = Forms.of(ctx);
            assertEquals(1, forms.selfEval().size(), file::toString);
            assertEquals(1, forms.baseData().size(), file::toString);
            assertNotNull(forms.selfEval().get(0).indicators(), file::toString);
            for (Finding f : checker.run(ctx)) {
                boolean overachieved = "T12".equals(f.rule()) && f.severity() == Severity.WARNING
                        && f.actual() / f.expected() >= profile.scoring().overachieveRatio();
                if (f.severity() != Severity.INFO && !overachieved && !"NUMBERING".equals(f.code())) {
                    unexpected.add(f);
                }
            }
        }
        assertEquals(List.of(), unexpected);
    }
}
