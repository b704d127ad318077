package org.selfeval.pipeline;

import org.selfeval.extract.ExtractResult;
import org.selfeval.model.Block;
import org.selfeval.model.Cell;
import org.selfeval.model.Heading;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;

/** A human-readable rendering of the document model, for {@code extract --format text}. */
public final class TextRenderer {

    private TextRenderer() {
    }

    public static String render(ExtractResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(result.file()).append('\n');
        if (!result.isOk()) {
            sb.append("失败 [").append(result.failure().code()).append("] ").append(result.failure().message());
            if (result.failure().detail() != null) {
                sb.append(" (").append(result.failure().detail()).append(')');
            }
            return sb.append('\n').toString();
        }
        ReportDocument doc = result.document();
        var m = doc.metadata();
        sb.append("格式 ").append(m.format()).append(" · ").append(m.pages()).append(" 页 · sha256 ")
                .append(m.sha256(), 0, 12).append(m.ocr() ? " · OCR" : "").append('\n');
        for (String w : doc.warnings()) {
            sb.append("! ").append(w).append('\n');
        }
        int tableNo = 0;
        for (Block block : doc.blocks()) {
            String page = block.page() > 0 ? "[p" + block.page() + "] " : "";
            if (block instanceof Heading h) {
                sb.append('\n').append("  ".repeat(h.level() - 1)).append("# ").append(page).append(h.text());
                if (h.drift() != null) {
                    sb.append("   ⚠ ").append(h.drift());
                }
                sb.append('\n');
            } else if (block instanceof Paragraph p) {
                sb.append(page).append(p.text()).append('\n');
            } else if (block instanceof Table t) {
                sb.append(renderTable(t, ++tableNo, page));
            }
        }
        return sb.toString();
    }

    static String renderTable(Table t, int no, String page) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n[表").append(no).append("] ").append(page).append(t.rowCount()).append('×').append(t.colCount())
                .append(" (").append(t.method()).append(", 页 ").append(t.pages()).append(")\n");
        for (int r = 0; r < t.rowCount(); r++) {
            StringBuilder line = new StringBuilder("| ");
            for (int c = 0; c < t.colCount(); c++) {
                Cell cell = t.cellAt(r, c);
                if (cell == null) {
                    line.append("∅");
                } else if (cell.row() != r || cell.col() != c) {
                    line.append(cell.row() != r ? "↑" : "←");
                } else {
                    line.append(cell.text().replace('\n', ' '));
                    if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                        line.append(" {").append(cell.rowSpan()).append('×').append(cell.colSpan()).append('}');
                    }
                }
                line.append(" | ");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
