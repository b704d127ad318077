package org.selfeval.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamTableTest {

    private static ReportDocument extract(byte[] pdf) throws Exception {
        return new PdfBoxExtractor().extract(PdfFixtures.source("t.pdf", pdf), ExtractOptions.defaults());
    }

    /** A spanning header over two year columns, then label + three right-aligned numbers per line. */
    private static byte[] alignedTable() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            try (PdfFixtures.Canvas c = new PdfFixtures.Canvas(doc)) {
                c.text(72, 80, "Spending by region, in thousands of dollars, as reported by the states.");
                c.text(250, 110, "Actual");
                c.text(400, 110, "Projected");
                c.text(72, 125, "Region").text(220, 125, "2021").text(300, 125, "2022").text(400, 125, "2023");
                String[][] rows = {{"North East", "1,200", "1,350", "1,400"}, {"South", "980", "1,020", "1,100"},
                        {"West Coast", "2,310", "2,400", "2,520"}, {"Midwest", "760", "790", "800"}};
                double y = 140;
                for (String[] r : rows) {
                    c.text(72, y, r[0]).text(220, y, r[1]).text(300, y, r[2]).text(400, y, r[3]);
                    y += 15;
                }
                c.text(72, y + 30, "The figures above are provisional and will be revised next year.");
            }
            return PdfFixtures.save(doc);
        }
    }

    @Test
    void alignedColumnsWithoutRulings_becomeStreamTable() throws Exception {
        List<Table> tables = extract(alignedTable()).tables().toList();
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals("stream", t.method());
        assertEquals(6, t.rowCount());
        assertEquals(4, t.colCount());
        assertArrayEquals(new String[] {"Region", "2021", "2022", "2023"}, t.grid()[1]);
        assertArrayEquals(new String[] {"West Coast", "2,310", "2,400", "2,520"}, t.grid()[4]);
        assertEquals("Projected", t.grid()[0][3]);
    }

    @Test
    void proseParagraphs_neverBecomeTables() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            try (PdfFixtures.Canvas c = new PdfFixtures.Canvas(doc)) {
                String line = "The department completed its annual targets and kept spending within the budget";
                for (int i = 0; i < 20; i++) {
                    c.text(72, 80 + 15 * i, (i % 5 == 0 ? "    " : "") + line);
                }
            }
            pdf = PdfFixtures.save(doc);
        }
        ReportDocument doc = extract(pdf);
        assertEquals(0, doc.tables().count());
        assertTrue(doc.paragraphs().count() >= 1);
    }
}
