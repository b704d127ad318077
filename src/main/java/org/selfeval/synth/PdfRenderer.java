package org.selfeval.synth;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * PDF rendering that looks like a Word export: A4, margins, wrapped lines, "— n —" footers,
 * ruled tables. The 自评表 follows the 基础数据表 on the same page, so it always continues onto
 * the next page. Holds the font file open; close it when done.
 */
public final class PdfRenderer implements SpecRenderer, AutoCloseable {

    private final CjkFont font;

    public PdfRenderer(CjkFont font) {
        this.font = font;
    }

    /** A renderer with the first usable CJK font, or a clear error naming where it looked. */
    public static PdfRenderer withSystemFont() {
        return new PdfRenderer(CjkFont.find(null).orElseThrow(() -> new IllegalStateException(
                "no embeddable CJK TrueType font found (tried -D" + CjkFont.PROPERTY + ", " + CjkFont.CANDIDATES
                        + " and fc-list :lang=zh); install fonts-wqy-zenhei or set -D" + CjkFont.PROPERTY)));
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Rendered render(ReportSpec spec, Path out) throws IOException {
        Map<TableSpec.Kind, List<Integer>> tablePages = new EnumMap<>(TableSpec.Kind.class);
        int pages;
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(spec.title());
            info.setCreator("Microsoft® Word 2016");
            info.setProducer("Microsoft® Word 2016");
            // A fixed file ID (PDFBox would derive one from the clock): same spec → same bytes.
            java.util.UUID uuid = java.util.UUID.nameUUIDFromBytes(
                    (spec.id() + "/" + spec.seed() + "/" + spec.title()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] id = java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits()).array();
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            PDType0Font pdfFont = PDType0Font.load(doc, font.font(), true);
            float size = (float) spec.style().bodyFontSize() + 2; // Word exports use 三号/四号 body text
            try (PdfCanvas canvas = new PdfCanvas(doc, pdfFont)) {
                canvas.newPage();
                canvas.paragraph(spec.title(), 16, true, 0, true);
                canvas.moveDown(8);
                for (SectionSpec s : spec.flattenedSections()) {
                    canvas.paragraph(s.headingText(), size, true, s.level() == 1 ? 0 : 2 * size, false);
                    for (String text : s.paragraphs()) {
                        canvas.paragraph(text, size, false, 2 * size, false);
                    }
                }
                canvas.paragraph("附件：", size, false, 0, false);
                for (String a : spec.attachments()) {
                    canvas.paragraph(a, size, false, 2 * size, false);
                }
                PdfTableDrawer tables = new PdfTableDrawer(canvas);
                for (TableSpec t : spec.tables()) {
                    if (t.kind() == TableSpec.Kind.SELF_EVALUATION) {
                        canvas.moveDown(12);
                    } else {
                        canvas.newPage();
                    }
                    canvas.paragraph(t.titleLine(), 14, true, 0, true);
                    for (String caption : t.captionLines()) {
                        canvas.paragraph(caption, 10, false, 0, false);
                    }
                    boolean repeat = t.kind() == TableSpec.Kind.SELF_EVALUATION && spec.style().repeatHeaderRow();
                    tablePages.put(t.kind(), tables.draw(t, repeat));
                    canvas.moveDown(6);
                    for (String note : t.notes()) {
                        canvas.paragraph(note, 9, false, 0, false);
                    }
                }
                pages = canvas.page();
            }
            doc.save(out.toFile());
        }
        return new Rendered(pages, tablePages);
    }

    @Override
    public void close() throws IOException {
        font.close();
    }
}
