package org.selfeval.eval.tables;

import java.util.Locale;

/** The evaluation report as a readable text table. */
public final class ReportFormatter {

    private ReportFormatter() {
    }

    public static String text(EvaluationReport report, boolean verbose) {
        StringBuilder sb = new StringBuilder();
        EvaluationReport.Icdar icdar = report.icdar();
        sb.append("ICDAR 2013 structure: cell-adjacency relations (").append(report.corpus()).append(")\n");
        sb.append(String.format(Locale.ROOT, "%-14s %4s %4s %5s %7s %7s %7s %6s %6s %6s%n",
                "file", "GT", "det", "match", "GT-rel", "det-rel", "correct", "P", "R", "F1"));
        for (IcdarDocumentResult d : icdar.documents()) {
            RelationScore s = d.score();
            sb.append(String.format(Locale.ROOT, "%-14s %4d %4d %5d %7d %7d %7d %6.3f %6.3f %6.3f%n",
                    d.file(), d.groundTruthTables(), d.detectedTables(), d.matchedTables(),
                    s.groundTruth(), s.detected(), s.correct(), s.precision(), s.recall(), s.f1()));
            if (d.failure() != null) {
                sb.append("    extraction failed: ").append(d.failure()).append('\n');
            }
            if (verbose) {
                d.tables().forEach(t -> appendTable(sb, t));
            }
        }
        RelationScore m = icdar.micro();
        sb.append(String.format(Locale.ROOT, "%-14s %4s %4s %5s %7d %7d %7d %6.3f %6.3f %6.3f%n",
                "micro (pooled)", "", "", "", m.groundTruth(), m.detected(), m.correct(),
                m.precision(), m.recall(), m.f1()));
        sb.append(String.format(Locale.ROOT, "macro F1 (mean over %d documents): %.3f%n%n",
                icdar.documents().size(), icdar.macroF1()));

        EvaluationReport.Cases cases = report.cases();
        sb.append("tabula/camelot oracles: reproduced exactly\n");
        for (CaseResult r : cases.results()) {
            String mark = switch (r.status()) {
                case EXACT, EXPECTED_FAILURE -> "✓";
                default -> "✗";
            };
            sb.append(String.format(Locale.ROOT, "%s %-8s %-45s %-16s %s%n", mark,
                    r.mode().name().toLowerCase(Locale.ROOT), r.name(), r.status(), detail(r)));
        }
        sb.append(share("lattice", cases.lattice())).append("  (target ≥ 90%)\n");
        sb.append(share("stream", cases.stream())).append('\n');
        sb.append(String.format(Locale.ROOT, "expected failures: %d of %d failed as expected%n",
                cases.expectedFailuresAsExpected(), cases.expectedFailures()));
        return sb.toString();
    }

    private static void appendTable(StringBuilder sb, IcdarDocumentResult.TableResult t) {
        RelationScore s = t.score();
        String label = t.groundTruthId() == null ? "(no GT table)" : "GT table " + t.groundTruthId();
        String ours = t.detected() == 0 ? "not found" : "our #" + t.detected();
        sb.append(String.format(Locale.ROOT, "    p%-3d %-14s %-10s rel %d/%d/%d  P %.3f R %.3f F1 %.3f%n",
                t.page(), label, ours, s.groundTruth(), s.detected(), s.correct(), s.precision(), s.recall(), s.f1()));
        t.sampleMissed().forEach(x -> sb.append("        missed:   ").append(x.replace('\n', ' ')).append('\n'));
        t.sampleSpurious().forEach(x -> sb.append("        spurious: ").append(x.replace('\n', ' ')).append('\n'));
    }

    private static String detail(CaseResult r) {
        if (r.difference() != null) {
            return r.ourShape() == null ? r.difference()
                    : r.difference() + " [expected " + r.expectedShape() + ", ours " + r.ourShape() + "]";
        }
        return r.ourShape() != null ? r.ourShape() : "";
    }

    private static String share(String label, EvaluationReport.Share s) {
        return String.format(Locale.ROOT, "%s: %d of %d exact (%.1f%%)", label, s.exact(), s.total(), 100 * s.share());
    }
}
