package org.selfeval.report;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.selfeval.model.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A workbook a reviewer can read, sort, filter and print: sheet 汇总 (the batch's totals), sheet
 * 报告 (one row per file, linked to its first finding) and sheet 问题 (one row per finding with its
 * pages, numbers, snippets and the reviewer's decision, linked back to its report). Landscape,
 * one page wide, header row repeated on every printed page, running text wrapped. Streaming
 * (SXSSF), so memory stays flat however large the batch.
 */
public final class XlsxReportWriter implements AutoCloseable {

    private static final String[] SUMMARY_HEAD = {"项目", "数量"};
    private static final String[] REPORT_HEAD = {"文件", "状态", "部门", "地区", "年度", "类型", "规则配置", "页数", "OCR",
            "完整性得分", "满分", "缺失部分", "错误", "警告", "提示", "已审核", "失败代码", "失败原因"};
    private static final String[] FINDING_HEAD = {"文件", "部门", "年度", "级别", "问题", "说明", "页码", "涉及数值",
            "比较", "数值一", "数值二", "原文", "审核结论", "审核备注", "审核时间", "代码", "规则"};

    /** Columns of running text, given room and wrapped. */
    private static final Set<String> WIDE = Set.of("说明", "涉及数值", "比较", "原文", "缺失部分", "失败原因", "审核备注");
    private static final Set<String> MEDIUM = Set.of("文件", "部门", "问题", "项目");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet summary;
    private final Sheet reports;
    private final Sheet findings;
    private final CellStyle wrap;
    private final CellStyle link;
    private int reportRow = 1;
    private int findingRow = 1;
    private final Path target;
    private final ReviewTotals totals = new ReviewTotals();

    public XlsxReportWriter(Path target) {
        this.target = target;
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        link = workbook.createCellStyle();
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        link.setFont(blue);
        summary = sheet("汇总", SUMMARY_HEAD, bold);
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
            s.setColumnWidth(i, (WIDE.contains(head[i]) ? 40 : MEDIUM.contains(head[i]) ? 24 : 10) * 256);
        }
        s.createFreezePane(0, 1);
        // Printed: landscape A4, one page wide, the header row on every page.
        PrintSetup print = s.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        return s;
    }

    public void add(ReviewRow r) {
        totals.add(r);
        int reportRowNumber = reportRow;
        Row row = reports.createRow(reportRow++);
        int c = 0;
        Cell name = text(row, c++, fileName(r.file()));
        if (!r.findings().isEmpty()) {
            linkTo(name, "问题", findingRow);
        }
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
        text(row, c++, r.findings().isEmpty() ? "" : r.reviewed() + "/" + r.findings().size());
        text(row, c++, r.errorCode());
        text(row, c, r.errorMessage());
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            Row fr = findings.createRow(findingRow++);
            int k = 0;
            linkTo(text(fr, k++, fileName(r.file())), "报告", reportRowNumber);
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
            Decision d = r.decision(i);
            text(fr, k++, d == null ? "待处理" : d.label());
            text(fr, k++, d == null ? null : d.comment());
            text(fr, k++, d == null ? null : d.localTime());
            // Codes and rule ids last: for those who filter by them, not for reading.
            text(fr, k++, f.code());
            text(fr, k, f.rule());
        }
    }

    /** "a/b/报告.docx" → "报告.docx": the reviewer's file name, not where it sat on a disk. */
    static String fileName(String file) {
        if (file == null) {
            return null;
        }
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash >= 0 ? file.substring(slash + 1) : file;
    }

    private void linkTo(Cell cell, String sheet, int rowIndex) {
        if (cell == null) {
            return;
        }
        Hyperlink h = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        h.setAddress("'" + sheet + "'!A" + (rowIndex + 1));
        cell.setHyperlink(h);
        cell.setCellStyle(link);
    }

    private Cell text(Row row, int col, String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        Cell cell = row.createCell(col);
        // Excel's cell limit is 32,767 characters.
        cell.setCellValue(v.length() > 32_000 ? v.substring(0, 32_000) : v);
        if (v.length() > 12) {
            cell.setCellStyle(wrap);
        }
        return cell;
    }

    private static void number(Row row, int col, Double v) {
        if (v != null) {
            row.createCell(col).setCellValue(v);
        }
    }

    private void writeSummary() {
        Map<String, Long> lines = new java.util.LinkedHashMap<>();
        lines.put("报告", totals.reports);
        lines.put("处理失败", totals.failed);
        lines.put("有错误的报告", totals.withErrors);
        lines.put("缺少章节或附表的报告", totals.withMissing);
        lines.put("错误", totals.errors);
        lines.put("警告", totals.warnings);
        lines.put("提示", totals.infos);
        lines.put("问题合计", totals.findings);
        lines.put("已审核的问题", totals.reviewed);
        lines.put("未审核的问题", totals.findings - totals.reviewed);
        int i = 1;
        for (Map.Entry<String, Long> e : lines.entrySet()) {
            Row row = summary.createRow(i++);
            text(row, 0, e.getKey());
            number(row, 1, (double) e.getValue());
        }
    }

    @Override
    public void close() throws IOException {
        writeSummary();
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
