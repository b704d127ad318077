package org.selfeval.extract;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TypeDetectorTest {

    private final TypeDetector detector = new TypeDetector();

    @Test
    void pdfHeaderIsEnoughForPdf() throws Exception {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("pdf", TypeDetector.formatOf(detector.detect(pdf), pdf));
    }

    @Test
    void plainTextIsNotAReport() throws Exception {
        byte[] text = "说明：本文件是纯文本，不是报告。".getBytes(StandardCharsets.UTF_8);
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> TypeDetector.formatOf(detector.detect(text), text));
        assertEquals(FailureCode.UNSUPPORTED_TYPE, e.code());
    }

    @Test
    void wordPackageIsDocx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("部门整体支出绩效自评报告");
            doc.write(out);
        }
        byte[] docx = out.toByteArray();
        assertEquals("docx", TypeDetector.formatOf(detector.detect(docx), docx));
    }
}
