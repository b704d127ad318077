package org.selfeval.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.selfeval.engine.ReportResult;
import org.selfeval.model.Finding;
import org.selfeval.report.Decision;
import org.selfeval.report.FindingCodes;
import org.selfeval.report.FindingWording;
import org.selfeval.report.ReviewRow;
import org.selfeval.sections.SectionReport;
import org.selfeval.synth.CjkFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annotated PDF's first pages: what the reviewer concluded, readable without opening the
 * notes — the report's identity, its missing parts, and every finding with its pages, comparison
 * and decision (已确认 / 不成立 / 待处理, comment, time). Needs a CJK font (fonts-wqy-zenhei or
 * fontconfig); without one the PDF has no cover and says so in a note on its first page.
 */
final class CoverPage {

    private static final float MARGIN = 50f;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 15f;

    private CoverPage() {
    }

    /** Inserts the cover pages before the report's first page; false when no CJK font was found. */
    static boolean prepend(PDDocument doc, ReportResult result, Map<String, Decision> decisions) throws IOException {
        Optional<CjkFont> found = CjkFont.find(null);
        if (found.isEmpty()) {
            return false;
        }
        try (CjkFont cjk = found.get()) {
            PDType0Font font = PDType0Font.load(doc, cjk.font(), true);
            List<String> lines = lines(result, decisions);
            PDRectangle size = PDRectangle.A4;
            float width = size.getWidth() - 2 * MARGIN;
            List<String> wrapped = new ArrayList<>();
            for (String line : lines) {
                wrapped.addAll(wrap(line, font, width));
            }
            int perPage = (int) ((size.getHeight() - 2 * MARGIN) / LEADING);
            PDPage before = doc.getNumberOfPages() > 0 ? doc.getPage(0) : null;
            for (int from = 0; from < wrapped.size(); from += perPage) {
                PDPage page = new PDPage(size);
                if (before != null) {
                    doc.getPages().insertBefore(page, before);
                } else {
                    doc.addPage(page);
                }
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(font, SIZE);
                    s.setLeading(LEADING);
                    s.newLineAtOffset(MARGIN, size.getHeight() - MARGIN);
                    for (String line : wrapped.subList(from, Math.min(wrapped.size(), from + perPage))) {
                        s.showText(line);
                        s.newLine();
                    }
                    s.endText();
                }
            }
            return true;
        }
    }

    static List<String> lines(ReportResult result, Map<String, Decision> decisions) {
        List<String> out = new ArrayList<>();
        ReportResult.Report r = result.report();
        out.add("审核摘要：" + nonNull(r.title()));
        out.add("部门：" + nonNull(r.department()) + "　年度：" + (r.year() == null ? "" : r.year()) + "　页数："
                + (r.pagesEstimated() ? "约" : "") + r.pages() + "（摘要之后为报告原文，问题已在原文中标注）");
        out.add("");
        List<SectionReport.Missing> missing = result.missing() == null ? List.of() : result.missing();
        out.add("缺少的部分（" + missing.size() + "）：" + (missing.isEmpty() ? "无" : ""));
        for (SectionReport.Missing m : missing) {
            out.add("　· " + ("attachment".equals(m.kind()) ? "附表：" : "章节：") + m.canonical());
        }
        out.add("");
        List<Finding> findings = result.findings() == null ? List.of() : result.findings();
        ReviewRow row = ReviewRow.of(result).withDecisions(decisions);
        out.add("问题（" + findings.size() + "，已审核 " + row.reviewed() + "）：" + (findings.isEmpty() ? "未发现问题" : ""));
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Decision d = row.decision(i);
            out.add((i + 1) + ". 【" + ReviewRow.severityLabel(f.severity()) + "·" + FindingCodes.defaults().name(f.code())
                    + "】" + pageText(row.pages(f)) + f.message());
            String comparison = FindingWording.comparison(f);
            if (!comparison.isEmpty()) {
                out.add("　　" + comparison);
            }
            out.add("　　审核：" + (d == null ? "待处理" : d.label()
                    + (d.comment() == null || d.comment().isEmpty() ? "" : "，" + d.comment())
                    + (d.localTime() == null ? "" : "（" + d.localTime() + "）")));
        }
        return out;
    }

    /** "第6页　", or "约第6页　" for estimated pages (row.pages gives "约6"), or "" without pages. */
    private static String pageText(String pages) {
        if (pages.isEmpty()) {
            return "";
        }
        return pages.startsWith("约") ? "约第" + pages.substring(1) + "页　" : "第" + pages + "页　";
    }

    /** Breaks a line to the page width, character by character (Chinese has no spaces to break at). */
    private static List<String> wrap(String line, PDType0Font font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        float used = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            float w;
            try {
                w = font.getStringWidth(ch) / 1000 * SIZE;
            } catch (IllegalArgumentException e) {
                // A character the font lacks is left out rather than failing the whole PDF.
                continue;
            }
            if (used + w > width && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
                used = 0;
            }
            current.append(ch);
            used += w;
        }
        out.add(current.toString());
        return out;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
