package org.selfeval.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.selfeval.engine.ReportResult;
import org.selfeval.extract.TypeDetector;
import org.selfeval.model.Finding;
import org.selfeval.pipeline.Json;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a reviewer sees of a submitted report: page images, where each finding's numbers are
 * printed, and the PDF annotated with the findings. Everything is derived from the original file
 * and cached on disk under {@code cacheDir/<sha256>/}; safe to call from many threads.
 */
public final class DocumentViews {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final int STRIPES = 64;
    private static final String HIGHLIGHTS = "highlights-";

    private final Path cacheDir;
    private final RenderOptions options;
    private final OfficeConverter converter;
    private final TypeDetector detector = new TypeDetector();
    private final Map<String, PdfSource> sources = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong located = new java.util.concurrent.atomic.AtomicLong();
    // Striped locks: one conversion per report and one rendering per page at a time.
    private final Object[] locks = new Object[STRIPES];

    public DocumentViews(Path cacheDir, RenderOptions options) {
        this.cacheDir = cacheDir;
        this.options = options;
        this.converter = new OfficeConverter(options);
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    public ViewInfo info(Path original, String sha256) {
        PdfSource s = source(original, sha256);
        return s.available() ? new ViewInfo(true, s.pages(), null) : new ViewInfo(false, 0, s.reason());
    }

    /**
     * Page {@code page} (1-based) as PNG at the configured resolution.
     *
     * @throws IllegalArgumentException when the page does not exist
     * @throws IllegalStateException    (Chinese message) when the report has no page images
     */
    public byte[] pageImage(Path original, String sha256, int page) {
        PdfSource s = require(original, sha256);
        if (page < 1 || page > s.pages()) {
            throw new IllegalArgumentException("页码超出范围：第 " + page + " 页（共 " + s.pages() + " 页）");
        }
        Path png = folder(sha256).resolve("page-" + options.dpi() + "-" + page + ".png");
        try {
            if (Files.isRegularFile(png)) {
                return Files.readAllBytes(png);
            }
            synchronized (lock(sha256 + "/" + page)) {
                if (Files.isRegularFile(png)) {
                    return Files.readAllBytes(png);
                }
                byte[] bytes = render(s.pdf(original), page);
                writeAtomically(png, bytes);
                return bytes;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where each finding value is printed; values that cannot be found reliably are left out.
     * Cached on disk beside the page images under a key made of the findings and the page basis,
     * so a changed result (e.g. new cross-year findings) is located again: locating reads every
     * page's glyphs, the cache is a small JSON file per report and survives restarts.
     */
    public List<Highlight> highlights(Path original, String sha256, ReportResult result) {
        PdfSource s = source(original, sha256);
        if (!s.available()) {
            return List.of();
        }
        boolean exact = exactPages(s, result);
        String key = org.selfeval.extract.Hashing.sha256(Json.line(result.findings() == null ? List.of() : result.findings())
                + "|" + exact).substring(0, 16);
        Path cached = folder(sha256).resolve(HIGHLIGHTS + key + ".json");
        try {
            if (Files.isRegularFile(cached)) {
                return read(cached);
            }
            synchronized (lock(sha256 + "/highlights")) {
                if (Files.isRegularFile(cached)) {
                    return read(cached);
                }
                located.incrementAndGet();
                List<Highlight> out = new ArrayList<>();
                try (PDDocument doc = Loader.loadPDF(s.pdf(original).toFile())) {
                    for (Located l : locate(doc, result, exact)) {
                        out.add(l.highlight());
                    }
                }
                writeAtomically(cached, Json.MAPPER.writeValueAsBytes(out));
                dropOtherHighlights(folder(sha256), cached);
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times highlight boxes were located rather than read from the cache (for tests and metrics). */
    public long highlightsLocated() {
        return located.get();
    }

    private static List<Highlight> read(Path cached) throws IOException {
        return List.of(Json.MAPPER.readValue(cached.toFile(), Highlight[].class));
    }

    /** Boxes of an earlier result of the same report are never read again. */
    private static void dropOtherHighlights(Path folder, Path keep) throws IOException {
        try (var files = Files.newDirectoryStream(folder, HIGHLIGHTS + "*.json")) {
            for (Path p : files) {
                if (!p.equals(keep)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * The report's PDF with a highlight and comment per finding.
     *
     * @throws IllegalStateException (Chinese message) when the report has no PDF to annotate
     */
    public byte[] annotatedPdf(Path original, String sha256, ReportResult result) {
        return annotatedPdf(original, sha256, result, null);
    }

    /**
     * The report's PDF with a highlight and comment per finding, after cover pages listing its
     * missing parts, findings and the reviewers' {@code decisions} (by finding id); with null
     * decisions, the annotated pages alone.
     *
     * @throws IllegalStateException (Chinese message) when the report has no PDF to annotate
     */
    public byte[] annotatedPdf(Path original, String sha256, ReportResult result,
                               Map<String, org.selfeval.report.Decision> decisions) {
        PdfSource s = require(original, sha256);
        try (PDDocument doc = Loader.loadPDF(s.pdf(original).toFile())) {
            List<PdfAnnotator.Box> boxes = new ArrayList<>();
            for (Located l : locate(doc, result, exactPages(s, result))) {
                boxes.add(new PdfAnnotator.Box(l.highlight().finding(), l.highlight().page(), l.points()));
            }
            PdfAnnotator.annotate(doc, result, boxes);
            if (decisions != null && result.report() != null) {
                CoverPage.prepend(doc, result, decisions);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Located(Highlight highlight, float[] points) {
    }

    /** A conversion's pages are exact when the report's pages were taken from a rendering too. */
    private static boolean exactPages(PdfSource s, ReportResult result) {
        return !s.converted() || result.report() != null
                && org.selfeval.model.DocumentMetadata.PAGES_RENDERED.equals(result.report().pageBasis());
    }

    private static List<Located> locate(PDDocument doc, ReportResult result, boolean exactPages) {
        Map<Integer, PageText> texts = new HashMap<>();
        NumberLocator locator = new NumberLocator(p -> texts.computeIfAbsent(p, n -> {
            try {
                return GlyphStripper.read(doc, n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), doc.getNumberOfPages(), exactPages);
        List<Located> out = new ArrayList<>();
        List<Finding> findings = result.findings() == null ? List.of() : result.findings();
        for (int i = 0; i < findings.size(); i++) {
            List<Finding.Value> values = findings.get(i).values();
            for (int j = 0; j < values.size(); j++) {
                Optional<NumberLocator.Location> l = locator.locate(values.get(j));
                if (l.isEmpty()) {
                    continue;
                }
                NumberLocator.Location loc = l.get();
                PageText page = texts.get(loc.page());
                float[] box = page.box(loc.from(), loc.to());
                if (box == null) {
                    continue;
                }
                double[] f = page.fractions(box);
                out.add(new Located(new Highlight(i, j, loc.page(), f[0], f[1], f[2], f[3], loc.printed()), box));
            }
        }
        return out;
    }

    private PdfSource require(Path original, String sha256) {
        PdfSource s = source(original, sha256);
        if (!s.available()) {
            throw new IllegalStateException(s.reason());
        }
        return s;
    }

    private PdfSource source(Path original, String sha256) {
        if (sha256 == null || !KEY.matcher(sha256).matches()) {
            throw new IllegalArgumentException("invalid sha256 key: " + sha256);
        }
        PdfSource known = sources.get(sha256);
        if (known != null) {
            return known;
        }
        synchronized (lock(sha256)) {
            known = sources.get(sha256);
            if (known != null) {
                return known;
            }
            PdfSource s = PdfSource.resolve(original, folder(sha256), detector, converter);
            if (s.lasting()) {
                sources.put(sha256, s);
            }
            return s;
        }
    }

    private byte[] render(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, options.dpi(), ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }

    private Path folder(String sha256) {
        return cacheDir.resolve(sha256);
    }

    private Object lock(String key) {
        return locks[Math.floorMod(key.hashCode(), STRIPES)];
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "render-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
