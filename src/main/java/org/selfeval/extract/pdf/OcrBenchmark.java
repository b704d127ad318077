package org.selfeval.extract.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.ReportExtractor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures OCR time on one scanned PDF, to choose extract.ocr.seconds_per_page: each page alone
 * (render + one tesseract, nothing else of ours running), then the whole document through the
 * extraction façade (pages in parallel, under the configured budget).
 */
public final class OcrBenchmark {

    /**
     * @param pageSeconds   per page, render + recognise, one page at a time
     * @param documentSeconds the whole extraction through the façade
     * @param limitSeconds  the limit the document got: timeout_seconds + seconds_per_page × pages
     * @param outcome       "ok" or the failure code
     */
    public record Result(List<Double> pageSeconds, double documentSeconds, long limitSeconds, String outcome) {

        public double medianPageSeconds() {
            List<Double> s = pageSeconds.stream().sorted().toList();
            return s.isEmpty() ? 0 : s.get(s.size() / 2);
        }

        public String table() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < pageSeconds.size(); i++) {
                b.append(String.format("page %d (alone)        %6.1f s%n", i + 1, pageSeconds.get(i)));
            }
            double max = pageSeconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            b.append(String.format("per page median / max  %6.1f / %.1f s%n", medianPageSeconds(), max));
            b.append(String.format("whole document         %6.1f s (%.1f s a page)  limit %d s  %s%n", documentSeconds,
                    pageSeconds.isEmpty() ? 0 : documentSeconds / pageSeconds.size(), limitSeconds, outcome));
            return b.toString();
        }
    }

    private final ExtractOptions options;

    public OcrBenchmark(ExtractOptions options) {
        this.options = options;
    }

    public Result run(Path pdf) throws IOException {
        OcrEngine ocr = new OcrEngine(options.ocr());
        if (!ocr.available()) {
            throw new IOException("tesseract is not available: " + options.ocr().command());
        }
        List<Double> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                long start = System.nanoTime();
                RulingCollector rc = new RulingCollector(doc.getPage(i));
                rc.run();
                // The resolution the extractor itself would use for this page.
                float dpi = PdfBody.renderDpi(options.ocr().dpi(), rc.imagePpi());
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                ocr.recognise(image, i + 1);
                pages.add((System.nanoTime() - start) / 1e9);
            }
        }
        long start = System.nanoTime();
        ExtractResult r = new ReportExtractor(List.of(new PdfBoxExtractor())).extract(pdf, options);
        double seconds = (System.nanoTime() - start) / 1e9;
        long limit = options.timeout().plus(options.ocr().budget(pages.size())).toSeconds();
        return new Result(pages, seconds, limit, r.failure() == null ? "ok" : r.failure().code().name());
    }
}
