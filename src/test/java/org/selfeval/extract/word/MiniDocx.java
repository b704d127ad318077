package org.selfeval.extract.word;

import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.Hashing;
import org.selfeval.extract.SourceFile;
import org.selfeval.model.ReportDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds minimal .docx packages in memory from WordprocessingML snippets, for exact fixtures. */
final class MiniDocx {

    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private final String body;
    private String styles;
    private String numbering;

    private MiniDocx(String body) {
        this.body = body;
    }

    static MiniDocx body(String bodyXml) {
        return new MiniDocx(bodyXml);
    }

    MiniDocx styles(String stylesInner) {
        this.styles = stylesInner;
        return this;
    }

    MiniDocx numbering(String numberingInner) {
        this.numbering = numberingInner;
        return this;
    }

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String tc(String props, String content) {
        return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + content + "</w:tc>";
    }

    byte[] bytes() {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        if (styles != null) {
            types.append("<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            parts.put("word/styles.xml", "<w:styles " + NS + ">" + styles + "</w:styles>");
        }
        if (numbering != null) {
            types.append("<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>");
            rels.append("<Relationship Id=\"rN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>");
            parts.put("word/numbering.xml", "<w:numbering " + NS + ">" + numbering + "</w:numbering>");
        }
        parts.put("[Content_Types].xml", types.append("</Types>").toString());
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        parts.put("word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + NS + "><w:body>"
                + body + "</w:body></w:document>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    ReportDocument extract() throws ExtractionException {
        return extract(bytes(), "docx");
    }

    static ReportDocument extract(byte[] content, String format) throws ExtractionException {
        SourceFile source = new SourceFile(Path.of("generated." + format), "generated." + format, content,
                Hashing.sha256(content), "application/octet-stream", format);
        return ("doc".equals(format) ? (org.selfeval.extract.FormatExtractor) new DocExtractor() : new DocxExtractor())
                .extract(source, ExtractOptions.defaults());
    }
}
