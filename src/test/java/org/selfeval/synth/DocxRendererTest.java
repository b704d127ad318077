package org.selfeval.synth;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DocxRendererTest {

    @TempDir
    Path dir;

    private XWPFDocument render(ReportSpec spec) throws Exception {
        Path file = CorpusGenerator.write(spec, new DocxRenderer(), dir);
        assertTrue(Files.exists(dir.resolve(spec.id() + ".docx.truth.json")));
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void selfEvaluationTable_hasGridSpansAndVerticalMerges() throws Exception {
        ReportSpec spec = new ReportGenerator().generate("d1", 5);
        try (XWPFDocument doc = render(spec)) {
            List<XWPFTable> tables = doc.getTables();
            assertEquals(3, tables.size());
            TableSpec expected = spec.table(TableSpec.Kind.SELF_EVALUATION);
            XWPFTable t = tables.get(1);
            assertEquals(expected.rowCount(), t.getNumberOfRows());
            // Row 0: 市级预算部门名称 spans 2 grid columns, the department 7.
            List<XWPFTableCell> first = t.getRow(0).getTableCells();
            assertEquals(2, first.size());
            assertEquals(2, first.get(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            assertEquals(7, first.get(1).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            // 绩效指标: restart at row 10, continue down to the 总分 row.
            assertEquals(STMerge.RESTART, vMerge(t.getRow(10).getCell(0)));
            assertEquals("绩效指标", t.getRow(10).getCell(0).getText());
            assertEquals(STMerge.CONTINUE, vMerge(t.getRow(expected.rowCount() - 1).getCell(0)));
            assertTrue(t.getRow(expected.rowCount() - 1).getCell(1).getText().contains("总分"));
        }
    }

    @Test
    void headings_areOwnParagraphs_styledOnlyWhenAsked() throws Exception {
        ReportSpec base = new ReportGenerator().generate("d2", 9);
        for (boolean styled : new boolean[]{true, false}) {
            ReportSpec spec = base.withId("d2" + styled)
                    .withStyle(new ReportSpec.RenderStyle(styled, false, 12));
            try (XWPFDocument doc = render(spec)) {
                XWPFParagraph h = doc.getParagraphs().stream()
                        .filter(p -> p.getText().equals("七、存在的问题及原因分析")).findFirst().orElseThrow();
                assertTrue(h.getRuns().get(0).isBold());
                assertEquals(styled ? "Heading1" : null, h.getStyle());
                if (styled) {
                    assertNotNull(doc.getStyles().getStyle("Heading1"));
                }
            }
        }
    }

    @Test
    void footer_holdsPageField() throws Exception {
        try (XWPFDocument doc = render(new ReportGenerator().generate("d3", 1))) {
            String xml = doc.getFooterArray(0).getParagraphs().get(0).getCTP().xmlText();
            assertTrue(xml.contains("PAGE"), xml);
            assertTrue(doc.getFooterArray(0).getText().startsWith("— "));
        }
    }

    private static STMerge.Enum vMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr.isSetVMerge() ? (pr.getVMerge().isSetVal() ? pr.getVMerge().getVal() : STMerge.CONTINUE) : null;
    }
}
