package org.selfeval.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.selfeval.synth.CjkFont;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF with a /Rotate entry and a crop box of its own, its strings placed where the page
 * as displayed shows them (x, y of the glyph origin from the displayed top-left, in points). The
 * strings are drawn reading left to right on the displayed page (a landscape table exported as a
 * rotated page) or, when {@code sideways}, along the user space's x axis (turned with the page).
 */
final class PlacedPdf {

    static final float SIZE = 12;

    record Text(float x, float y, String text) {
    }

    private final PDRectangle media;
    private final PDRectangle crop;
    private final int rotation;
    private final boolean sideways;
    private final List<Text> texts = new ArrayList<>();
    private final List<float[]> userTexts = new ArrayList<>();
    private final List<String> userStrings = new ArrayList<>();

    PlacedPdf(PDRectangle media, PDRectangle crop, int rotation, boolean sideways) {
        this.media = media;
        this.crop = crop;
        this.rotation = rotation;
        this.sideways = sideways;
    }

    PlacedPdf text(float x, float y, String text) {
        texts.add(new Text(x, y, text));
        return this;
    }

    /** A string drawn at a user-space point, upright in user space (e.g. outside the crop box). */
    PlacedPdf userText(float x, float y, String text) {
        userTexts.add(new float[]{x, y});
        userStrings.add(text);
        return this;
    }

    /** Displayed page size in points: width, height. */
    float[] displayed() {
        boolean turned = rotation == 90 || rotation == 270;
        return turned ? new float[]{crop.getHeight(), crop.getWidth()} : new float[]{crop.getWidth(), crop.getHeight()};
    }

    /** The user-space point shown at (x, y) from the displayed top-left (page rotated clockwise). */
    float[] user(float x, float y) {
        float w = crop.getWidth();
        float h = crop.getHeight();
        // (u, v): from the unrotated crop box's top-left.
        float[] uv = switch (rotation) {
            case 90 -> new float[]{y, h - x};
            case 180 -> new float[]{w - x, h - y};
            case 270 -> new float[]{w - y, x};
            default -> new float[]{x, y};
        };
        return new float[]{crop.getLowerLeftX() + uv[0], crop.getUpperRightY() - uv[1]};
    }

    int rotation() {
        return rotation;
    }

    /** The angle (degrees, counter-clockwise) of the strings' baseline in user space. */
    int textAngle() {
        return sideways ? 0 : rotation;
    }

    Path write(CjkFont font, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, font.font(), true);
            PDPage page = new PDPage(media);
            page.setCropBox(crop);
            page.setRotation(rotation);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Text t : texts) {
                    float[] at = user(t.x(), t.y());
                    draw(cs, f, Matrix.getRotateInstance(Math.toRadians(textAngle()), at[0], at[1]), t.text());
                }
                for (int i = 0; i < userTexts.size(); i++) {
                    float[] at = userTexts.get(i);
                    draw(cs, f, Matrix.getTranslateInstance(at[0], at[1]), userStrings.get(i));
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void draw(PDPageContentStream cs, PDType0Font f, Matrix m, String s) throws IOException {
        cs.beginText();
        cs.setFont(f, SIZE);
        cs.setTextMatrix(m);
        cs.showText(s);
        cs.endText();
    }

    /** The advance width of a string in points. */
    static float width(CjkFont font, String s) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            return PDType0Font.load(doc, font.font(), true).getStringWidth(s) / 1000f * SIZE;
        }
    }
}
