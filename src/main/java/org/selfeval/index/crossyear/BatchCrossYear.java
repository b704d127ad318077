package org.selfeval.index.crossyear;

import org.selfeval.engine.ReportResult;
import org.selfeval.index.CrossYear;
import org.selfeval.index.IndexedReport;
import org.selfeval.index.IndexedReportBuilder;
import org.selfeval.model.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-year checks among the files of one {@code selfeval check} batch: the same rules as at index
 * time ({@link CrossYear}), run once every file is checked, each report compared with the other
 * reports of its department. Holds only the figures-only form of each report.
 */
public final class BatchCrossYear {

    private final IndexedReportBuilder builder;
    private final List<CrossYear> checks;

    public BatchCrossYear(IndexedReportBuilder builder, List<CrossYear> checks) {
        this.builder = builder;
        this.checks = List.copyOf(checks);
    }

    /** The results in the same order, each with the cross-year findings it gets from the others. */
    public List<ReportResult> apply(List<ReportResult> results) {
        Map<String, List<IndexedReport>> byDepartment = new HashMap<>();
        List<IndexedReport> slim = new ArrayList<>();
        for (ReportResult r : results) {
            IndexedReport s = r.isOk() && r.report() != null && r.report().department() != null
                    && r.report().year() != null ? builder.slim(r) : null;
            slim.add(s);
            if (s != null) {
                byDepartment.computeIfAbsent(s.department(), k -> new ArrayList<>()).add(s);
            }
        }
        List<ReportResult> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            IndexedReport s = slim.get(i);
            List<IndexedReport> family = s == null ? List.of() : byDepartment.get(s.department());
            if (family.size() < 2) {
                out.add(results.get(i));
                continue;
            }
            List<IndexedReport> others = family.stream().filter(o -> o != s).toList();
            List<Finding> found = new ArrayList<>();
            for (CrossYear check : checks) {
                // The index puts a pair's findings on whichever report is indexed; here each pair is
                // seen from both sides, so keep only the findings of the later report of a pair (both ends
                // put one finding on an earlier report that the labelled corpus does not expect there).
                for (IndexedReport earlier : others.stream().filter(o -> o.year() == s.year() - 1).toList()) {
                    found.addAll(check.compare(s, List.of(earlier)));
                }
            }
            if (found.isEmpty()) {
                out.add(results.get(i));
            } else {
                List<Finding> all = new ArrayList<>(results.get(i).findings() == null ? List.of() : results.get(i).findings());
                all.addAll(found);
                out.add(results.get(i).withFindings(all));
            }
        }
        return out;
    }
}
