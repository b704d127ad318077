package org.selfeval.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.selfeval.extract.CellBudget;
import org.selfeval.extract.Deadline;
import org.selfeval.extract.ExtractOptions.OcrOptions;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;
import org.selfeval.model.Block;
import org.selfeval.model.Paragraph;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The body of one open PDF: page layouts → tables and paragraphs → blocks in reading order. */
final class PdfBody {

    private static final double MIN_OCR_DPI = 150;
    /** Concurrent tesseract processes, each single-threaded: pages in parallel scale better than threads in one page. */
    private static final int OCR_WORKERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final PDDocument doc;
    private final OcrEngine ocr;
    private final OcrOptions ocrOptions;
    private final Deadline deadline;
    private final int dpi;
    private final CellBudget cells;
    private final ImageLimits images;
    private boolean usedOcr;

    PdfBody(PDDocument doc, OcrEngine ocr, OcrOptions ocrOptions, Deadline deadline, CellBudget cells,
            ImageLimits images) {
        this.doc = doc;
        this.cells = cells;
        this.images = images;
        this.ocr = ocr;
        this.ocrOptions = ocrOptions;
        this.deadline = deadline;
        this.dpi = ocrOptions.dpi();
    }

    boolean usedOcr() {
        return usedOcr;
    }

    List<Block> read() throws IOException, ExtractionException {
        Map<Integer, List<Glyph>> glyphs = new GlyphCollector().collect(doc);
        int n = doc.getNumberOfPages();
        List<List<PageFurniture.Placed>> placed = new ArrayList<>();
        List<List<PageTable>> tables = new ArrayList<>();
        List<PageLayout> layouts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            if (Thread.interrupted()) {
                throw new InterruptedIOException("extraction interrupted");
            }
            PDPage page = doc.getPage(i - 1);
            PDRectangle crop = page.getCropBox();
            RulingCollector rc = new RulingCollector(page);
            rc.run();
            images.checkImage(i, rc.largestImagePixels()); // before anything could decode it
            boolean turned = page.getRotation() % 180 != 0;
            PageLayout layout = new PageLayout(i, turned ? crop.getHeight() : crop.getWidth(),
                    turned ? crop.getWidth() : crop.getHeight(),
                    glyphs.getOrDefault(i, List.of()), rc.rulings(), rc.hasImages(), rc.imagePpi());
            layouts.add(layout);
            List<PageTable> found = TableFinders.find(layout);
            found.forEach(t -> cells.spend((long) t.rowCount() * t.colCount()));
            tables.add(found);
            List<TextLine> lines = LineBuilder.build(PageAssembler.outsideTables(layout.glyphs(), found));
            placed.add(lines.stream().map(l -> new PageFurniture.Placed(l, layout.height())).toList());
        }
        PageFurniture furniture = new PageFurniture(placed);
        int toRecognise = ocr.available() ? (int) layouts.stream().filter(PdfBody::imageOnly).count() : 0;
        if (toRecognise > ocrOptions.maxPages()) {
            // Refused rather than partly read: the pages left out would show as missing sections.
            throw new ExtractionException(FailureCode.TOO_LARGE,
                    toRecognise + " pages need OCR > limit " + ocrOptions.maxPages()).withUserMessage(
                    "扫描件共有" + toRecognise + "页需要文字识别，超过本系统上限（" + ocrOptions.maxPages()
                            + "页），未予处理，以免漏识页面造成误判。请提交可复制文字的电子版（由Word等直接导出的PDF），"
                            + "或将扫描件拆分后分别提交。");
        }
        if (toRecognise > 0) {
            for (PageLayout layout : layouts) {
                if (imageOnly(layout)) {
                    PDRectangle crop = doc.getPage(layout.page() - 1).getCropBox();
                    images.checkPage(layout.page(), crop, renderDpi(dpi, layout.imagePpi()));
                }
            }
        }
        deadline.extend(ocrOptions.budget(toRecognise));
        List<List<?>> pageItems = new ArrayList<>();
        Map<Integer, Future<List<Paragraph>>> recognised = new HashMap<>();
        boolean imageOnly = false;
        ExecutorService pool = null;
        try {
            for (int i = 0; i < n; i++) {
                PageLayout layout = layouts.get(i);
                pageItems.add(List.of());
                if (imageOnly(layout)) {
                    imageOnly = true;
                    if (ocr.available()) {
                        pool = pool == null ? Executors.newFixedThreadPool(OCR_WORKERS) : pool;
                        // Pages render here, one at a time (PDFBox documents are not thread-safe);
                        // tesseract runs for several pages at once.
                        BufferedImage image = render(i, layout.imagePpi());
                        int page = i + 1;
                        recognised.put(i, pool.submit(() -> ocr.recognise(image, page)));
                        usedOcr = true;
                    }
                    continue;
                }
                List<TextLine> body = placed.get(i).stream().filter(furniture.negate()).map(PageFurniture.Placed::line).toList();
                pageItems.set(i, PageAssembler.assemble(i + 1, body, tables.get(i)));
            }
            for (Map.Entry<Integer, Future<List<Paragraph>>> e : recognised.entrySet()) {
                pageItems.set(e.getKey(), await(e.getValue()));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
                ocr.stop(); // on failure or interruption: no tesseract outlives the document
            }
        }
        List<Object> items = new ArrayList<>();
        pageItems.forEach(items::addAll);
        List<Block> blocks = TableContinuation.merge(items);
        if (blocks.isEmpty()) {
            if (imageOnly) {
                throw new ExtractionException(FailureCode.NO_TEXT, ocr.available()
                        ? "OCR found no text on the page images" : "image-only PDF and OCR is not available");
            }
            throw new ExtractionException(FailureCode.EMPTY, "PDF has no text and no images");
        }
        return blocks;
    }

    /** A page with images and no text layer: a scan, to OCR. */
    private static boolean imageOnly(PageLayout layout) {
        return layout.glyphs().stream().allMatch(Glyph::isSpace) && layout.hasImages();
    }

    private BufferedImage render(int pageIndex, double imagePpi) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(pageIndex, renderDpi(dpi, imagePpi), ImageType.GRAY);
    }

    /** Scans are rendered at their own resolution when lower than the configured one: upscaling adds no detail, only OCR time. */
    static float renderDpi(int dpi, double imagePpi) {
        return (float) (imagePpi >= MIN_OCR_DPI ? Math.min(dpi, imagePpi) : dpi);
    }

    private static List<Paragraph> await(Future<List<Paragraph>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("OCR interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("OCR failed: " + e.getCause(), e.getCause());
        }
    }
}
