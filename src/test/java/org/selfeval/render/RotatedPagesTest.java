package org.selfeval.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.engine.ReportResult;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.synth.CjkFont;

import javax.imageio.ImageIO;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pages turned by /Rotate (landscape tables) and pages whose crop box is not at the media box's
 * origin: each box must lie on its number's glyphs in the page image, and each highlight of the
 * annotated PDF on the glyphs in user space.
 */
class RotatedPagesTest {

    private static final PDRectangle WIDE_MEDIA = new PDRectangle(0, 0, 700, 900);
    private static final PDRectangle OFFSET_CROP = new PDRectangle(50, 80, 600, 760);
    private static final int DPI = 110;
    private static final int DARK = 150;

    /** The numbers with their displayed places: two rows of two, a label before the first. */
    private static final List<PlacedPdf.Text> NUMBERS = List.of(
            new PlacedPdf.Text(160, 100, "1,234.56"), new PlacedPdf.Text(320, 100, "78.9"),
            new PlacedPdf.Text(160, 220, "4321"), new PlacedPdf.Text(320, 220, "65.40"));
    private static final double[] VALUES = {1234.56, 78.9, 4321, 65.4};

    private static CjkFont font;

    @TempDir
    Path dir;

    @BeforeAll
    static void font() {
        Optional<CjkFont> f = CjkFont.find(null);
        assumeTrue(f.isPresent(), "no embeddable CJK font on this machine");
        font = f.get();
    }

    @AfterAll
    static void close() throws IOException {
        if (font != null) {
            font.close();
        }
    }

    record Layout(String name, PDRectangle media, PDRectangle crop, int rotation, boolean sideways) {
        @Override
        public String toString() {
            return name;
        }

        PlacedPdf pdf() {
            PlacedPdf p = new PlacedPdf(media, crop, rotation, sideways).text(60, 100, "合计");
            NUMBERS.forEach(n -> p.text(n.x(), n.y(), n.text()));
            return p;
        }
    }

    static Stream<Layout> layouts() {
        PDRectangle a4 = PDRectangle.A4;
        return Stream.of(
                new Layout("upright", a4, a4, 0, false),
                new Layout("rotate 90, landscape table", a4, a4, 90, false),
                new Layout("rotate 180", a4, a4, 180, false),
                new Layout("rotate 270, landscape table", a4, a4, 270, false),
                new Layout("rotate 90, content turned with the page", a4, a4, 90, true),
                new Layout("rotate 270, content turned with the page", a4, a4, 270, true),
                new Layout("offset crop box", WIDE_MEDIA, OFFSET_CROP, 0, false),
                new Layout("offset crop box, rotate 90", WIDE_MEDIA, OFFSET_CROP, 90, false),
                new Layout("offset crop box, rotate 180, turned content", WIDE_MEDIA, OFFSET_CROP, 180, true));
    }

