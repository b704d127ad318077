package org.selfeval.extract.word;

import org.junit.jupiter.api.Test;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;
import org.selfeval.model.Cell;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.extract.word.MiniDocx.p;
import static org.selfeval.extract.word.MiniDocx.tc;

class DocxExtractorTest {

    private static final String TEXT_BOX = "<w:p><w:r><w:t>锚定段落</w:t></w:r><w:r><mc:AlternateContent>"
            + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
            + "<w:txbxContent>" + p("甲方（盖章）") + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
            + "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
            + p("甲方（盖章）") + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
            + "</w:r></w:p>";

    /**
     * 3 grid columns: row 0 = A (spans 2) | B (vMerge restart); row 1 = C | D (nested table) | B continued;
     * row 2 = (gridBefore 1) E | F.
     */
    private static final String MERGED_TABLE = "<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/><w:gridCol w:w=\"100\"/>"
            + "<w:gridCol w:w=\"100\"/></w:tblGrid>"
            + "<w:tr>" + tc("<w:gridSpan w:val=\"2\"/>", p("A")) + tc("<w:vMerge w:val=\"restart\"/>", p("B1") + p("B2")) + "</w:tr>"
            + "<w:tr>" + tc("", p("C")) + tc("", "<w:tbl><w:tr>" + tc("", p("N1")) + tc("", p("N2")) + "</w:tr></w:tbl>" + p("D"))
            + tc("<w:vMerge/>", p("")) + "</w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("", p("E")) + tc("", p("F")) + "</w:tr>"
            + "</w:tbl>";

    @Test
    void mergedCellsNestedTableAndTextBox_exactGrid() throws ExtractionException {
        ReportDocument doc = MiniDocx.body(TEXT_BOX + MERGED_TABLE).extract();
        List<String> paragraphs = doc.paragraphs().map(Paragraph::text).toList();
        assertEquals(List.of("锚定段落", "甲方（盖章）"), paragraphs, "text box once, right after its anchor");

        Table t = doc.tables().findFirst().orElseThrow();
        assertEquals(3, t.rowCount());
        assertEquals(3, t.colCount());
        assertEquals(List.of(
                new Cell(0, 0, 1, 2, "A", List.of(), null),
                new Cell(0, 2, 2, 1, "B1\nB2", List.of(), null)), t.row(0));
        assertEquals("C", t.cellAt(1, 0).text());
        Cell d = t.cellAt(1, 1);
        assertEquals("D", d.text());
        assertEquals(1, d.nested().size());
        assertArrayEquals(new String[]{"N1", "N2"}, d.nested().get(0).grid()[0]);
        assertEquals(null, t.cellAt(2, 0), "gridBefore leaves the first slot empty");
        assertEquals("E", t.cellAt(2, 1).text());
        assertEquals("F", t.cellAt(2, 2).text());
        assertEquals(6, t.cells().size(), "A B C D E F; the vMerge continuation has no cell");
    }

    @Test
    void contentControls_textKept() throws ExtractionException {
        String body = "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>" + p("块级控件") + "</w:sdtContent></w:sdt>"
                + "<w:tbl><w:tr><w:sdt><w:sdtPr/><w:sdtContent>" + tc("", p("单元格控件")) + "</w:sdtContent></w:sdt>"
                + tc("", "<w:p><w:sdt><w:sdtContent><w:r><w:t>行内控件</w:t></w:r></w:sdtContent></w:sdt></w:p>")
                + "</w:tr></w:tbl>";
        ReportDocument doc = MiniDocx.body(body).extract();
        assertEquals(List.of("块级控件"), doc.paragraphs().map(Paragraph::text).toList());
        Table t = doc.tables().findFirst().orElseThrow();
        assertArrayEquals(new String[]{"单元格控件", "行内控件"}, t.grid()[0]);
    }

    @Test
    void fieldsDeletionsAndRuby_showDisplayedTextOnly() throws ExtractionException {
        String body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>结果</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
                + "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>"
                + "<w:r><w:ruby><w:rt><w:r><w:t>とうきょう</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>";
        ReportDocument doc = MiniDocx.body(body).extract();
        assertEquals(List.of("结果插入東京"), doc.paragraphs().map(Paragraph::text).toList());
    }

