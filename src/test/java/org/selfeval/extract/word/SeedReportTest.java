package org.selfeval.extract.word;

import org.junit.jupiter.api.Test;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.ReportExtractor;
import org.selfeval.model.Block;
import org.selfeval.model.Cell;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;
import org.selfeval.testing.SharedFiles;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one real report, saved as .docx and as .doc, must read the same. */
class SeedReportTest {

    private static final List<String> TOP_HEADINGS = List.of(
            "一、部门（单位）基本情况", "二、一般公共预算支出情况", "三、政府性基金预算支出情况",
            "四、国有资本经营预算支出情况", "五、社会保险基金预算支出情况", "六、部门整体支出绩效情况",
            "七、存在的问题及原因分析", "八、下一步改进措施", "九、部门整体支出绩效自评结果拟应用和公开情况",
            "十、其他需要说明的情况");

    private static final List<String> TABLE_TITLES = List.of("基础数据表", "自评表", "考核评分表");

    static ReportDocument read(Path file) {
        ExtractResult r = new ReportExtractor(List.of(new DocxExtractor(), new DocExtractor()))
                .extract(file, ExtractOptions.defaults());
        assertTrue(r.isOk(), () -> "extraction failed: " + r.failure());
        return r.document();
    }

    @Test
    void seedDocx_topHeadingsOwnParagraphsAndThreeTables() {
        checkSeed(read(SharedFiles.require("seed/seed-report.docx")));
    }

    @Test
    void seedDoc_topHeadingsOwnParagraphsAndThreeTables() {
        checkSeed(read(SharedFiles.require("seed/seed-report.doc")));
    }

    private static void checkSeed(ReportDocument doc) {
        List<String> texts = doc.paragraphs().map(Paragraph::text).toList();
        for (String heading : TOP_HEADINGS) {
            assertTrue(texts.contains(heading), () -> "no paragraph reads exactly " + heading);
        }
        List<Block> blocks = doc.blocks();
        List<Integer> tableAt = new java.util.ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Table) {
                tableAt.add(i);
            }
        }
        assertEquals(3, tableAt.size(), "tables");
        for (int k = 0; k < 3; k++) {
            Block before = blocks.get(tableAt.get(k) - 1);
            String title = TABLE_TITLES.get(k);
            assertTrue(before instanceof Paragraph p && p.text().contains(title),
                    () -> "table titled " + title + " expected, preceded by " + before);
        }
    }

    @Test
    void seedDocxAndDoc_tableGridsAgreeCellForCell() {
        List<Table> docx = read(SharedFiles.require("seed/seed-report.docx")).tables().toList();
        List<Table> doc = read(SharedFiles.require("seed/seed-report.doc")).tables().toList();
        assertEquals(docx.size(), doc.size());
        int compared = 0;
        for (int t = 0; t < docx.size(); t++) {
            Table a = docx.get(t);
            Table b = doc.get(t);
            assertEquals(a.rowCount(), b.rowCount(), "rows of table " + t);
            assertEquals(a.colCount(), b.colCount(), "columns of table " + t);
            assertEquals(a.cells().size(), b.cells().size(), "cells of table " + t);
            for (int c = 0; c < a.cells().size(); c++) {
                Cell x = a.cells().get(c);
                Cell y = b.cells().get(c);
                String where = "table " + t + " cell r" + x.row() + " c" + x.col();
                assertEquals(List.of(x.row(), x.col(), x.rowSpan(), x.colSpan()),
                        List.of(y.row(), y.col(), y.rowSpan(), y.colSpan()), where);
                assertEquals(squeeze(x.text()), squeeze(y.text()), where);
                compared++;
            }
        }
        assertTrue(compared > 250, "compared " + compared + " cells");
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
