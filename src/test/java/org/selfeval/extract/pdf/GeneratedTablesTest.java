package org.selfeval.extract.pdf;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.model.Cell;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;
import org.selfeval.pipeline.Json;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.ReportGenerator;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.Truth;
import org.selfeval.testing.CjkPdfRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated reports against their truth files: every table cell for cell, prose never a table. */
class GeneratedTablesTest {

    @RegisterExtension
    static final CjkPdfRenderer RENDERER = new CjkPdfRenderer();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"2, false", "7, true", "21, false", "40, true"})
    void generatedReport_tablesEqualTruth_includingPageSpanningTable(long seed, boolean repeatHeader) throws Exception {
        ReportSpec spec = new ReportGenerator().generate("g" + seed, seed)
                .withStyle(new ReportSpec.RenderStyle(false, repeatHeader, 12));
        Path pdf = CorpusGenerator.write(spec, RENDERER.get(), dir);
        Truth truth = Json.MAPPER.readValue(dir.resolve(pdf.getFileName() + ".truth.json").toFile(), Truth.class);
        ReportDocument doc = new PdfBoxExtractor().extract(
                PdfFixtures.source(pdf.getFileName().toString(), Files.readAllBytes(pdf)), ExtractOptions.defaults());

        List<Table> tables = doc.tables().toList();
        assertEquals(truth.tables().size(), tables.size(), "table count");
        assertTrue(truth.tables().stream().anyMatch(t -> t.pages().size() == 2), "the generator made a page-spanning table");
        for (int i = 0; i < tables.size(); i++) {
            Truth.TableTruth expected = truth.tables().get(i);
            Table actual = tables.get(i);
            String what = "table " + i + " (" + expected.kind() + ")";
            assertEquals(expected.pages(), actual.pages(), what + " pages");
            assertEquals(expected.rows() + "x" + expected.cols(), actual.rowCount() + "x" + actual.colCount(), what + " shape");
            assertEquals(describe(expected.cells().stream().map(c -> new Cell(c.row(), c.col(), c.rowSpan(), c.colSpan(),
                    c.text(), List.of(), null)).toList()), describe(actual.cells()), what + " cells");
        }
        assertTrue(doc.tables().noneMatch(t -> "stream".equals(t.method())), "prose became a stream table");
        assertTrue(doc.paragraphs().filter(p -> p.text().length() > 60).count() >= 5, "long prose paragraphs stay paragraphs");
    }

    private static List<String> describe(List<Cell> cells) {
        List<String> out = new ArrayList<>();
        for (Cell c : cells) {
            out.add(c.row() + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan() + " " + c.text().strip());
        }
        out.sort(null);
        return out;
    }
}
