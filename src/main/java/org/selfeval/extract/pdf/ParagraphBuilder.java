package org.selfeval.extract.pdf;

import org.selfeval.model.Box;
import org.selfeval.model.Paragraph;
import org.selfeval.model.TextStyle;
import org.selfeval.structure.NumberingToken;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins consecutive lines into paragraphs. A new paragraph starts at a vertical gap, a first-line
 * indent, a numbering token, a change of font size or weight, a centred line, or after a short
 * last line.
 */
final class ParagraphBuilder {

    private final int page;
    private final double left;
    private final double right;
    /** The right end of the page's widest line. */
    private final double widest;
    private final double lineStep;
    /** Font size of the lines lineStep was measured on; larger text has proportionally wider steps. */
    private final double stepSize;

    private ParagraphBuilder(int page, double left, double right, double widest, double lineStep, double stepSize) {
        this.page = page;
        this.left = left;
        this.right = right;
        this.widest = widest;
        this.lineStep = lineStep;
        this.stepSize = stepSize;
    }

    /** A builder calibrated on all body lines of a page (margins, usual line spacing). */
    static ParagraphBuilder forPage(int page, List<TextLine> lines) {
        if (lines.isEmpty()) {
            return new ParagraphBuilder(page, 0, 0, 0, 0, 0);
        }
        double left = mode(lines.stream().mapToDouble(TextLine::x0).toArray());
        double right = lines.stream().mapToDouble(TextLine::x1).sorted()
                .skip((long) (lines.size() * 0.8)).findFirst().orElse(0);
        List<double[]> steps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            double d = lines.get(i).baseline() - lines.get(i - 1).baseline();
            if (d > 0 && Math.abs(lines.get(i).fontSize() - lines.get(i - 1).fontSize()) < 0.5) {
                steps.add(new double[] {d, lines.get(i).fontSize()});
            }
        }
        steps.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] median = steps.isEmpty() ? new double[] {0, 0} : steps.get(steps.size() / 2);
        double widest = lines.stream().mapToDouble(TextLine::x1).max().orElse(0);
        return new ParagraphBuilder(page, left, right, widest, median[0], median[1]);
    }

    List<Paragraph> build(List<TextLine> lines) {
        List<Paragraph> out = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : lines) {
            if (!current.isEmpty() && startsNew(current.get(current.size() - 1), line)) {
                out.add(paragraph(current));
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            out.add(paragraph(current));
        }
        return out;
    }

    private boolean startsNew(TextLine prev, TextLine cur) {
        double size = Math.max(cur.fontSize(), 1);
        if (NumberingToken.parse(cur.text()) != null) {
            return true;
        }
        if (Math.abs(cur.fontSize() - prev.fontSize()) > 1 || cur.bold() != prev.bold()) {
            return true;
        }
        // A wrapped centred title keeps together; body text after a centred line starts anew.
        if (centered(prev) && !centered(cur)) {
            return true;
        }
        double step = cur.baseline() - prev.baseline();
        double usual = lineStep > 0 && stepSize > 0
                ? Math.min(lineStep * Math.max(1, size / stepSize), size * 2.2) : size * 1.5;
        if (step > usual * 1.3 + 1 || step < 0) {
            return true;
        }
        if (!centered(cur) && cur.x0() > left + 0.8 * size && cur.x0() > prev.x0() + 0.8 * size) {
            return true;
        }
        // A numbered line that stops well short of the widest line is a heading, not the first line
        // of a wrapped paragraph: on a sparse page of short headings and "无" the usual right edge
        // is the headings' own, and the heading would swallow its body.
        if (NumberingToken.parse(prev.text()) != null && prev.x1() < widest - 2 * size) {
            return true;
        }
        return prev.x1() < right - 2 * size;
    }

    private boolean centered(TextLine line) {
        double size = Math.max(line.fontSize(), 1);
        return right > left && line.x0() > left + 2 * size && line.x1() < right - 2 * size
                && Math.abs(line.centerX() - (left + right) / 2) < size;
    }

    private Paragraph paragraph(List<TextLine> lines) {
        String text = "";
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        Map<Double, Integer> sizes = new HashMap<>();
        int bold = 0, chars = 0;
        boolean allCentered = true;
        for (TextLine l : lines) {
            text = Cjk.join(text, l.text().strip());
            x0 = Math.min(x0, l.x0());
            y0 = Math.min(y0, l.y0());
            x1 = Math.max(x1, l.x1());
            y1 = Math.max(y1, l.y1());
            int n = l.text().length();
            sizes.merge(l.fontSize(), n, Integer::sum);
            bold += l.bold() ? n : 0;
            chars += n;
            allCentered &= centered(l);
        }
        Double size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        TextStyle style = new TextStyle(size, bold * 2 > chars, null, null, allCentered);
        return new Paragraph(text, page, style, false, new Box(page, x0, y0, x1, y1));
    }

    /** The most common value, rounded to 2 pt: the body's left edge. */
    private static double mode(double[] values) {
        Map<Long, Integer> counts = new HashMap<>();
        for (double v : values) {
            counts.merge(Math.round(v / 2), 1, Integer::sum);
        }
        long best = counts.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey())).map(Map.Entry::getKey).orElse(0L);
        double min = Double.MAX_VALUE;
        for (double v : values) {
            if (Math.round(v / 2) == best) {
                min = Math.min(min, v);
            }
        }
        return min;
    }
}
