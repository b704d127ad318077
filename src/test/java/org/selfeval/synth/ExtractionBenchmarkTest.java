package org.selfeval.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ReportExtractor;
import org.selfeval.pipeline.DocumentReader;
import org.selfeval.pipeline.Json;
import org.selfeval.structure.OutlineBuilder;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ExtractionBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void fourDocs_countedPerFormatWithFailures() throws Exception {
        List<Path> files = new CorpusGenerator(List.of(new DocxRenderer())).generate(dir, 4, 100);
        // No format extractors registered: every full extraction must be counted as a failure.
        DocumentReader noExtractors = new DocumentReader(new ReportExtractor(List.of()), new OutlineBuilder());
        BenchReport report = new ExtractionBenchmark(noExtractors, ExtractOptions.defaults()).run(files, 1, 2);
        assertEquals(4, report.files());
        BenchReport.Row docx = report.rows().get(0);
        assertEquals("docx", docx.format());
        assertEquals(8, docx.docs(), "4 files × 2 repeats");
        assertEquals(8, docx.fullFailures());
        assertEquals(0, docx.tikaFailures());
        assertTrue(docx.tikaDocsPerSecond() > 0);
        assertEquals("all", report.rows().get(report.rows().size() - 1).format());
        assertTrue(report.peakHeapBytes() > 0);
        assertTrue(report.table().contains("time×tika"));
        assertTrue(Json.line(report).contains("\"tikaDocsPerSecond\""));
    }

    @Test
    void existingCorpus_isReused() throws Exception {
        new CorpusGenerator(List.of(new DocxRenderer())).generate(dir, 3, 1);
        List<Path> files = BenchCorpus.ensure(dir, 2, 1);
        assertEquals(2, files.size());
        assertEquals(3, BenchCorpus.documents(dir).size(), "nothing regenerated");
    }
}
