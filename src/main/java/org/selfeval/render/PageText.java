package org.selfeval.render;

import org.selfeval.figures.AmountParser;

import java.util.ArrayList;
import java.util.List;

/**
 * The printed characters of one PDF page in reading order, each with its box, so that a number
 * or label found in the text can be mapped back to where it is drawn.
 *
 * <p>{@link #text()} holds the characters compatibility-normalised (full-width digits, ％ and ．
 * become ASCII; the CJK comma is kept so it is never read as a thousands separator) with a
 * single space between words and lines. {@link #compact()} is the same without spaces, for
 * Chinese labels that a table cell may wrap.
 */
final class PageText {

    private final int page;
    private final float width;
    private final float height;
    private final int rotation;
    private final String text;
    private final float[][] boxes;
    private final String compact;
    private final int[] compactToText;

    PageText(int page, float width, float height, int rotation, String text, List<float[]> boxes) {
        this.page = page;
        this.width = width;
        this.height = height;
        this.rotation = rotation;
        this.text = text;
        this.boxes = boxes.toArray(new float[0][]);
        StringBuilder c = new StringBuilder(text.length());
        List<Integer> map = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                c.append(text.charAt(i));
                map.add(i);
            }
        }
        // Snippets come from text normalised by AmountParser (a grouping "，" becomes ","): the page's
        // compact form gets the same one-for-one mapping so that they can be found in it.
        this.compact = AmountParser.normalise(c.toString());
        this.compactToText = map.stream().mapToInt(Integer::intValue).toArray();
    }

    int page() {
        return page;
    }

    String text() {
        return text;
    }

    String compact() {
        return compact;
    }

    /** Index in {@link #text()} of a character of {@link #compact()}. */
    int textIndex(int compactIndex) {
        return compactToText[compactIndex];
    }

    /** The compact index of a text index (the next printed character at or after it). */
    int compactIndex(int textIndex) {
        int lo = 0;
        int hi = compactToText.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compactToText[mid] < textIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The box (points, origin top-left of the unrotated crop box: x0, y0, x1, y1, then the
     * baseline's angle in user space, 0, 90, 180 or 270 degrees counter-clockwise) around the
     * characters text[from, to); glyphs on a later line than the first are left out so a box
     * never spans two lines.
     */
    float[] box(int from, int to) {
        float[] first = null;
        float[] u = null;
        for (int i = from; i < to; i++) {
            float[] b = boxes[i];
            if (b == null) {
                continue;
            }
            if (first == null) {
                first = b;
                u = b.clone();
            } else if (sameLine(first, b)) {
                u[0] = Math.min(u[0], b[0]);
                u[1] = Math.min(u[1], b[1]);
                u[2] = Math.max(u[2], b[2]);
                u[3] = Math.max(u[3], b[3]);
            }
        }
        return u;
    }

    /** Same baseline direction, and across it the two glyphs' middles are less than half a glyph apart. */
    private static boolean sameLine(float[] first, float[] b) {
        if (first[4] != b[4]) {
            return false;
        }
        // A baseline at 90 or 270 degrees runs down the unrotated page: its lines are columns.
        int across = first[4] == 90 || first[4] == 270 ? 0 : 1;
        float middle = (first[across] + first[across + 2]) / 2;
        return Math.abs((b[across] + b[across + 2]) / 2 - middle) < (first[across + 2] - first[across]) * 0.5f;
    }

    /** Centre (x, y) in points of the characters text[from, to). */
    float[] centre(int from, int to) {
        float[] b = box(from, to);
        return b == null ? null : new float[]{(b[0] + b[2]) / 2, (b[1] + b[3]) / 2};
    }

    /**
     * A box in points as fractions of the page as displayed (after /Rotate), origin top-left:
     * x0, y0, x1, y1.
     */
    double[] fractions(float[] b) {
        double fx0 = clamp(b[0] / width);
        double fy0 = clamp(b[1] / height);
        double fx1 = clamp(b[2] / width);
        double fy1 = clamp(b[3] / height);
        return switch (rotation) {
            case 90 -> new double[]{1 - fy1, fx0, 1 - fy0, fx1};
            case 180 -> new double[]{1 - fx1, 1 - fy1, 1 - fx0, 1 - fy0};
            case 270 -> new double[]{fy0, 1 - fx1, fy1, 1 - fx0};
            default -> new double[]{fx0, fy0, fx1, fy1};
        };
    }

    /** Page width in points (unrotated crop box). */
    float width() {
        return width;
    }

    float height() {
        return height;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
