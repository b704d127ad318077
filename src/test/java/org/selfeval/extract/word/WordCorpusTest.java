package org.selfeval.extract.word;

import org.junit.jupiter.api.Test;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;
import org.selfeval.extract.ReportExtractor;
import org.selfeval.model.Cell;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;
import org.selfeval.testing.SharedFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Third-party Word files from ../shared/corpus/public (see its MANIFEST.tsv). */
class WordCorpusTest {

    private static final String CORPUS = "corpus/public/";

    private static ReportDocument read(String relative) {
        return SeedReportTest.read(SharedFiles.require(CORPUS + relative));
    }

    private static ExtractResult attempt(String relative) {
        return new ReportExtractor(List.of(new DocxExtractor(), new DocExtractor()))
                .extract(SharedFiles.require(CORPUS + relative), ExtractOptions.defaults());
    }

    private static String allText(ReportDocument doc) {
        StringBuilder sb = new StringBuilder();
        doc.paragraphs().forEach(p -> sb.append(p.text()).append('\n'));
        doc.tables().forEach(t -> appendTable(sb, t));
        return sb.toString();
    }

    private static void appendTable(StringBuilder sb, Table t) {
        for (Cell c : t.cells()) {
            sb.append(c.text()).append('\n');
            c.nested().forEach(n -> appendTable(sb, n));
        }
    }

    @Test
    void hackloop_allGridSpansAndVerticalMergesKept() {
        List<Table> tables = read("docx-zh/poi-tl__render_hackloop.docx").tables().toList();
        assertEquals(4, tables.size());
        List<Cell> cells = tables.stream().flatMap(t -> t.cells().stream()).toList();
        // The file has 24 w:gridSpan cells and 6 vMerge restarts continued by 12 cells.
        assertEquals(24, cells.stream().filter(c -> c.colSpan() > 1).count());
        assertEquals(6, cells.stream().filter(c -> c.rowSpan() > 1).count());
        assertEquals(12, cells.stream().mapToInt(c -> c.rowSpan() - 1).sum());
    }

    @Test
    void textBoxes_signatureBlockPresentOnce() {
        String text = allText(read("docx-zh/poi-tl__issue-713.docx"));
        assertEquals(1, text.split("甲方（盖章）", -1).length - 1, text);
        assertTrue(text.contains("乙方（盖章）"));
    }

    @Test
    void contentControlsInCells_textKept() {
        String text = allText(read("docx-zh/poi-tl__sdt_cell.docx"));
        assertTrue(text.contains("我是{{title}}"), text);
        assertTrue(text.contains("Stock coverage dropped/transferred?"), text);
    }

    @Test
    void iterableNumbering_labelsRendered() {
        List<String> texts = read("docx-zh/poi-tl__iterable_numbering.docx").paragraphs().map(Paragraph::text).toList();
        assertTrue(texts.contains("1.2.1.第三级第一行"), texts::toString);
        assertTrue(texts.contains("a)第二级第一行"), texts::toString);
        assertTrue(texts.contains("2.第一级第二行"), texts::toString);
    }

    @Test
    void wpsDocAndItsDocxTwin_sameParagraphsAndTables() {
        ReportDocument doc = read("doc-zh/transdoc__测试.doc");
        ReportDocument docx = read("docx-zh/transdoc__测试.docx");
        List<String> fromDocx = docx.paragraphs().map(Paragraph::text).toList();
        List<String> fromDoc = doc.paragraphs().map(Paragraph::text).toList();
        assertEquals(fromDocx.size(), fromDoc.size());
        assertTrue(fromDocx.contains("3、特殊字符自动转换"), "automatic label of the .docx");
        for (int i = 0; i < fromDocx.size(); i++) {
            String x = fromDocx.get(i);
            String y = fromDoc.get(i);
            // Known gap: this WPS .doc has list flags but no list tables POI can read, so the
            // automatic label is missing on the .doc side only.
            assertTrue(x.equals(y) || x.equals("3、" + y), x + " | " + y);
        }
        assertEquals(8, doc.tables().count());
        assertEquals(docx.tables().map(t -> Arrays.deepToString(t.grid())).toList(),
                doc.tables().map(t -> Arrays.deepToString(t.grid())).toList());
        assertTrue(doc.paragraphs().anyMatch(p -> p.text().contains("简体中文版")));
    }

    @Test
    void encryptedWordFiles_encrypted() throws IOException {
        for (String f : List.of("office-encrypted/tika__testWORD_protected_passtika.doc",
                "office-encrypted/tika__testWORD_protected_passtika.docx")) {
            ExtractResult r = attempt(f);
            assertFalse(r.isOk(), f);
            assertEquals(FailureCode.ENCRYPTED, r.failure().code(), f);
        }
        // Handed straight to the .docx reader, the OLE2 container is still recognised.
        byte[] content = Files.readAllBytes(SharedFiles.require(CORPUS + "office-encrypted/tika__testWORD_protected_passtika.docx"));
        ExtractionException e = assertThrows(ExtractionException.class, () -> MiniDocx.extract(content, "docx"));
        assertEquals(FailureCode.ENCRYPTED, e.code());
    }

    @Test
    void brokenWordFiles_corrupt() throws IOException {
        Path dir = SharedFiles.require(CORPUS + "broken");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().matches(".*\\.docx?$")).filter(p -> p.toFile().length() > 0).toList();
        }
        assertTrue(files.size() >= 3);
        for (Path f : files) {
            byte[] content = Files.readAllBytes(f);
            String format = f.toString().endsWith(".doc") ? "doc" : "docx";
            ExtractionException e = assertThrows(ExtractionException.class, () -> MiniDocx.extract(content, format),
                    f.toString());
            assertEquals(FailureCode.CORRUPT, e.code(), f.toString());
        }
    }

    @Test
    void docTextBox_textKept() {
        ReportDocument doc = read("misc/tika__testWORD_various.doc");
        ReportDocument docx = read("misc/tika__testWORD_various.docx");
        assertTrue(doc.paragraphs().anyMatch(p -> p.text().equals("Here is a text box")));
        assertTrue(docx.paragraphs().anyMatch(p -> p.text().equals("Here is a text box")));
        assertEquals(docx.tables().map(t -> Arrays.deepToString(t.grid())).toList(),
                doc.tables().map(t -> Arrays.deepToString(t.grid())).toList());
    }

    @Test
    void rubyGuide_notDuplicated() {
        assertEquals(List.of("東京"), read("misc/tika__testWORD_phonetic.docx").paragraphs().map(Paragraph::text).toList());
    }

    @Test
    void misnamedWordFiles_readByContent() {
        assertEquals(8, read("wrong-ext/derived__测试.docx-content-named.doc").tables().count());
        assertEquals(8, read("wrong-ext/derived__测试.doc-content-named.docx").tables().count());
    }
}
