package org.selfeval.extract.word;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WordTextRulesTest {

    @Test
    void chineseCounting_readsAsWritten() {
        assertEquals("一", NumberFormats.format(1, "chineseCounting"));
        assertEquals("十", NumberFormats.format(10, "chineseCounting"));
        assertEquals("十一", NumberFormats.format(11, "chineseCounting"));
        assertEquals("二十", NumberFormats.format(20, "chineseCounting"));
        assertEquals("二十三", NumberFormats.format(23, "chineseCounting"));
        assertEquals("一百零五", NumberFormats.format(105, "chineseCounting"));
        assertEquals("一百一十", NumberFormats.format(110, "chineseCounting"));
        assertEquals("拾贰", NumberFormats.format(12, "chineseLegalSimplified"));
        assertEquals("一〇", NumberFormats.format(10, "ideographDigital"));
        assertEquals("丙", NumberFormats.format(3, "ideographTraditional"));
        assertEquals("③", NumberFormats.format(3, "decimalEnclosedCircle"));
        assertEquals("xiv", NumberFormats.format(14, "lowerRoman"));
        assertEquals("AA", NumberFormats.format(27, "upperLetter"));
        assertEquals("", NumberFormats.format(1, "bullet"));
    }

    @Test
    void listCounters_restartDeeperLevels() {
        ListLevel[] levels = {
                new ListLevel(1, "chineseCounting", "%1、", false),
                new ListLevel(1, "decimal", "（%2）", false)};
        ListCounters c = new ListCounters();
        List<String> labels = List.of(c.next("a", 0, levels), c.next("a", 1, levels), c.next("a", 1, levels),
                c.next("a", 0, levels), c.next("a", 1, levels), c.next("b", 0, levels));
        assertEquals(List.of("一、", "（1）", "（2）", "二、", "（1）", "一、"), labels);
    }

    @Test
    void legalNumbering_showsDecimalAncestors() {
        ListLevel[] levels = {
                new ListLevel(1, "chineseCounting", "%1、", false),
                new ListLevel(1, "decimal", "%1.%2", true)};
        ListCounters c = new ListCounters();
        c.next("a", 0, levels);
        assertEquals("1.1", c.next("a", 1, levels));
    }

    @Test
    void fieldCodes_keepResultOnly() {
        FieldTextCleaner cleaner = new FieldTextCleaner();
        assertEquals("见第3页", cleaner.clean("见第\u0013 PAGEREF _Toc1 \\h \u00143\u0015页\r"));
        assertEquals("a\nb", cleaner.clean("a\u000bb\u0007"));
        // A field left open in one paragraph hides its instructions in the next one too.
        assertEquals("", cleaner.clean("\u0013 TOC \\o"));
        assertEquals("目录", cleaner.clean("\\h\u0014目录\u0015"));
    }

    @Test
    void gridBuilder_vMergeAcrossRowsAndGapsClosed() {
        TableGridBuilder b = new TableGridBuilder(2);
        b.startRow();
        b.addCell(1, TableGridBuilder.VMerge.RESTART, "A", List.of());
        b.addCell(1, TableGridBuilder.VMerge.NONE, "B", List.of());
        b.startRow();
        b.addCell(1, TableGridBuilder.VMerge.CONTINUE, "", List.of());
        b.addCell(1, TableGridBuilder.VMerge.NONE, "C", List.of());
        b.startRow();
        b.addCell(1, TableGridBuilder.VMerge.NONE, "D", List.of());
        b.addCell(1, TableGridBuilder.VMerge.CONTINUE, "E", List.of());
        Table t = b.build(0);
        assertEquals(3, t.rowCount());
        assertEquals(2, t.cellAt(1, 0).rowSpan());
        assertEquals(0, t.cellAt(1, 0).row());
        assertArrayEquals(new String[]{"A", "C"}, t.grid()[1]);
        // A "continue" with nothing open above starts a cell of its own rather than losing text.
        assertArrayEquals(new String[]{"D", "E"}, t.grid()[2]);
    }
}
