package org.selfeval.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GivenColumnsTableFinderTest {

    /** Rows between three horizontal rulings, no vertical ones, a header line above the first. */
    private static Path openTable(Path dir) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            try (PdfFixtures.Canvas c = new PdfFixtures.Canvas(doc)) {
                c.text(60, 190, "Animal").text(220, 190, "Sound");
                for (double y : new double[] {200, 220, 240}) {
                    c.line(55, y, 400, y);
                }
                c.text(60, 214, "Cat").text(220, 214, "Meow");
                c.text(60, 234, "Dog").text(220, 234, "Woof");
            }
            Path pdf = dir.resolve("open.pdf");
            Files.write(pdf, PdfFixtures.save(doc));
            return pdf;
        }
    }

    @Test
    void givenColumns_rowsBetweenRulingsOnly(@TempDir Path dir) throws Exception {
        List<Table> tables = GivenColumnsTableFinder.read(openTable(dir), 1,
                new double[] {210, 58, 400});
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertArrayEquals(new String[][] {{"Cat", "Meow"}, {"Dog", "Woof"}}, t.grid());
    }

    @Test
    void pageWithoutRulings_hasNoTable(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("plain.pdf");
        try (PDDocument doc = new PDDocument()) {
            try (PdfFixtures.Canvas c = new PdfFixtures.Canvas(doc)) {
                c.text(60, 190, "Just text.");
            }
            Files.write(pdf, PdfFixtures.save(doc));
        }
        assertTrue(GivenColumnsTableFinder.read(pdf, 1, new double[] {50, 300}).isEmpty());
        assertTrue(GivenColumnsTableFinder.read(pdf, 2, new double[] {50, 300}).isEmpty());
    }
}