    private static ReportResult result() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < VALUES.length; i++) {
            Finding.Value v = new Finding.Value(null, VALUES[i], "万元", "text", 1, null);
            findings.add(new Finding("SUM_MISMATCH", Severity.ERROR, "T5", "数值" + i + "不一致", List.of(v), null, null));
        }
        return new ReportResult("r.pdf", "ok", "abc", null, null, null, null, null, null, findings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void boxesLieOnTheNumbersInThePageImage(Layout layout) throws IOException {
        PlacedPdf placed = layout.pdf();
        Path pdf = placed.write(font, dir.resolve("p.pdf"));
        DocumentViews views = new DocumentViews(dir.resolve("cache"), new RenderOptions(DPI, "soffice",
                java.time.Duration.ofSeconds(30)));
        List<Highlight> hs = views.highlights(pdf, "abc", result());
        assertEquals(NUMBERS.size(), hs.size(), () -> "every number boxed: " + hs);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(views.pageImage(pdf, "abc", 1)));
        float[] shown = placed.displayed();
        assertEquals(shown[0] * DPI / 72, image.getWidth(), 1.5, "image width is the displayed page's");
        assertEquals(shown[1] * DPI / 72, image.getHeight(), 1.5);
        for (Highlight h : hs) {
            PlacedPdf.Text n = NUMBERS.get(h.finding());
            assertEquals(n.text(), h.text());
            Run run = run(placed, n);
            // Points inside the glyphs (by construction) are inside the box; the box stays on the run.
            for (double[] p : run.inside()) {
                assertTrue(h.x0() * shown[0] <= p[0] && p[0] <= h.x1() * shown[0]
                        && h.y0() * shown[1] <= p[1] && p[1] <= h.y1() * shown[1],
                        () -> layout + ": " + h + " holds " + p[0] + "," + p[1]);
            }
            Rectangle2D outer = run.outer();
            assertTrue(outer.contains(h.x0() * shown[0], h.y0() * shown[1])
                    && outer.contains(h.x1() * shown[0], h.y1() * shown[1]),
                    () -> layout + ": " + h + " within " + outer);
            assertInkUnder(image, h, layout.toString());
        }
        // Reading order on the displayed page: left before right, the first row above the second.
        Highlight a = hs.get(0);
        Highlight b = hs.get(1);
        Highlight c = hs.get(2);
        assertTrue(a.x1() < b.x0() && a.y0() < b.y1() && b.y0() < a.y1(), () -> layout + ": " + a + " left of " + b);
        assertTrue(a.y1() < c.y0() && a.x0() < c.x1() && c.x0() < a.x1(), () -> layout + ": " + a + " above " + c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void annotatedHighlightsCoverTheGlyphsInUserSpace(Layout layout) throws IOException {
        PlacedPdf placed = layout.pdf();
        Path pdf = placed.write(font, dir.resolve("p.pdf"));
        DocumentViews views = new DocumentViews(dir.resolve("cache"), RenderOptions.defaults());
        List<Highlight> hs = views.highlights(pdf, "abc", result());
        byte[] annotated = views.annotatedPdf(pdf, "abc", result());
        try (PDDocument out = Loader.loadPDF(annotated)) {
            List<PDAnnotation> annotations = out.getPage(0).getAnnotations();
            for (int i = 0; i < NUMBERS.size(); i++) {
                String message = "数值" + i + "不一致";
                PDAnnotationHighlight a = annotations.stream()
                        .filter(x -> x instanceof PDAnnotationHighlight && x.getContents().contains(message))
                        .map(x -> (PDAnnotationHighlight) x).findFirst()
                        .orElseThrow(() -> new AssertionError(layout + ": no highlight for " + message));
                Run run = run(placed, NUMBERS.get(i));
                Rectangle2D quad = quadBounds(a.getQuadPoints());
                for (double[] p : run.inside()) {
                    float[] u = placed.user((float) p[0], (float) p[1]);
                    assertTrue(quad.contains(u[0], u[1]), () -> layout + ": quad " + quad + " covers " + u[0] + "," + u[1]);
                    assertTrue(a.getRectangle().contains(u[0], u[1]), () -> layout + ": rect " + a.getRectangle());
                }
                // Upper-left to upper-right runs along the baseline, as viewers read quads.
                float[] q = a.getQuadPoints();
                double[] start = run.at(0, 0);
                double[] end = run.at(run.width(), 0);
                float[] us = placed.user((float) start[0], (float) start[1]);
                float[] ue = placed.user((float) end[0], (float) end[1]);
                double dot = (q[2] - q[0]) * (ue[0] - us[0]) + (q[3] - q[1]) * (ue[1] - us[1]);
                assertTrue(dot > 0.9 * Math.hypot(q[2] - q[0], q[3] - q[1]) * Math.hypot(ue[0] - us[0], ue[1] - us[1]),
                        () -> layout + ": quad order " + java.util.Arrays.toString(q));
                // The quad stays on the run (plus the annotator's padding).
                Rectangle2D outer = run.outer();
                Rectangle2D userOuter = userBounds(placed, outer, 1.5);
                assertTrue(userOuter.contains(quad), () -> layout + ": quad " + quad + " within " + userOuter);
            }
            // Drawn by a viewer, the highlights colour the numbers' glyphs and little else.
            BufferedImage plain;
            try (PDDocument original = Loader.loadPDF(pdf.toFile())) {
                plain = new PDFRenderer(original).renderImageWithDPI(0, DPI, ImageType.RGB);
            }
            BufferedImage marked = new PDFRenderer(out).renderImageWithDPI(0, DPI, ImageType.RGB);
            for (Highlight h : hs) {
                int[] px = pixels(plain, h, 0);
                assertTrue(changed(plain, marked, px) > 0.5, () -> layout + ": highlight drawn over " + h);
            }
        }
    }

    @Test
    void numberOutsideTheCropBox_notHighlighted_andNotesStayOnTheVisiblePage() throws IOException {
        PlacedPdf placed = new PlacedPdf(WIDE_MEDIA, OFFSET_CROP, 90, false).text(160, 100, "4321")
                .userText(10, 20, "78.9");
        Path pdf = placed.write(font, dir.resolve("hidden.pdf"));
        DocumentViews views = new DocumentViews(dir.resolve("cache"), RenderOptions.defaults());
        Finding shown = new Finding("SUM_MISMATCH", Severity.ERROR, "T5", "可见", List.of(
                new Finding.Value(null, 4321, null, "text", 1, null)), null, null);
        Finding hidden = new Finding("SUM_MISMATCH", Severity.WARNING, "T5", "裁切区外", List.of(
                new Finding.Value(null, 78.9, null, "text", 1, null)), null, null);
        ReportResult r = new ReportResult("r.pdf", "ok", "abc", null, null, null, null, null, null, List.of(shown, hidden));
        List<Highlight> hs = views.highlights(pdf, "abc", r);
        assertEquals(List.of(0), hs.stream().map(Highlight::finding).toList(), () -> "only the visible number: " + hs);
        try (PDDocument out = Loader.loadPDF(views.annotatedPdf(pdf, "abc", r))) {
            PDAnnotationText note = out.getPage(0).getAnnotations().stream()
                    .filter(a -> a instanceof PDAnnotationText).map(a -> (PDAnnotationText) a).findFirst()
                    .orElseThrow(() -> new AssertionError("a note for the number outside the crop box"));
            assertTrue(note.getContents().contains("裁切区外"));
            PDRectangle n = note.getRectangle();
            PDRectangle crop = OFFSET_CROP;
            assertTrue(n.getLowerLeftX() >= crop.getLowerLeftX() && n.getUpperRightX() <= crop.getUpperRightX()
                    && n.getLowerLeftY() >= crop.getLowerLeftY() && n.getUpperRightY() <= crop.getUpperRightY(),
                    () -> "note " + n + " inside the crop box");
            // At the top-left of the page as displayed: rotated 90°, the crop box's lower-left corner.
            assertTrue(n.getLowerLeftX() - crop.getLowerLeftX() < 40 && n.getLowerLeftY() - crop.getLowerLeftY() < 40,
                    () -> "note " + n + " at the displayed top-left");
            assertTrue(note.isNoRotate(), "the icon stays upright on the turned page");
        }
    }

    /** A string's glyph run on the displayed page, in points from the displayed top-left. */
    private record Run(double x, double y, double dx, double dy, double nx, double ny, double width) {
        double[] at(double along, double up) {
            return new double[]{x + dx * along + nx * up, y + dy * along + ny * up};
        }

        /** Points well inside the glyphs' boxes. */
        List<double[]> inside() {
            return List.of(at(width * 0.05, PlacedPdf.SIZE * 0.35), at(width * 0.95, PlacedPdf.SIZE * 0.35),
                    at(width * 0.5, PlacedPdf.SIZE * 0.1), at(width * 0.5, PlacedPdf.SIZE * 0.65));
        }

        /** Where a box around the run may reach at most. */
        Rectangle2D outer() {
            double[] a = at(-1.5, -PlacedPdf.SIZE * 0.4);
            double[] b = at(width + 1.5, PlacedPdf.SIZE * 1.1);
            Rectangle2D r = new Rectangle2D.Double(Math.min(a[0], b[0]), Math.min(a[1], b[1]), 0, 0);
            r.add(Math.max(a[0], b[0]), Math.max(a[1], b[1]));
            return r;
        }
    }

    private static Run run(PlacedPdf placed, PlacedPdf.Text t) throws IOException {
        // Baseline direction on screen (y down): the user-space angle less the page's clockwise turn.
        double a = Math.toRadians(placed.textAngle() - placed.rotation());
        return new Run(t.x(), t.y(), Math.cos(a), -Math.sin(a), -Math.sin(a), -Math.cos(a),
                PlacedPdf.width(font, t.text()));
    }

    private static Rectangle2D userBounds(PlacedPdf placed, Rectangle2D shown, double pad) {
        float[] a = placed.user((float) shown.getMinX(), (float) shown.getMinY());
        float[] b = placed.user((float) shown.getMaxX(), (float) shown.getMaxY());
        Rectangle2D r = new Rectangle2D.Double(Math.min(a[0], b[0]) - pad, Math.min(a[1], b[1]) - pad, 0, 0);
        r.add(Math.max(a[0], b[0]) + pad, Math.max(a[1], b[1]) + pad);
        return r;
    }

    private static Rectangle2D quadBounds(float[] q) {
        assertEquals(8, q.length, "one quad per number");
        Rectangle2D r = new Rectangle2D.Double(q[0], q[1], 0, 0);
        for (int i = 2; i < 8; i += 2) {
            r.add(q[i], q[i + 1]);
        }
        return r;
    }

    /** The box in pixels, grown by {@code grow} pixels: x0, y0, x1, y1 (exclusive). */
    private static int[] pixels(BufferedImage img, Highlight h, int grow) {
        return new int[]{
                Math.max(0, (int) Math.floor(h.x0() * img.getWidth()) - grow),
                Math.max(0, (int) Math.floor(h.y0() * img.getHeight()) - grow),
                Math.min(img.getWidth(), (int) Math.ceil(h.x1() * img.getWidth()) + grow),
                Math.min(img.getHeight(), (int) Math.ceil(h.y1() * img.getHeight()) + grow)};
    }

    private static boolean dark(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < DARK;
    }

    /**
     * The ink around the box (up to half a font size away; nothing else is printed that near) is
     * inside the box, and spans most of it along the longer side.
     */
    private static void assertInkUnder(BufferedImage img, Highlight h, String layout) {
        int grow = Math.round(PlacedPdf.SIZE * 0.5f * DPI / 72);
        int slack = Math.round(1.5f * DPI / 72) + 1;
        int[] box = pixels(img, h, 0);
        int[] near = pixels(img, h, grow);
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = near[1]; y < near[3]; y++) {
            for (int x = near[0]; x < near[2]; x++) {
                if (dark(img, x, y)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        String where = layout + ": " + h + " px " + box[0] + "," + box[1] + "-" + box[2] + "," + box[3]
                + " ink " + minX + "," + minY + "-" + maxX + "," + maxY;
        assertTrue(maxX >= 0, "ink near " + where);
        assertTrue(minX >= box[0] - slack && maxX < box[2] + slack && minY >= box[1] - slack && maxY < box[3] + slack,
                "ink inside " + where);
        boolean wide = box[2] - box[0] >= box[3] - box[1];
        double covered = wide ? (maxX - minX + 1.0) / (box[2] - box[0]) : (maxY - minY + 1.0) / (box[3] - box[1]);
        assertTrue(covered > 0.7, "ink spans the box: " + where);
    }

    /** Share of the box's pixels that the annotated rendering changed. */
    private static double changed(BufferedImage plain, BufferedImage marked, int[] px) {
        int n = 0;
        int diff = 0;
        for (int y = px[1]; y < px[3]; y++) {
            for (int x = px[0]; x < px[2]; x++) {
                n++;
                if (plain.getRGB(x, y) != marked.getRGB(x, y)) {
                    diff++;
                }
            }
        }
        return n == 0 ? 0 : (double) diff / n;
    }
}
