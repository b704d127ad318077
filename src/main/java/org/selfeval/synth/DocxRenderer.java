package org.selfeval.synth;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Word rendering with POI XWPF: real gridSpan / vMerge merges, optional Word heading styles. */
public final class DocxRenderer implements SpecRenderer {

    private static final String FONT = "仿宋_GB2312";
    private static final int CONTENT_TWIPS = 9000;

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Rendered render(ReportSpec spec, Path out) throws IOException {
        java.io.ByteArrayOutputStream os = new java.io.ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            // A fixed creation time (POI stamps the clock): same spec → same bytes.
            doc.getProperties().getCoreProperties().setCreated(
                    java.util.Optional.of(java.util.Date.from(java.time.Instant.parse("2024-01-01T00:00:00Z"))));
            boolean styled = spec.style().wordHeadingStyles();
            if (styled) {
                addHeadingStyles(doc);
            }
            int size = (int) Math.round(spec.style().bodyFontSize());
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, spec.title(), 18, true);
            for (SectionSpec s : spec.flattenedSections()) {
                XWPFParagraph h = doc.createParagraph();
                if (styled) {
                    h.setStyle("Heading" + s.level());
                }
                run(h, s.headingText(), size, true);
                for (String text : s.paragraphs()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setFirstLineIndent(size * 40);
                    run(p, text, size, false);
                }
            }
            run(doc.createParagraph(), "附件：", size, false);
            for (String a : spec.attachments()) {
                run(doc.createParagraph(), a, size, false);
            }
            for (TableSpec t : spec.tables()) {
                XWPFParagraph tp = doc.createParagraph();
                tp.setPageBreak(t.kind() != TableSpec.Kind.SELF_EVALUATION);
                tp.setAlignment(ParagraphAlignment.CENTER);
                run(tp, t.titleLine(), 14, true);
                for (String caption : t.captionLines()) {
                    XWPFParagraph cp = doc.createParagraph();
                    cp.setAlignment(ParagraphAlignment.RIGHT);
                    run(cp, caption, 10, false);
                }
                writeTable(doc, t, spec.style().repeatHeaderRow());
                for (String note : t.notes()) {
                    run(doc.createParagraph(), note, 10, false);
                }
            }
            addPageNumberFooter(doc);
            doc.write(os);
        }
        writeWithFixedTimes(os.toByteArray(), out);
        return new Rendered(0, Map.of());
    }

    /** The package re-zipped with one fixed entry time (the zip stamps the clock): same spec → same bytes. */
    private static void writeWithFixedTimes(byte[] docx, Path out) throws IOException {
        long fixed = java.time.Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTime(fixed);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
    }

    private static void writeTable(XWPFDocument doc, TableSpec t, boolean repeatHeader) {
        XWPFTable table = doc.createTable();
        double totalWeight = t.columnWidths().stream().mapToDouble(Double::doubleValue).sum();
        int[] widths = new int[t.colCount()];
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        for (int c = 0; c < widths.length; c++) {
            widths[c] = (int) Math.round(CONTENT_TWIPS * t.columnWidths().get(c) / totalWeight);
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
        }
        for (int r = 0; r < t.rowCount(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r + 1);
            if (r < t.headerRows() && repeatHeader) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < t.colCount(); ) {
                TableSpec.CellSpec spec = t.covering(r, c);
                XWPFTableCell cell = row.createCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int width = 0;
                for (int k = c; k < c + spec.colSpan(); k++) {
                    width += widths[k];
                }
                pr.addNewTcW().setW(BigInteger.valueOf(width));
                pr.getTcW().setType(STTblWidth.DXA);
                if (spec.colSpan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(spec.colSpan()));
                }
                boolean anchor = spec.row() == r;
                if (spec.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(anchor ? STMerge.RESTART : STMerge.CONTINUE);
                }
                writeCellText(cell, anchor ? spec.text() : "");
                c += spec.colSpan();
            }
        }
        table.removeRow(0); // the row createTable() made before the grid was known
    }

    private static void writeCellText(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n", -1);
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p = cell.addParagraph();
            }
            if (!lines[i].isEmpty()) {
                run(p, lines[i], 10, false);
            }
        }
    }

    /** Word's own heading styles, so style-based outline detection has something to read. */
    private static void addHeadingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 4; level++) {
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId("Heading" + level);
            ct.setType(STStyleType.PARAGRAPH);
            ct.addNewName().setVal("heading " + level);
            ct.addNewBasedOn().setVal("Normal");
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            ct.addNewRPr().addNewB();
            styles.addStyle(new XWPFStyle(ct, styles));
        }
    }

    private static void addPageNumberFooter(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        // A complex field built from runs keeps document order (a fldSimple would sort after runs).
        p.createRun().setText("— ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        p.createRun().setText(" —");
    }
}
