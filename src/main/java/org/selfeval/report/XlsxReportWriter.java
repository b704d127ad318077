package org.selfeval.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.selfeval.model.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workbook a reviewer can sort and filter: sheet 报告 (one row per file) and sheet 问题 (one
 * row per finding, with pages and snippets). Streaming (SXSSF), so memory stays flat however
 * large the batch.
 */
public final class XlsxReportWriter implements AutoCloseable {

    private static final String[] REPORT_HEAD = {"文件", "状态", "部门", "地区", "年度", "类型", "规则配置", "页数", "OCR",
            "完整性得分", "满分", "缺失部分", "错误", "警告", "提示", "失败代码", "失败原因"};
    private static final String[] FINDING_HEAD = {"文件", "部门", "年度", "级别", "问题", "说明", "页码", "涉及数值",
            "比较", "数值一", "数值二", "原文", "代码", "规则"};

    /** Columns of running text, given room to be read. */
    private static final java.util.Set<String> WIDE = java.util.Set.of("文件", "说明", "涉及数值", "比较", "原文",
            "缺失部分", "失败原因");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet reports;
    private final Sheet findings;
    private int reportRow = 1;
    private int findingRow = 1;
    private final Path target;

    public XlsxReportWriter(Path target) {
        this.target = target;
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        reports = sheet("报告", REPORT_HEAD, bold);
        findings = sheet("问题", FINDING_HEAD, bold);
    }

    private Sheet sheet(String name, String[] head, CellStyle bold) {
        Sheet s = workbook.createSheet(name);
        Row r = s.createRow(0);
        for (int i = 0; i < head.length; i++) {
            var c = r.createCell(i);
            c.setCellValue(head[i]);
            c.setCellStyle(bold);
            s.setColumnWidth(i, WIDE.contains(head[i]) ? 40 * 256 : 14 * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    public void add(ReviewRow r) {
        Row row = reports.createRow(reportRow++);
        int c = 0;
        text(row, c++, r.file());
        text(row, c++, r.failed() ? "失败" : "完成");
        text(row, c++, r.department());
        text(row, c++, r.region());
        number(row, c++, r.year() == null ? null : r.year().doubleValue());
        text(row, c++, r.kind());
        text(row, c++, r.profile());
        number(row, c++, r.failed() ? null : (double) r.pages());
        text(row, c++, r.ocr() ? "是" : "");
        number(row, c++, r.completeness());
        number(row, c++, r.completenessMax());
        text(row, c++, r.missing());
        number(row, c++, r.failed() ? null : (double) r.errors());
        number(row, c++, r.failed() ? null : (double) r.warnings());
        number(row, c++, r.failed() ? null : (double) r.infos());
        text(row, c++, r.errorCode());
        text(row, c, r.errorMessage());
        for (Finding f : r.findings()) {
            Row fr = findings.createRow(findingRow++);
            int k = 0;
            text(fr, k++, r.file());
            text(fr, k++, r.department());
            number(fr, k++, r.year() == null ? null : r.year().doubleValue());
            text(fr, k++, ReviewRow.severityLabel(f.severity()));
            text(fr, k++, FindingCodes.defaults().name(f.code()));
            text(fr, k++, f.message());
            text(fr, k++, r.pages(f));
            text(fr, k++, ReviewRow.values(f));
            // Which number is right is known only where one is computed (FindingWording).
            text(fr, k++, FindingWording.comparison(f));
            number(fr, k++, f.expected());
            number(fr, k++, f.actual());
            text(fr, k++, ReviewRow.snippets(f));
            // Codes and rule ids last: for those who filter by them, not for reading.
            text(fr, k++, f.code());
            text(fr, k, f.rule());
        }
    }

    private static void text(Row row, int col, String v) {
        if (v != null && !v.isEmpty()) {
            // Excel's cell limit is 32,767 characters.
            row.createCell(col).setCellValue(v.length() > 32_000 ? v.substring(0, 32_000) : v);
        }
    }

    private static void number(Row row, int col, Double v) {
        if (v != null) {
            row.createCell(col).setCellValue(v);
        }
    }

    @Override
    public void close() throws IOException {
        reports.setAutoFilter(new CellRangeAddress(0, Math.max(0, reportRow - 1), 0, REPORT_HEAD.length - 1));
        findings.setAutoFilter(new CellRangeAddress(0, Math.max(0, findingRow - 1), 0, FINDING_HEAD.length - 1));
        ((SXSSFSheet) reports).flushRows();
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
