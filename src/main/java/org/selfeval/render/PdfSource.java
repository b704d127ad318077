package org.selfeval.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;
import org.selfeval.extract.TypeDetector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PDF behind a submitted report: the file itself when it is a PDF, a LibreOffice conversion
 * (cached as {@code converted.pdf} in the report's cache folder) when it is a Word file, or none
 * with the reason in Chinese. The type comes from the content, never the file name.
 */
record PdfSource(Path pdf, int pages, String reason, boolean converted) {

    static final String NEEDS_LIBREOFFICE = "Word 文件需安装 LibreOffice 才能显示页面图像，以下显示文本";

    boolean available() {
        return pdf != null;
    }

    /** The PDF to read: the conversion, or the original where it is now (callers may move it). */
    Path pdf(Path original) {
        return converted ? pdf : original;
    }

    static PdfSource none(String reason) {
        return new PdfSource(null, 0, reason, false);
    }

    static PdfSource resolve(Path original, Path cacheFolder, TypeDetector detector, OfficeConverter converter) {
        String format;
        try {
            byte[] content = Files.readAllBytes(original);
            format = TypeDetector.formatOf(detector.detect(content), content);
        } catch (ExtractionException e) {
            return none(e.code() == FailureCode.ENCRYPTED ? "文件已加密，无法显示页面图像"
                    : e.code() == FailureCode.CORRUPT ? "文件已损坏，无法显示页面图像" : "不支持的文件类型，无法显示页面图像");
        } catch (IOException e) {
            return none("无法读取原始文件，无法显示页面图像");
        }
        if ("pdf".equals(format)) {
            return opened(original, false, "PDF 文件无法打开（已加密或已损坏），无法显示页面图像");
        }
        Path converted = cacheFolder.resolve("converted.pdf");
        if (Files.isRegularFile(converted)) {
            return opened(converted, true, "转换后的 PDF 无法打开，以下显示文本");
        }
        if (!converter.available()) {
            return none(NEEDS_LIBREOFFICE);
        }
        try {
            converter.convert(original, format, converted);
        } catch (IOException e) {
            return none("Word 文件转换为 PDF 失败（" + e.getMessage() + "），以下显示文本");
        }
        return opened(converted, true, "转换后的 PDF 无法打开，以下显示文本");
    }

    private static PdfSource opened(Path pdf, boolean converted, String failure) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int n = doc.getNumberOfPages();
            return n > 0 ? new PdfSource(pdf, n, null, converted) : none("PDF 文件没有页面，无法显示页面图像");
        } catch (IOException e) {
            return none(failure);
        }
    }
}
