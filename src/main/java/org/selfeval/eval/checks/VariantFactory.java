package org.selfeval.eval.checks;

import org.selfeval.eval.checks.Gold.Allowed;
import org.selfeval.eval.checks.Gold.Expected;
import org.selfeval.model.Severity;
import org.selfeval.profile.ProfileRegistry;
import org.selfeval.profile.RuleProfile;
import org.selfeval.sections.SectionReport;
import org.selfeval.synth.Figure;
import org.selfeval.synth.ProfileReport;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.TableSpec;
import org.selfeval.synth.TableSpec.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Derives labelled variants from a clean generated report: one defect injected (or none), with
 * the gold findings, missing parts, completeness and profile a correct checker must report.
 * Injected differences are far beyond the tolerances (≥ 0.3 万元, ≥ 2 points, ≥ 2 pp).
 */
public final class VariantFactory {

    private static final Severity E = Severity.ERROR;
    private static final Severity W = Severity.WARNING;

    private final ProfileRegistry profiles;

    public VariantFactory(ProfileRegistry profiles) {
        this.profiles = profiles;
    }

    /** A labelled report: the changed spec and its gold (file and format are filled in on writing). */
    public record Variant(ProfileReport report, Gold gold) {
    }

    /** The variant of this kind, or empty when the kind does not apply to this report. */
    public Optional<Variant> make(VariantKind kind, ProfileReport base, Random rnd) {
        Injection inj = new Injection(base);
        boolean applied = switch (kind) {
            case CLEAN -> true;
            case MISSING_SECTION -> removeSections(inj, rnd);
            case RENAMED_HEADINGS -> renameHeadings(inj, rnd);
            case MISSING_ATTACHMENT -> removeAttachment(inj, rnd);
            case SUM_INCOME -> Injections.sumIncome(inj, rnd);
            case SUM_THREE_PUBLIC -> Injections.sumThreePublic(inj, rnd);
            case SUM_PROSE_PERSONNEL -> Injections.sumProsePersonnel(inj, rnd);
            case SUM_PROJECT_FUNDING -> Injections.sumProjectFunding(inj, rnd);
            case RATIO_EXECUTION -> Injections.ratioExecution(inj, rnd);
            case RATIO_SHARE -> Injections.ratioShare(inj, rnd);
            case DIFF_THREE_PUBLIC -> Injections.diffThreePublic(inj, rnd);
            case TEXT_TABLE_TOTAL -> Injections.textTableTotal(inj, rnd);
            case CONFLICTING_WAGES -> Injections.conflictingWages(inj, rnd);
            case SCORE_OVER_WEIGHT -> Injections.scoreOverWeight(inj, rnd);
            case SCORE_TOTAL -> Injections.scoreTotal(inj, rnd);
            case WEIGHT_OFF -> Injections.weightOff(inj, rnd);
            case DEVIATION_UNEXPLAINED -> Injections.deviationUnexplained(inj, rnd);
            case YEAR_TABLE -> Injections.yearTable(inj, rnd);
            case BUDGET_ADJUSTMENT_UNEXPLAINED -> RuleInjections.budgetAdjustmentUnexplained(inj, rnd);
            case GRADE_OFF_BAND -> RuleInjections.gradeOffBand(inj, rnd);
            case TEMPLATE_DASH_FILLED -> RuleInjections.templateDashFilled(inj, rnd);
            case WIDE_CLEAN -> WideInjections.clean(inj, rnd);
            case WIDE_STATED_CHANGE -> WideInjections.statedChange(inj, rnd);
            case WIDE_BALANCE -> WideInjections.balance(inj, rnd);
            case WIDE_PROSE_RATE -> WideInjections.proseRate(inj, rnd);
            case WIDE_LIST_PART -> WideInjections.listPart(inj, rnd);
            case WIDE_YUAN_TABLE_PART -> WideInjections.yuanTablePart(inj, rnd);
            case WIDE_FORM_LINK -> WideInjections.formLink(inj, rnd);
        };
        if (!applied) {
            return Optional.empty();
        }
        return Optional.of(new Variant(inj.report, gold(kind, inj)));
    }

    private Gold gold(VariantKind kind, Injection inj) {
        RuleProfile profile = profiles.byId(inj.report.profileId())
                .orElseThrow(() -> new IllegalStateException("profile not configured: " + inj.report.profileId()));
        List<Expected> expected = new ArrayList<>(inj.expected);
        List<Allowed> allowed = new ArrayList<>(inj.allowed);
        baseline(inj, expected, allowed);
        List<Gold.MissingPart> missing = new ArrayList<>();
        for (RuleProfile.Part part : profile.bodyParts()) {
            if (!inj.report.sectionParts().contains(part.id())) {
                missing.add(new Gold.MissingPart("section", part.title()));
            }
        }
        int missingBody = missing.size();
        int missingAtt = 0;
        for (RuleProfile.Part part : profile.attachments().required()) {
            boolean present = inj.report.tableParts().entrySet().stream()
                    .anyMatch(e -> e.getValue().equals(part.id()) && inj.report.spec().table(e.getKey()) != null);
            if (!present) {
                missing.add(new Gold.MissingPart("attachment", part.title()));
                missingAtt++;
            }
        }
        RuleProfile.Completeness c = profile.scoring().completeness();
        SectionReport.Completeness completeness = new SectionReport.Completeness(
                Math.max(0, c.bodyMax() - c.bodyPerMissing() * missingBody), c.bodyMax(),
                Math.max(0, c.attMax() - c.attPerMissing() * missingAtt), c.attMax());
        return new Gold(null, null, kind.slug(), profile.id(), kind.clean(),
                expected, allowed, missing, completeness);
    }

