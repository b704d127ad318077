package org.selfeval.eval.tables;

import org.selfeval.model.Box;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs detected tables with ground-truth tables one-to-one by region overlap on the same page.
 * Overlap is intersection / smaller area, so a table found slightly larger or smaller than the
 * annotated region still pairs; pairs below {@link #MIN_OVERLAP} are not matches. Eligible pairs
 * are taken greedily by intersection-over-union, which is exact for the separate tables of real pages.
 */
public final class TableMatcher {

    public static final double MIN_OVERLAP = 0.5;

    /** A ground-truth index paired with a detected index; either side may be -1 (unmatched). */
    public record Pair(int groundTruth, int detected, double overlap, double iou) {
    }

    private TableMatcher() {
    }

    public static List<Pair> match(List<GroundTruthTable> groundTruth, List<Table> detected) {
        List<Pair> candidates = new ArrayList<>();
        for (int g = 0; g < groundTruth.size(); g++) {
            for (int d = 0; d < detected.size(); d++) {
                Box gt = groundTruth.get(g).region();
                Box det = Regions.of(detected.get(d));
                double o = overlap(gt, det);
                if (o >= MIN_OVERLAP) {
                    candidates.add(new Pair(g, d, o, iou(gt, det)));
                }
            }
        }
        // IoU decides among eligible pairs, so a small fragment inside a table does not take the
        // place of the detected table that covers it all.
        candidates.sort(Comparator.comparingDouble(Pair::iou).reversed());
        boolean[] gUsed = new boolean[groundTruth.size()];
        boolean[] dUsed = new boolean[detected.size()];
        List<Pair> out = new ArrayList<>();
        for (Pair p : candidates) {
            if (!gUsed[p.groundTruth()] && !dUsed[p.detected()]) {
                gUsed[p.groundTruth()] = true;
                dUsed[p.detected()] = true;
                out.add(p);
            }
        }
        for (int g = 0; g < gUsed.length; g++) {
            if (!gUsed[g]) {
                out.add(new Pair(g, -1, 0, 0));
            }
        }
        for (int d = 0; d < dUsed.length; d++) {
            if (!dUsed[d]) {
                out.add(new Pair(-1, d, 0, 0));
            }
        }
        return out;
    }

    static double iou(Box a, Box b) {
        double inter = Regions.intersection(a, b);
        double union = Regions.area(a) + Regions.area(b) - inter;
        return union <= 0 ? 0 : inter / union;
    }

    static double overlap(Box a, Box b) {
        if (a == null || b == null) {
            return 0;
        }
        double smaller = Math.min(Regions.area(a), Regions.area(b));
        return smaller <= 0 ? 0 : Regions.intersection(a, b) / smaller;
    }
}
