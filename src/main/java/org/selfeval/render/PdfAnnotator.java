package org.selfeval.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.selfeval.engine.ReportResult;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the findings to a PDF as annotations a reviewer can send back: per finding and page, one
 * highlight over the located numbers (red for errors, orange for warnings, blue for notes) whose
 * comment is the finding's message; a finding with nothing located gets a sticky note at the top
 * of its page. The page content itself is left untouched.
 */
final class PdfAnnotator {

    static final String AUTHOR = "selfeval";
    private static final float PAD = 1f;
    private static final float NOTE_SIZE = 18f;
    private static final float NOTE_MARGIN = 12f;

    /** A located value with its box in points (origin top-left of the unrotated crop box). */
    record Box(int finding, int page, float[] points) {
    }

    private PdfAnnotator() {
    }

    static void annotate(PDDocument doc, ReportResult result, List<Box> boxes) throws IOException {
        List<Finding> findings = result.findings() == null ? List.of() : result.findings();
        Map<Integer, Map<Integer, List<float[]>>> byFinding = new HashMap<>();
        for (Box b : boxes) {
            byFinding.computeIfAbsent(b.finding(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(b.page(), k -> new ArrayList<>()).add(b.points());
        }
        Map<Integer, Integer> notesOnPage = new HashMap<>();
        int pageCount = doc.getNumberOfPages();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Map<Integer, List<float[]>> pages = byFinding.get(i);
            if (pages == null) {
                int page = pageOf(f, pageCount);
                int k = notesOnPage.merge(page, 1, Integer::sum) - 1;
                stickyNote(doc, doc.getPage(page - 1), f, k);
            } else {
                for (Map.Entry<Integer, List<float[]>> e : pages.entrySet()) {
                    highlight(doc, doc.getPage(e.getKey() - 1), f, e.getValue());
                }
            }
        }
    }

    /** The comment text: the code's Chinese name, the finding's message and its comparison line. */
    static String comment(Finding f) {
        String name = f.code() == null ? "" : "【" + org.selfeval.report.FindingCodes.defaults().name(f.code()) + "】";
        String comparison = org.selfeval.report.FindingWording.comparison(f);
        return name + f.message() + (comparison.isEmpty() ? "" : "（" + comparison + "）");
    }

    static float[] colour(Severity s) {
        return switch (s == null ? Severity.INFO : s) {
            case ERROR -> new float[]{0.9f, 0.1f, 0.1f};
            case WARNING -> new float[]{1f, 0.6f, 0f};
            case INFO -> new float[]{0.3f, 0.55f, 1f};
        };
    }

    private static int pageOf(Finding f, int pageCount) {
        for (Finding.Value v : f.values()) {
            if (v.page() >= 1 && v.page() <= pageCount) {
                return v.page();
            }
        }
        return 1;
    }

    private static void highlight(PDDocument doc, PDPage page, Finding f, List<float[]> boxes) throws IOException {
        PDRectangle crop = page.getCropBox();
        float[] quads = new float[boxes.size() * 8];
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < boxes.size(); i++) {
            float[] b = boxes.get(i);
            float x0 = crop.getLowerLeftX() + b[0] - PAD;
            float x1 = crop.getLowerLeftX() + b[2] + PAD;
            float top = crop.getUpperRightY() - b[1] + PAD;
            float bottom = crop.getUpperRightY() - b[3] - PAD;
            System.arraycopy(quad(x0, bottom, x1, top, (int) b[4]), 0, quads, i * 8, 8);
            minX = Math.min(minX, x0);
            maxX = Math.max(maxX, x1);
            minY = Math.min(minY, bottom);
            maxY = Math.max(maxY, top);
        }
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        h.setRectangle(new PDRectangle(minX, minY, maxX - minX, maxY - minY));
        h.setQuadPoints(quads);
        describe(h, f);
        h.setConstantOpacity(0.4f);
        PDAnnotationPopup popup = new PDAnnotationPopup();
        popup.setRectangle(new PDRectangle(Math.min(maxX + 4, crop.getUpperRightX() - 200), Math.max(maxY - 100,
                crop.getLowerLeftY()), 200, 100));
        popup.setParent(h);
        popup.setOpen(false);
        h.setPopup(popup);
        h.constructAppearances(doc);
        page.getAnnotations().add(h);
        page.getAnnotations().add(popup);
    }

    /**
     * The rectangle's corners as upper-left, upper-right, lower-left, lower-right seen along the
     * text's baseline (angle in user space, counter-clockwise): the order viewers expect, which
     * for a landscape table on a turned page is not the user-space order.
     */
    static float[] quad(float x0, float y0, float x1, float y1, int angle) {
        return switch (angle) {
            case 90 -> new float[]{x0, y0, x0, y1, x1, y0, x1, y1};
            case 180 -> new float[]{x1, y0, x0, y0, x1, y1, x0, y1};
            case 270 -> new float[]{x1, y1, x1, y0, x0, y1, x0, y0};
            default -> new float[]{x0, y1, x1, y1, x0, y0, x1, y0};
        };
    }

    /** The user-space point shown at (x, y) points from the top-left of the page as displayed. */
    static float[] user(PDPage page, float x, float y) {
        PDRectangle crop = page.getCropBox();
        float w = crop.getWidth();
        float h = crop.getHeight();
        // (u, v) from the unrotated crop box's top-left; /Rotate turns the page clockwise.
        float[] uv = switch (Math.floorMod(page.getRotation(), 360)) {
            case 90 -> new float[]{y, h - x};
            case 180 -> new float[]{w - x, h - y};
            case 270 -> new float[]{w - y, x};
            default -> new float[]{x, y};
        };
        return new float[]{crop.getLowerLeftX() + uv[0], crop.getUpperRightY() - uv[1]};
    }

    private static void stickyNote(PDDocument doc, PDPage page, Finding f, int index) throws IOException {
        PDRectangle crop = page.getCropBox();
        int rotation = Math.floorMod(page.getRotation(), 360);
        float shownWidth = rotation == 90 || rotation == 270 ? crop.getHeight() : crop.getWidth();
        // Several notes on one page sit side by side along the top edge of the page as displayed.
        float x = NOTE_MARGIN + NOTE_SIZE / 2
                + (index * (NOTE_SIZE + 4)) % Math.max(1, shownWidth - 2 * NOTE_MARGIN - NOTE_SIZE);
        float[] centre = user(page, x, NOTE_MARGIN + NOTE_SIZE / 2);
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(centre[0] - NOTE_SIZE / 2, centre[1] - NOTE_SIZE / 2, NOTE_SIZE, NOTE_SIZE));
        // The icon stays upright on a turned page, as viewers draw their own notes.
        note.setNoRotate(true);
        note.setName(PDAnnotationText.NAME_COMMENT);
        note.setOpen(false);
        describe(note, f);
        note.constructAppearances(doc);
        page.getAnnotations().add(note);
    }

    private static void describe(PDAnnotationMarkup a, Finding f) {
        a.setContents(comment(f));
        a.setTitlePopup(AUTHOR);
        a.setSubject(org.selfeval.report.FindingCodes.defaults().name(f.code()));
        a.setColor(new PDColor(colour(f.severity()), PDDeviceRGB.INSTANCE));
        a.setCreationDate(Calendar.getInstance());
        a.setModifiedDate(Calendar.getInstance());
        a.setPrinted(true);
    }
}