    /**
     * What every report of the generator legitimately shows: the seed's execution-rate score
     * convention (floor) against the linear rule (T2 warning), and warnings a careful checker may
     * raise on generated data (row-score plausibility, deviation notes, staff counts).
     */
    private static void baseline(Injection inj, List<Expected> expected, List<Allowed> allowed) {
        ReportSpec spec = inj.report.spec();
        boolean scoredTable = spec.table(Kind.SELF_EVALUATION) != null || spec.table(Kind.PROJECT_SELF_EVALUATION) != null;
        BigDecimal rate = figure(spec, "execution.rate");
        BigDecimal score = figure(spec, "score.execution");
        if (scoredTable && rate != null && score != null && !inj.execRateTouched) {
            double linear = Math.min(rate.doubleValue(), 100) / 10;
            if (Math.abs(linear - score.doubleValue()) > 0.1 + 1e-9) {
                expected.add(new Expected("SCORE_MISMATCH", "T2", W,
                        "预算执行率得分" + score.toPlainString() + " vs 执行率×10=" + String.format("%.2f", linear)));
            }
        }
        allowed.add(new Allowed("SCORE_MISMATCH", "T11", W));
        // T12 only: a T13 finding on a report that explains its adjustment is a false alarm.
        allowed.add(new Allowed("DEVIATION_UNEXPLAINED", "T12", W));
        allowed.add(new Allowed("CONFLICTING_VALUES", "X10", W));
        allowed.add(new Allowed("TEXT_TABLE_MISMATCH", "X10", W));
    }

    static BigDecimal figure(ReportSpec spec, String key) {
        return spec.figures().stream().filter(f -> f.key().equals(key)).map(Figure::value).findFirst().orElse(null);
    }

    private static boolean removeSections(Injection inj, Random rnd) {
        List<Integer> required = new ArrayList<>();
        for (int i = 0; i < inj.report.sectionParts().size(); i++) {
            if (inj.report.sectionParts().get(i) != null) {
                required.add(i);
            }
        }
        int n = Math.min(required.size(), rnd.nextInt(4) == 0 ? 2 : 1);
        java.util.Collections.shuffle(required, rnd);
        List<Integer> chosen = new ArrayList<>(required.subList(0, n));
        chosen.sort(java.util.Comparator.reverseOrder());
        boolean explained = RuleInjections.explainsAdjustment(inj.spec());
        for (int index : chosen) {
            inj.report = inj.report.withoutSection(index);
        }
        if (explained && !RuleInjections.explainsAdjustment(inj.spec())) {
            // The adjustment's explanation went with the section: T13 may now rightly warn.
            inj.allow("DEVIATION_UNEXPLAINED", "T13", W);
        }
        return n > 0;
    }

    private static boolean renameHeadings(Injection inj, Random rnd) {
        Map<String, String> aliases = HeadingAliases.BY_PROFILE.getOrDefault(inj.report.profileId(), Map.of());
        List<String> parts = new ArrayList<>(aliases.keySet());
        parts.sort(null);
        java.util.Collections.shuffle(parts, rnd);
        int n = Math.min(parts.size(), 1 + rnd.nextInt(3));
        boolean any = false;
        for (String part : parts.subList(0, n)) {
            int index = inj.report.sectionOf(part);
            if (index >= 0) {
                String alias = aliases.get(part);
                inj.report = inj.report.withSpec(inj.report.spec().mapSection(index, s -> s.withTitle(alias)));
                any = true;
            }
        }
        return any;
    }

    private static boolean removeAttachment(Injection inj, Random rnd) {
        List<Kind> kinds = new ArrayList<>(inj.report.tableParts().keySet());
        kinds.removeIf(k -> inj.report.spec().table(k) == null);
        if (kinds.isEmpty()) {
            return false;
        }
        kinds.sort(null);
        inj.report = inj.report.withoutTable(kinds.get(rnd.nextInt(kinds.size())));
        return true;
    }

    /** Mutable state of one injection: the report so far and what it must / may cause. */
    static final class Injection {
        ProfileReport report;
        final List<Expected> expected = new ArrayList<>();
        final List<Allowed> allowed = new ArrayList<>();
        boolean execRateTouched;

        Injection(ProfileReport report) {
            this.report = report;
        }

        ReportSpec spec() {
            return report.spec();
        }

        void spec(ReportSpec spec) {
            report = report.withSpec(spec);
        }

        TableSpec table() {
            TableSpec t = spec().table(Kind.SELF_EVALUATION);
            return t != null ? t : spec().table(Kind.PROJECT_SELF_EVALUATION);
        }

        void table(TableSpec t) {
            spec(SpecEdits.mapTable(spec(), t.kind(), x -> t));
        }

        void expect(String code, String rule, Severity severity, String note) {
            expected.add(new Expected(code, rule, severity, note));
        }

        void expect(String code, String rule, Severity severity, String note, List<BigDecimal> values) {
            expected.add(new Expected(code, rule, severity, note, values.stream().map(BigDecimal::doubleValue).toList()));
        }

        void allow(String code, String rule, Severity max) {
            allowed.add(new Allowed(code, rule, max));
        }
    }
}
