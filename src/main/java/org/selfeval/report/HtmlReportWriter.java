package org.selfeval.report;

import org.selfeval.model.Finding;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A self-contained HTML page (no external resources) with the batch summary and each report's
 * findings. Every piece of document text is escaped: reports are untrusted input.
 */
public final class HtmlReportWriter implements AutoCloseable {

    private static final String STYLE = "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;vertical-align:top}"
            + "th{background:#eee;cursor:pointer}.error{color:#b00020;font-weight:bold}.warning{color:#a05a00}"
            + ".info{color:#555}.failed{background:#fde}.snip{color:#555;font-size:90%}section{margin-top:2em}"
            + "td.n{text-align:right;white-space:nowrap}.totals{font-size:110%}.wrap{overflow-x:auto}"
            + "@media(max-width:600px){body{margin:.5em}td,th{padding:2px 4px}}";
    private static final String SORT = "document.querySelectorAll('th').forEach(function(th){th.onclick=function(){"
            + "var i=th.cellIndex,t=th.closest('table'),rows=[].slice.call(t.tBodies[0].rows),asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';"
            + "rows.sort(function(a,b){var x=a.cells[i].innerText,y=b.cells[i].innerText,nx=parseFloat(x),ny=parseFloat(y);"
            + "var r=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,'zh');return asc?r:-r});rows.forEach(function(r){t.tBodies[0].appendChild(r)})}})";

    private final BufferedWriter out;
    private final Path details;
    private final BufferedWriter detailOut;
    private final ReviewTotals totals = new ReviewTotals();

    public HtmlReportWriter(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
        // Details are streamed to a side file and appended at the end, so nothing piles up in memory.
        details = Files.createTempFile("selfeval-details", ".html");
        detailOut = Files.newBufferedWriter(details, StandardCharsets.UTF_8);
        out.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>绩效自评报告检查结果</title><style>"
                + STYLE + "</style></head><body><h1>绩效自评报告检查结果</h1><div class=\"wrap\"><table><thead><tr><th>文件</th><th>部门</th><th>年度</th>"
                + "<th>完整性</th><th>错误</th><th>警告</th><th>状态</th></tr></thead><tbody>\n");
    }

    public void add(ReviewRow r) throws IOException {
        totals.add(r);
        String anchor = "r" + totals.reports;
        out.write("<tr" + (r.failed() ? " class=\"failed\"" : "") + "><td><a href=\"#" + anchor + "\">" + esc(r.file())
                + "</a></td><td>" + esc(r.department()) + "</td><td class=\"n\">" + (r.year() == null ? "" : r.year())
                + "</td><td class=\"n\">"
                + (r.completeness() == null ? "" : Numbers.plain(r.completeness()) + "/" + Numbers.plain(r.completenessMax()))
                + "</td><td class=\"n\">" + (r.failed() ? "" : r.errors()) + "</td><td class=\"n\">"
                + (r.failed() ? "" : r.warnings()) + "</td><td>"
                + (r.failed() ? "失败 " + esc(r.errorCode()) + "：" + esc(r.errorMessage()) : "完成") + "</td></tr>\n");
        detailOut.write("<section id=\"" + anchor + "\"><h2>" + esc(r.file()) + "</h2>");
        if (r.failed()) {
            detailOut.write("<p class=\"error\">" + esc(r.errorMessage()) + "</p></section>\n");
            return;
        }
        detailOut.write("<p>" + esc(r.department()) + " · " + (r.year() == null ? "" : r.year()) + " · 规则配置 "
                + esc(r.profile()) + " · " + r.pages() + " 页" + (r.missing().isEmpty() ? "" : " · 缺失：" + esc(r.missing()))
                + "</p>");
        if (r.findings().isEmpty()) {
            detailOut.write("<p>未发现问题。</p></section>\n");
            return;
        }
        detailOut.write("<table><thead><tr><th>级别</th><th>问题</th><th>说明</th><th>页码</th><th>涉及数值</th><th>原文</th><th>审核</th></tr></thead><tbody>");
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            Decision d = r.decision(i);
            detailOut.write("<tr><td class=\"" + f.severity().json() + "\">" + ReviewRow.severityLabel(f.severity())
                    + "</td><td title=\"" + esc(f.code()) + "\">" + esc(FindingCodes.defaults().name(f.code())) + "</td><td>"
                    + esc(f.message()) + comparison(f) + "</td><td>" + esc(r.pages(f))
                    + "</td><td>" + esc(ReviewRow.values(f)) + "</td><td class=\"snip\">" + esc(ReviewRow.snippets(f))
                    + "</td><td>" + (d == null ? "待处理" : esc(d.label()) + (d.comment() == null || d.comment().isEmpty()
                    ? "" : "：" + esc(d.comment())) + (d.at() == null ? "" : "<br><small>" + esc(d.localTime()) + "</small>"))
                    + "</td></tr>");
        }
        detailOut.write("</tbody></table></section>\n");
    }

    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            detailOut.close();
            out.write("</tbody></table></div>\n<p class=\"totals\" id=\"totals\">共 " + totals.reports + " 份报告：处理失败 "
                    + totals.failed + " 份，有错误的 " + totals.withErrors + " 份；错误 " + totals.errors + " 个，警告 "
                    + totals.warnings + " 个；问题 " + totals.findings + " 个，已审核 " + totals.reviewed + " 个。</p>\n");
            try (var in = Files.newBufferedReader(details, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            out.write("<script>" + SORT + "</script></body></html>\n");
        } finally {
            out.close();
            Files.deleteIfExists(details);
        }
    }

    private static String comparison(Finding f) {
        String c = FindingWording.comparison(f);
        return c.isEmpty() ? "" : "<br><small>" + esc(c) + "</small>";
    }
}
