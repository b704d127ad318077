package org.selfeval.eval.corpus;

import org.selfeval.eval.corpus.CorpusScore.CodeRow;
import org.selfeval.eval.corpus.CorpusScore.Rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** The evaluation as text, laid out like score.py's report, ending with one SUMMARY line for scripts. */
public final class CorpusScoreFormatter {

    private CorpusScoreFormatter() {
    }

    public static String text(CorpusScore s, boolean verbose) {
        StringBuilder o = new StringBuilder();
        line(o, "files: %d in truth; processed ok %d; failed %d; absent from output %d; unknown in output %d",
                s.files(), s.ok(), s.failed().size(), s.absent().size(), s.unknown());
        s.failed().forEach(f -> line(o, "  failed: %s", f));
        s.absent().forEach(f -> line(o, "  absent: %s", f));
        Rates p = s.sections();
        line(o, "sections+attachments: truth missing %d, predicted %d; tp=%d fp=%d fn=%d; precision=%s recall=%s f1=%s"
                        + " (ignored conditional entries: %d)", p.tp() + p.fn(), p.tp() + p.fp(), p.tp(), p.fp(), p.fn(),
                f3(p.precision()), f3(p.recall()), f3(p.f1()), s.ignoredConditional());
        line(o, "completeness score exact (body, bodyMax, attachments, attachmentsMax): %d/%d = %s; total exact: %d/%d = %s",
                s.completenessExact(), s.files(), f3(s.completeness()), s.completenessTotalExact(), s.files(),
                f3(s.files() == 0 ? 0 : (double) s.completenessTotalExact() / s.files()));
        if (verbose) {
            s.sectionDetails().forEach(d -> line(o, "  %s: missed %s spurious %s", d.file(), d.missed(), d.spurious()));
        }
        Rates r = s.inconsistencies();
        line(o, "inconsistencies: truth required %d, recalled %d (+%d optional); findings counted %d, matching truth %d;"
                        + " precision=%s recall=%s f1=%s", s.required(), s.recalled(), s.optionalRecalled(),
                s.findingsCounted(), s.findingsMatching(), f3(r.precision()), f3(r.recall()), f3(r.f1()));
        line(o, "%-24s%6s%8s%8s%8s%8s", "code", "truth", "recall", "found", "prec", "f1");
        for (CodeRow c : s.perCode()) {
            line(o, "%-24s%6d%8s%8d%8s%8s", c.code(), c.truth(), f3(c.recall()), c.found(), f3(c.precision()), f3(c.f1()));
        }
        line(o, "false positives on clean documents: %d findings in %d of %d clean documents",
                s.cleanAlarms(), s.cleanDocsWithAlarms(), s.cleanDocs());
        if (verbose) {
            s.misses().forEach(m -> line(o, "  missed: %s %s %s", m.file(), m.code(), numbers(m.numbers())));
            s.unmatched().forEach(u -> line(o, "  unmatched finding: %s %s %s values=%s %s", u.file(), u.code(),
                    u.severity(), numbers(u.values()), u.message()));
        }
        o.append(summary(s)).append('\n');
        return o.toString();
    }

    /** The last line: score.py's SUMMARY fields plus completeness exact and clean-document alarms. */
    public static String summary(CorpusScore s) {
        Rates r = s.inconsistencies();
        return "SUMMARY recall=" + f3(r.recall()) + " precision=" + f3(r.precision()) + " f1=" + f3(r.f1())
                + " sections_f1=" + f3(s.sections().f1()) + " completeness=" + f3(s.completeness())
                + " clean_alarms=" + s.cleanAlarms();
    }

    /** Python's {@code :.3f}: the double's exact binary value rounded half-even. */
    static String f3(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String numbers(List<Double> values) {
        return values.stream().map(CorpusScoreFormatter::python).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A number as score.py lists it: plain decimal, no exponent. */
    private static String python(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).toPlainString() : Double.toString(v);
    }

    private static void line(StringBuilder o, String format, Object... args) {
        o.append(String.format(format, args)).append('\n');
    }
}
