package org.selfeval.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.engine.FindingIds;
import org.selfeval.engine.ReportResult;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.sections.SectionReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxReportWriterTest {

    @TempDir
    Path dir;

    private static ReportResult result(String file, List<Finding> findings) {
        ReportResult.Report report = new ReportResult.Report("t", "某局", "某区", 2024, "部门整体支出", "p", 5, false,
                "docx", null, "estimated");
        return new ReportResult(file, "ok", "a".repeat(64), null, report, List.of(), List.of(),
                new SectionReport.Completeness(8, 8, 7, 7), List.of(), findings);
    }

    private static int column(Sheet s, String name) {
        Row head = s.getRow(0);
        for (int i = 0; i < head.getLastCellNum(); i++) {
            if (name.equals(head.getCell(i).getStringCellValue())) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void workbook_hasTotalsDecisionsPageSetupAndLinks() throws Exception {
        Finding sum = new Finding("SUM_MISMATCH", Severity.ERROR, "T5", "合计不一致……",
                List.of(new Finding.Value("年度资金总额", 860.9, "万元", "table", 6, "860.9")), 860.9, 860.49);
        Finding other = new Finding("NUMBERING", Severity.INFO, "N1", "编号……", List.of(), null, null);
        ReportResult r = result("batch-1/某局报告.docx", List.of(sum, other));
        Map<String, Decision> decisions = new HashMap<>();
        decisions.put(FindingIds.all(r).get(0), new Decision("dismissed", "表中含临聘人员", "2026-12-03T01:02:03Z"));
        Path xlsx = dir.resolve("out.xlsx");
        try (XlsxReportWriter w = new XlsxReportWriter(xlsx)) {
            w.add(ReviewRow.of(r).withDecisions(decisions));
            w.add(ReviewRow.of(result("b/clean.docx", List.of())));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet summary = wb.getSheet("汇总");
            Map<String, Double> totals = new HashMap<>();
            for (int i = 1; i <= summary.getLastRowNum(); i++) {
                totals.put(summary.getRow(i).getCell(0).getStringCellValue(), summary.getRow(i).getCell(1).getNumericCellValue());
            }
            assertEquals(2.0, totals.get("报告"));
            assertEquals(1.0, totals.get("有错误的报告"));
            assertEquals(2.0, totals.get("问题合计"));
            assertEquals(1.0, totals.get("已审核的问题"));
            assertEquals(1.0, totals.get("未审核的问题"));

            Sheet findings = wb.getSheet("问题");
            Row first = findings.getRow(1);
            assertEquals("不成立", first.getCell(column(findings, "审核结论")).getStringCellValue());
            assertEquals("表中含临聘人员", first.getCell(column(findings, "审核备注")).getStringCellValue());
            assertNotNull(first.getCell(column(findings, "审核时间")));
            assertEquals("待处理", findings.getRow(2).getCell(column(findings, "审核结论")).getStringCellValue());
            assertEquals("合计不一致", first.getCell(column(findings, "问题")).getStringCellValue());
            assertEquals("按计算应为 860.49，报告为 860.9", first.getCell(column(findings, "比较")).getStringCellValue());
            assertEquals("约6", first.getCell(column(findings, "页码")).getStringCellValue());
            // File names, not paths; linked to the report's row.
            assertEquals("某局报告.docx", first.getCell(0).getStringCellValue());
            assertTrue(first.getCell(0).getHyperlink().getAddress().contains("报告"));

            Sheet reports = wb.getSheet("报告");
            assertEquals("1/2", reports.getRow(1).getCell(column(reports, "已审核")).getStringCellValue());
            assertTrue(reports.getRow(1).getCell(0).getHyperlink().getAddress().contains("问题"));
            for (Sheet s : List.of(summary, reports, findings)) {
                assertTrue(s.getPrintSetup().getLandscape(), s.getSheetName());
                assertNotNull(s.getRepeatingRows(), s.getSheetName());
            }
        }
    }
}
