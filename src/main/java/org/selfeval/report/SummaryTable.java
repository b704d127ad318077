package org.selfeval.report;

import java.util.ArrayList;
import java.util.List;

/** The plain-text summary table printed at the end of `selfeval check`. */
public final class SummaryTable {

    private final List<ReviewRow> rows = new ArrayList<>();

    public void add(ReviewRow row) {
        rows.add(row.withoutFindings());
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        String[] head = {"文件", "部门", "年度", "完整性", "错误", "警告", "状态"};
        List<String[]> body = new ArrayList<>();
        long errors = 0;
        long warnings = 0;
        long failed = 0;
        for (ReviewRow r : rows) {
            errors += r.errors();
            warnings += r.warnings();
            failed += r.failed() ? 1 : 0;
            body.add(new String[]{shorten(r.file(), 48), nz(r.department()), r.year() == null ? "" : r.year().toString(),
                    r.completeness() == null ? "" : Numbers.plain(r.completeness()) + "/" + Numbers.plain(r.completenessMax()),
                    r.failed() ? "" : String.valueOf(r.errors()), r.failed() ? "" : String.valueOf(r.warnings()),
                    r.failed() ? "失败 " + r.errorCode() + "：" + r.errorMessage() : "完成"});
        }
        int[] width = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            width[i] = displayWidth(head[i]);
            for (String[] b : body) {
                width[i] = Math.max(width[i], i == head.length - 1 ? 0 : displayWidth(b[i]));
            }
        }
        line(sb, head, width);
        for (String[] b : body) {
            line(sb, b, width);
        }
        sb.append(String.format("合计 %d 份：错误 %d，警告 %d，处理失败 %d%n", rows.size(), errors, warnings, failed));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells, int[] width) {
        for (int i = 0; i < cells.length; i++) {
            sb.append(cells[i]);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(Math.max(1, width[i] - displayWidth(cells[i]) + 2)));
            }
        }
        sb.append('\n');
    }

    /** Terminal columns: CJK characters take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
                    || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
                    || (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
        }
        return w;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - max + 1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
