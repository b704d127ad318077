package org.selfeval.extract.pdf;

import org.junit.jupiter.api.Test;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.ReportExtractor;
import org.selfeval.model.Heading;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;
import org.selfeval.structure.OutlineBuilder;
import org.selfeval.testing.SharedFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one real report, as PDF: outline, furniture and the three attachment tables. */
class SeedReportPdfTest {

    private static final List<String> CHAPTERS = List.of("一、部门（单位）基本情况", "二、一般公共预算支出情况",
            "三、政府性基金预算支出情况", "四、国有资本经营预算支出情况", "五、社会保险基金预算支出情况",
            "六、部门整体支出绩效情况", "七、存在的问题及原因分析", "八、下一步改进措施",
            "九、部门整体支出绩效自评结果拟应用和公开情况", "十、其他需要说明的情况");

    private static ReportDocument read() {
        Path pdf = SharedFiles.require("seed/seed-report.pdf");
        ExtractResult r = new ReportExtractor(List.of(new PdfBoxExtractor())).extract(pdf, ExtractOptions.defaults());
        assertTrue(r.isOk(), () -> String.valueOf(r.failure()));
        return r.document();
    }

    @Test
    void seedReport_chapterHeadingsAreOwnParagraphsAndBecomeLevelOneHeadings() {
        ReportDocument doc = read();
        List<String> paragraphs = doc.paragraphs().map(Paragraph::text).toList();
        for (String chapter : CHAPTERS) {
            assertTrue(paragraphs.contains(chapter), chapter);
        }
        List<String> level1 = new OutlineBuilder().apply(doc).headings().filter(h -> h.level() == 1)
                .filter(h -> !h.numbering().isEmpty()).map(Heading::text).toList();
        assertEquals(CHAPTERS, level1);
        assertEquals("2024年度岳阳市君山区科技和工业信息化局整体支出绩效自评报告", paragraphs.get(0));
        assertFalse(doc.metadata().ocr());
        assertEquals(7, doc.metadata().pages());
        assertEquals("2024年度岳阳市君山区科技和工业信息化局整体支出绩效自评报告", doc.metadata().title());
    }

    @Test
    void seedReport_noPageNumberLinesInBody() {
        Pattern pageNumber = Pattern.compile("^[-—–\\s]*\\d{1,3}[-—–\\s]*$|^第\\s*\\d+\\s*页.*");
        read().paragraphs().forEach(p -> assertFalse(pageNumber.matcher(p.text().strip()).matches(), p.text()));
    }

    @Test
    void seedReport_threeRuledTablesWithWordGrids() {
        List<Table> tables = read().tables().toList();
        assertEquals(3, tables.size());
        int[][] shapes = {{24, 7}, {27, 9}, {10, 4}};
        for (int i = 0; i < 3; i++) {
            Table t = tables.get(i);
            assertEquals("lattice", t.method());
            assertEquals(shapes[i][0], t.rowCount(), "rows of table " + i);
            assertEquals(shapes[i][1], t.colCount(), "cols of table " + i);
            assertTrue(t.cells().stream().anyMatch(c -> c.rowSpan() > 1 || c.colSpan() > 1));
        }
        // 基础数据表: 财政供养人员情况 spans two rows; the unit name row of 自评表 spans 7 columns.
        assertEquals("财政供养人员情况（人）", tables.get(0).cellAt(0, 0).text());
        assertEquals(2, tables.get(0).cellAt(0, 0).rowSpan());
        assertEquals("市级预算部门名称", tables.get(1).cellAt(0, 0).text());
        assertEquals(2, tables.get(1).cellAt(0, 0).colSpan());
        assertEquals(7, tables.get(1).cellAt(0, 2).colSpan());
        // A Word cell wrapped over lines is joined without spaces.
        assertEquals("年度预算申请（万元）", tables.get(1).cellAt(1, 0).text().replace("\n", ""));
        assertEquals("合计", tables.get(2).cellAt(9, 0).text());
        assertEquals(2, tables.get(2).cellAt(9, 0).colSpan());
    }

    @Test
    void seedReport_tableTitlesPrecedeTables() {
        ReportDocument doc = new OutlineBuilder().apply(read());
        List<String> titles = doc.headings().map(Heading::text).filter(t -> t.endsWith("表")).toList();
        assertTrue(titles.contains("2024年度部门整体支出绩效自评表"), titles.toString());
        assertTrue(titles.contains("部门整体支出绩效自评工作考核评分表"), titles.toString());
    }
}
