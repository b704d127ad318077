package org.selfeval.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.model.Block;
import org.selfeval.model.Cell;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatticeTableTest {

    private static final double[] XS = {100, 200, 300, 400};
    private static final double[] YS = {200, 220, 240, 260, 280};

    /**
     * A 4×3 grid: "Region" spans two rows (no ruling between rows 1 and 2 in column 0),
     * "Sales" spans two columns in the header row.
     */
    private static byte[] mergedTable(boolean secondPage) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            try (PdfFixtures.Canvas c = new PdfFixtures.Canvas(doc)) {
                c.text(100, 150, "Before the table.");
                drawGrid(c);
                c.text(105, 214, "Region").text(205, 214, "Sales");
                c.text(205, 234, "2023").text(305, 234, "2024");
                c.text(105, 254, "North").text(205, 254, "10").text(305, 254, "12");
                c.text(105, 274, "South").text(205, 274, "7").text(305, 274, "9");
                if (!secondPage) {
                    c.text(100, 330, "After the table.");
                }
            }
            if (secondPage) {
                try (PdfFixtures.Canvas c = new PdfFixtures.Canvas(doc)) {
                    drawGrid(c);
                    c.text(105, 214, "Region").text(205, 214, "Sales");
                    c.text(205, 234, "2023").text(305, 234, "2024");
                    c.text(105, 254, "East").text(205, 254, "3").text(305, 254, "4");
                    c.text(105, 274, "West").text(205, 274, "5").text(305, 274, "6");
                }
            }
            return PdfFixtures.save(doc);
        }
    }

    private static void drawGrid(PdfFixtures.Canvas c) throws Exception {
        for (int r = 0; r < YS.length; r++) {
            // Row boundary 1 is interrupted in column 0 (merged "Region"); boundary 0-1 in the header
            // between columns 1 and 2 is missing (merged "Sales").
            double from = r == 1 ? XS[1] : XS[0];
            c.line(from, YS[r], XS[3], YS[r]);
        }
        for (int col = 0; col < XS.length; col++) {
            double from = col == 2 ? YS[1] : YS[0];
            c.line(XS[col], from, XS[col], YS[4]);
        }
    }

    private static ReportDocument extract(byte[] pdf) throws Exception {
        return new PdfBoxExtractor().extract(PdfFixtures.source("t.pdf", pdf), ExtractOptions.defaults());
    }

    @Test
    void mergedHeaderCells_keepSpans() throws Exception {
        ReportDocument doc = extract(mergedTable(false));
        List<Table> tables = doc.tables().toList();
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals("lattice", t.method());
        assertEquals(4, t.rowCount());
        assertEquals(3, t.colCount());
        Cell region = t.cellAt(0, 0);
        assertEquals("Region", region.text());
        assertEquals(2, region.rowSpan());
        assertEquals(1, region.colSpan());
        Cell sales = t.cellAt(0, 1);
        assertEquals("Sales", sales.text());
        assertEquals(1, sales.rowSpan());
        assertEquals(2, sales.colSpan());
        assertArrayEquals(new String[] {"North", "10", "12"}, t.grid()[2]);
        assertArrayEquals(new String[] {"South", "7", "9"}, t.grid()[3]);
        assertEquals(10, t.cells().size());
        assertNotNull(region.box());
        assertEquals(100, t.box().x0(), 1);
        assertEquals(280, t.box().y1(), 1);
    }

    @Test
    void tableGlyphs_notRepeatedAsParagraphs_andTableInReadingOrder() throws Exception {
        List<Block> blocks = extract(mergedTable(false)).blocks();
        assertEquals(3, blocks.size());
        assertEquals("Before the table.", assertInstanceOf(Paragraph.class, blocks.get(0)).text());
        assertInstanceOf(Table.class, blocks.get(1));
        assertEquals("After the table.", assertInstanceOf(Paragraph.class, blocks.get(2)).text());
    }

    @Test
    void tableContinuedOnNextPage_isOneTableWithoutRepeatedHeader() throws Exception {
        List<Table> tables = extract(mergedTable(true)).tables().toList();
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(List.of(1, 2), t.pages());
        // The two-row header (held together by the merged "Region") is repeated on page 2 and dropped.
        assertEquals(6, t.rowCount());
        String[][] g = t.grid();
        assertArrayEquals(new String[] {"North", "10", "12"}, g[2]);
        assertArrayEquals(new String[] {"East", "3", "4"}, g[4]);
        assertArrayEquals(new String[] {"West", "5", "6"}, g[5]);
        assertTrue(t.cells().stream().allMatch(c -> c.row() + c.rowSpan() <= t.rowCount()));
    }
}
