package org.selfeval.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Joins collinear, overlapping or touching rulings (cells drawn one by one share edges). */
final class RulingMerger {

    private RulingMerger() {
    }

    static List<Ruling> merge(List<Ruling> rulings, boolean horizontal, double tol) {
        List<Ruling> same = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal) {
                same.add(r);
            }
        }
        same.sort(Comparator.comparingDouble(Ruling::pos));
        List<Ruling> out = new ArrayList<>();
        int i = 0;
        while (i < same.size()) {
            int j = i;
            double sum = 0;
            while (j < same.size() && same.get(j).pos() - same.get(i).pos() <= tol) {
                sum += same.get(j).pos();
                j++;
            }
            double pos = sum / (j - i);
            List<Ruling> group = new ArrayList<>(same.subList(i, j));
            group.sort(Comparator.comparingDouble(Ruling::start));
            double start = group.get(0).start(), end = group.get(0).end();
            for (Ruling r : group.subList(1, group.size())) {
                if (r.start() <= end + tol) {
                    end = Math.max(end, r.end());
                } else {
                    out.add(new Ruling(horizontal, pos, start, end));
                    start = r.start();
                    end = r.end();
                }
            }
            out.add(new Ruling(horizontal, pos, start, end));
            i = j;
        }
        return out;
    }

    /** Distinct positions of rulings, clustered within {@code tol}, ascending. */
    static List<Double> positions(List<Ruling> rulings, double tol) {
        List<Double> ps = new ArrayList<>();
        for (Ruling r : rulings) {
            ps.add(r.pos());
        }
        ps.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        int i = 0;
        while (i < ps.size()) {
            int j = i;
            double sum = 0;
            while (j < ps.size() && ps.get(j) - ps.get(i) <= tol) {
                sum += ps.get(j);
                j++;
            }
            out.add(sum / (j - i));
            i = j;
        }
        return out;
    }
}
