package org.selfeval.eval.tables;

import org.selfeval.model.Box;

/**
 * A tabula-style selection area: top, left, bottom, right in PDF points from the top-left corner,
 * or in percent of the page when {@code percent} (tabula's {@code -a %0,0,100,50}).
 */
public record Area(double top, double left, double bottom, double right, boolean percent) {

    /** Parses "top,left,bottom,right" or "%top,left,bottom,right". */
    public static Area parse(String text) {
        String s = text.trim();
        boolean percent = s.startsWith("%");
        String[] parts = (percent ? s.substring(1) : s).split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("area needs top,left,bottom,right: " + text);
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = Double.parseDouble(parts[i].trim());
        }
        return new Area(v[0], v[1], v[2], v[3], percent);
    }

    public Box on(int page, PageFrame frame) {
        if (!percent) {
            return new Box(page, left, top, right, bottom);
        }
        return new Box(page, frame.width() * left / 100, frame.height() * top / 100,
                frame.width() * right / 100, frame.height() * bottom / 100);
    }
}
