package org.selfeval.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.model.Cell;
import org.selfeval.model.Heading;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;
import org.selfeval.testing.SharedFiles;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 2's acceptance: the seed report as .docx, .doc and .pdf gives the same outline and the
 * same three tables, cell for cell including merged cells.
 */
class SeedFormatsAgreementTest {

    private static ReportDocument docx;
    private static ReportDocument doc;
    private static ReportDocument pdf;

    @BeforeAll
    static void read() {
        DocumentReader reader = DocumentReader.standard();
        docx = ok(reader.read(SharedFiles.require("seed/seed-report.docx"), ExtractOptions.defaults()));
        doc = ok(reader.read(SharedFiles.require("seed/seed-report.doc"), ExtractOptions.defaults()));
        pdf = ok(reader.read(SharedFiles.require("seed/seed-report.pdf"), ExtractOptions.defaults()));
    }

    private static ReportDocument ok(ExtractResult r) {
        assertTrue(r.isOk(), () -> r.file() + ": " + r.failure());
        return r.document();
    }

    private static List<String> outline(ReportDocument d) {
        return d.headings().map(h -> h.level() + " " + h.numbering() + norm(h.title())).toList();
    }

    private static String norm(String s) {
        return s.replaceAll("(?U)\\s+", "");
    }

    /** A table as comparable text: one line per cell with position, spans and normalised text. */
    private static List<String> cells(Table t) {
        List<String> out = new ArrayList<>();
        out.add(t.rowCount() + "x" + t.colCount());
        for (Cell c : t.cells()) {
            out.add(c.row() + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan() + " " + norm(c.text()));
        }
        return out;
    }

    @Test
    void outline_isTheSameInEveryFormat() {
        List<String> expected = outline(docx);
        assertEquals(expected, outline(doc));
        assertEquals(expected, outline(pdf));
        List<String> top = docx.headings().filter(h -> h.level() == 1 && h.scheme() == org.selfeval.model.NumberingScheme.CHINESE)
                .map(Heading::numbering).toList();
        assertEquals(List.of("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"), top);
        List<String> attachmentTitles = docx.headings()
                .filter(h -> h.scheme() == org.selfeval.model.NumberingScheme.ATTACHMENT && h.title().endsWith("表"))
                .map(h -> norm(h.title())).toList();
        assertEquals(List.of("2024年度部门整体支出绩效评价基础数据表", "2024年度部门整体支出绩效自评表",
                "部门整体支出绩效自评工作考核评分表"), attachmentTitles);
    }

    @Test
    void tables_agreeCellForCell_docxVsPdfAndDoc() {
        List<Table> w = docx.tables().toList();
        List<Table> p = pdf.tables().toList();
        List<Table> d = doc.tables().toList();
        assertEquals(3, w.size());
        assertEquals(3, p.size());
        assertEquals(3, d.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(cells(w.get(i)), cells(p.get(i)), "table " + (i + 1) + " docx vs pdf");
            assertEquals(cells(w.get(i)), cells(d.get(i)), "table " + (i + 1) + " docx vs doc");
        }
        assertTrue(w.get(1).cells().stream().anyMatch(c -> c.rowSpan() > 1), "自评表 has vertical merges");
        assertTrue(w.get(1).cells().stream().anyMatch(c -> c.colSpan() > 1), "自评表 has horizontal merges");
    }

    @Test
    void pdfPages_areRecorded() {
        assertEquals(7, pdf.metadata().pages());
        assertTrue(pdf.headings().allMatch(h -> h.page() >= 1 && h.page() <= 7));
        assertTrue(pdf.tables().allMatch(t -> !t.pages().isEmpty()));
    }
}
