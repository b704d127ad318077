package org.selfeval.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.Finding;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.ReportGenerator;
import org.selfeval.testing.SharedFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Word reports' pages are those of their rendering: the same as the PDF twin's, finding by finding. */
class WordPagesTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void soffice() {
        assumeTrue(OfficeConverter.resolve("soffice") != null, "skipped: LibreOffice (soffice) is not installed");
    }

    /** Every finding's every value, as "CODE label page", in order. */
    private static List<String> pages(ReportResult r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            for (Finding.Value v : f.values()) {
                out.add(f.code() + " " + v.label() + " p" + v.page());
            }
        }
        return out;
    }

    @Test
    void generatedDocx_findingsOnThePagesOfItsPdfRendering() throws IOException {
        SelfEvalEngine engine = SelfEvalEngine.standard();
        int compared = 0;
        for (int seed = 21; seed <= 24; seed++) {
            Path docx = CorpusGenerator.write(new ReportGenerator().generate("p" + seed, seed), new DocxRenderer(), dir);
            Path pdf = dir.resolve("p" + seed + "-twin.pdf");
            new OfficeConverter(RenderOptions.defaults()).convert(docx, "docx", pdf);
            ReportResult word = engine.analyse(docx, AnalysisOptions.defaults());
            ReportResult twin = engine.analyse(pdf, AnalysisOptions.defaults());
            assertEquals(DocumentMetadata.PAGES_RENDERED, word.report().pageBasis());
            assertEquals(twin.report().pages(), word.report().pages());
            assertEquals(pages(twin), pages(word), docx.getFileName().toString());
            assertEquals(twin.sections().stream().map(s -> s.title() + " p" + s.page()).toList(),
                    word.sections().stream().map(s -> s.title() + " p" + s.page()).toList());
            compared += pages(word).size();
        }
        assertTrue(compared > 0, "no finding values were compared");
    }

    @Test
    void withoutLibreOffice_pagesAreStatedAsEstimates() throws IOException {
        Path docx = CorpusGenerator.write(new ReportGenerator().generate("e", 31), new DocxRenderer(), dir);
        var doc = org.selfeval.pipeline.DocumentReader.standard()
                .withWordPages(new WordPages(new RenderOptions(110, "/nonexistent/soffice", java.time.Duration.ofSeconds(5)), null))
                .read(docx, org.selfeval.extract.ExtractOptions.defaults()).document();
        assertEquals(DocumentMetadata.PAGES_ESTIMATED, doc.metadata().pageBasis());
        assertFalse(doc.metadata().pagesExact());
    }

    @Test
    void seedDocx_findingsOnTheSeedPdfsPages() {
        Path docx = SharedFiles.require("seed/seed-report.docx");
        Path pdf = SharedFiles.require("seed/seed-report.pdf");
        SelfEvalEngine engine = SelfEvalEngine.standard();
        ReportResult word = engine.analyse(docx, AnalysisOptions.defaults());
        ReportResult twin = engine.analyse(pdf, AnalysisOptions.defaults());
        assertFalse(pages(word).isEmpty());
        assertEquals(pages(twin), pages(word));
    }
}