    @Test
    void automaticNumbering_labelsRendered() throws ExtractionException {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr>"
                + "<w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>";
        String body = item(0, "基本情况") + item(1, "职能") + item(1, "机构") + item(2, "细目") + item(0, "绩效情况")
                + item(1, "目标") + "<w:p><w:pPr><w:pStyle w:val=\"2\"/></w:pPr><w:r><w:t>样式编号</w:t></w:r></w:p>";
        ReportDocument doc = MiniDocx.body(body).numbering(numbering).styles(styles).extract();
        assertEquals(List.of("一、基本情况", "（一）职能", "（二）机构", "1.细目", "二、绩效情况", "（一）目标", "三、样式编号"),
                doc.paragraphs().map(Paragraph::text).toList());
        Paragraph styled = doc.paragraphs().toList().get(6);
        assertEquals("heading 2", styled.style().styleName());
        assertEquals(1, styled.style().outlineLevel());
        assertEquals(16.0, styled.style().fontSize());
        assertTrue(styled.style().bold());
    }

    private static String item(int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    @Test
    void numberedLineAfterManualBreak_ownParagraph() throws ExtractionException {
        String body = "<w:p><w:r><w:t>一、基本情况</w:t><w:br/><w:t>（一）单位职能</w:t><w:br/><w:t>负责拟订</w:t>"
                + "<w:br/><w:t>规划。</w:t></w:r></w:p>";
        assertEquals(List.of("一、基本情况", "（一）单位职能\n负责拟订\n规划。"),
                MiniDocx.body(body).extract().paragraphs().map(Paragraph::text).toList());
    }

    @Test
    void explicitPageBreaks_counted() throws ExtractionException {
        String body = p("第一页") + "<w:p><w:r><w:br w:type=\"page\"/></w:r><w:r><w:t>第二页</w:t></w:r></w:p>";
        ReportDocument doc = MiniDocx.body(body).extract();
        assertEquals(List.of(1, 2), doc.paragraphs().map(Paragraph::page).toList());
        assertEquals(List.of(0), MiniDocx.body(p("无分页")).extract().paragraphs().map(Paragraph::page).toList());
    }

    @Test
    void truncatedPackage_corrupt() {
        byte[] whole = MiniDocx.body(p("内容")).bytes();
        byte[] cut = Arrays.copyOf(whole, whole.length * 6 / 10);
        ExtractionException e = assertThrows(ExtractionException.class, () -> MiniDocx.extract(cut, "docx"));
        assertEquals(FailureCode.CORRUPT, e.code());
    }

    @Test
    void zipBomb_tooLarge() {
        // 20 MB of one repeated character compresses about 1000:1, far past POI's inflate-ratio limit.
        byte[] bomb = MiniDocx.body(p("炸".repeat(7_000_000))).bytes();
        assertTrue(bomb.length < 200_000, "fixture should be tiny: " + bomb.length);
        ExtractionException e = assertThrows(ExtractionException.class, () -> MiniDocx.extract(bomb, "docx"));
        assertEquals(FailureCode.TOO_LARGE, e.code());
        // Tika's type detection switches POI's global ratio check off; ours must not depend on it.
        double before = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
        try {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(-1);
            assertEquals(FailureCode.TOO_LARGE,
                    assertThrows(ExtractionException.class, () -> MiniDocx.extract(bomb, "docx")).code());
        } finally {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(before);
        }
    }

    @Test
    void unknownOle2HandedAsDocx_unsupported() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[]{1, 2, 3}), "Workbook");
            fs.writeFilesystem(out);
        }
        byte[] ole = out.toByteArray();
        assertEquals(FailureCode.UNSUPPORTED_TYPE,
                assertThrows(ExtractionException.class, () -> MiniDocx.extract(ole, "docx")).code());
        assertEquals(FailureCode.UNSUPPORTED_TYPE,
                assertThrows(ExtractionException.class, () -> MiniDocx.extract(ole, "doc")).code());
    }
}
