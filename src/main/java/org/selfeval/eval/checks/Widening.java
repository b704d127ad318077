package org.selfeval.eval.checks;

import org.selfeval.synth.Phrasings;
import org.selfeval.synth.Phrasings.Part;
import org.selfeval.synth.Phrasings.Stated;
import org.selfeval.synth.ProfileReport;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.SectionSpec;
import org.selfeval.synth.TableSpec;
import org.selfeval.synth.TableSpec.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widens a clean generated report towards what other writers of the genre do, keeping it clean:
 * stated-change, balance, source/use and execution-rate sentences (drawn from {@link Phrasings}),
 * tables in 元 with thousands separators ({@link YuanTables}), prose money with thousands
 * separators, reworded headings, a paragraph listing the part titles, the department before the
 * year in the title. The hooks name the sentences an injection may falsify.
 */
final class Widening {

    /** Hook names. */
    static final String BUDGET_CHANGE = "budgetChange";
    static final String THREE_PUBLIC_CHANGE = "threePublicChange";
    static final String PROJECT_CHANGE = "projectChange";
    static final String BALANCE = "balance";
    static final String SOURCES = "sources";
    static final String USES = "uses";
    static final String RATE = "rate";
    static final String FORM_LINK = "formLink";
    private static final List<String> LINKS = List.of("allocated", "arrived", "invested", "score");

    private static final Pattern BIG_MONEY = Pattern.compile("(?<![\\d.,])(\\d{4,})(\\.\\d+)?(?=万元)");
    private static final List<String> USE_LABELS = List.of("设备购置", "专业技术服务", "培训及会务", "宣传资料印制",
            "日常运行维护", "劳务报酬");
    private static final List<String> SUBJECTS = List.of("“三公”经费支出", "“三公经费”决算数", "三公经费实际支出");

    /** The widened report; {@code fullLists} and {@code yuan} say which forced shapes it has. */
    record Widened(ProfileReport report, Map<String, Stated> hooks, boolean thousands, boolean yuan) {
    }

    /** Which optional shapes must be present (an injection needs them); the rest are drawn. */
    record Needs(boolean fullLists, boolean yuanTables) {
        static final Needs NONE = new Needs(false, false);
    }

    private Widening() {
    }

    static Widened widen(ProfileReport base, Random rnd, Needs needs) {
        ReportSpec spec = base.spec();
        Map<String, Stated> hooks = new LinkedHashMap<>();
        boolean dept = spec.table(Kind.BASIC_DATA) != null;
        if (dept) {
            spec = department(spec, rnd, hooks);
        } else if (spec.table(Kind.PROJECT_SELF_EVALUATION) != null) {
            spec = project(spec, rnd, hooks, needs.fullLists());
        }
        boolean thousands = rnd.nextBoolean();
        if (thousands) {
            spec = spec.withSections(mapParagraphs(spec.sections(), Widening::thousands));
            hooks.replaceAll((k, s) -> new Stated(thousands(s.text()), thousands(s.derived()), s.value(), s.inputs()));
        }
        boolean yuan = needs.yuanTables() || rnd.nextInt(3) == 0;
        if (yuan) {
            spec = YuanTables.convert(spec, rnd.nextBoolean());
        }
        ProfileReport report = base.withSpec(spec);
        if (rnd.nextBoolean()) {
            report = reword(report, rnd);
        }
        if (rnd.nextInt(3) == 0) {
            report = report.withSpec(withPartList(report.spec(), rnd));
        }
        if (rnd.nextBoolean()) {
            report = report.withSpec(departmentFirst(report.spec()));
        }
        return new Widened(report, hooks, thousands, yuan);
    }

    private static ReportSpec department(ReportSpec spec, Random rnd, Map<String, Stated> hooks) {
        TableSpec basic = spec.table(Kind.BASIC_DATA);
        BigDecimal[] three = YuanTables.rowAmounts(basic, "三公经费");
        BigDecimal[] project = YuanTables.rowAmounts(basic, "项目支出：");
        if (three != null && three[0] != null && three[2] != null) {
            Stated s = Phrasings.yearChange(rnd, SUBJECTS.get(rnd.nextInt(SUBJECTS.size())), three[0], three[2]);
            spec = say(spec, "“三公经费”实际完成", s, THREE_PUBLIC_CHANGE, hooks);
        }
        if (project != null && project[0] != null && project[2] != null) {
            Stated s = Phrasings.yearChange(rnd, "项目支出", project[0], project[2]);
            spec = say(spec, "年项目支出为", s, PROJECT_CHANGE, hooks);
        }
        BigDecimal actual = VariantFactory.figure(spec, "threePublic.actual");
        if (actual != null && rnd.nextInt(3) == 0) {
            // Small amounts in 元, as some reports print the 三公 lines (the table stays in its own unit).
            String wan = "公务接待费" + SpecEdits.fmt(actual) + "万元";
            ReportSpec inYuan = SpecEdits.replaceProse(spec, wan,
                    "公务接待费" + YuanTables.yuan(actual.multiply(BigDecimal.valueOf(10_000))) + "元");
            spec = inYuan != null ? inYuan : spec;
        }
        BigDecimal initial = VariantFactory.figure(spec, "budget.initial");
        BigDecimal full = VariantFactory.figure(spec, "budget.full");
        if (initial != null && full != null && initial.compareTo(full) != 0) {
            Stated s = Phrasings.budgetChange(rnd, initial, full);
            spec = say(spec, "单位整体支出预算执行率", s, BUDGET_CHANGE, hooks);
        }
        return spec;
    }

    private static ReportSpec project(ReportSpec spec, Random rnd, Map<String, Stated> hooks, boolean fullLists) {
        TableSpec t = spec.table(Kind.PROJECT_SELF_EVALUATION);
        BigDecimal[] total = YuanTables.fundingRow(t, "年度资金总额");
        BigDecimal full = VariantFactory.figure(spec, "budget.full");
        BigDecimal spent = VariantFactory.figure(spec, "total.actual");
        BigDecimal rate = VariantFactory.figure(spec, "execution.rate");
        if (total == null || full == null || spent == null || rate == null) {
            return spec;
        }
        String anchor = "全年实际支出";
        List<Part> sources = new ArrayList<>();
        String[][] rows = {{"其中：当年财政拨款", "当年财政拨款"}, {"上年结转资金", "上年结转资金"}, {"其他资金", "其他资金"}};
        for (String[] row : rows) {
            BigDecimal[] v = YuanTables.fundingRow(t, row[0]);
            if (v != null && v[1] != null && v[1].signum() > 0) {
                sources.add(new Part(row[1], v[1]));
            }
        }
        Map<String, Stated> said = new LinkedHashMap<>();
        if (sources.size() >= 2 || fullLists) {
            said.put(SOURCES, Phrasings.sources(rnd, sources, full, !fullLists && sources.size() > 1 && rnd.nextInt(3) == 0));
        }
        said.put(USES, Phrasings.uses(rnd, split(rnd, spent), spent, !fullLists && rnd.nextInt(3) == 0));
        said.put(BALANCE, Phrasings.balance(rnd, full, spent));
        if (total[0] != null && total[0].compareTo(full) != 0) {
            said.put(BUDGET_CHANGE, Phrasings.budgetChange(rnd, total[0], full));
        }
        said.put(RATE, Phrasings.executionRate(rnd, full, spent, rate));
        BigDecimal score = VariantFactory.figure(spec, "score.total");
        String link = LINKS.get(rnd.nextInt(LINKS.size()));
        BigDecimal linked = switch (link) {
            case "invested" -> spent;
            case "score" -> score;
            default -> full;
        };
        if (linked != null) {
            said.put(FORM_LINK, Phrasings.formLink(rnd, link, linked));
        }
        // Reverse order after one anchor keeps the sentences in the drawn order.
        List<String> names = new ArrayList<>(said.keySet());
        java.util.Collections.reverse(names);
        for (String name : names) {
            spec = say(spec, anchor, said.get(name), name, hooks);
        }
        return spec;
    }

    /** The amount in 2–4 parts of whole cents that add up exactly, labelled from {@link #USE_LABELS}. */
    private static List<Part> split(Random rnd, BigDecimal total) {
        int n = 2 + rnd.nextInt(3);
        List<String> labels = new ArrayList<>(USE_LABELS);
        java.util.Collections.shuffle(labels, rnd);
        long cents = total.movePointRight(2).longValueExact();
        List<Part> out = new ArrayList<>();
        long left = cents;
        for (int k = 0; k < n - 1 && left > n; k++) {
            long share = Math.max(1, (long) (left * (0.2 + 0.4 * rnd.nextDouble())));
            out.add(new Part(labels.get(k), BigDecimal.valueOf(share, 2)));
            left -= share;
        }
        out.add(new Part(labels.get(out.size()), BigDecimal.valueOf(left, 2)));
        return out;
    }

    /** Places the sentence after {@code anchor} and hooks it, or leaves the spec as it is without the anchor. */
    private static ReportSpec say(ReportSpec spec, String anchor, Stated s, String name, Map<String, Stated> hooks) {
        ReportSpec out = appendTo(spec, anchor, s.text());
        if (SpecEdits.paragraphWith(out, s.text()) != null) {
            hooks.put(name, s);
        }
        return out;
    }

    /** Adds a paragraph right after the first paragraph containing {@code anchor} (no change if absent). */
    static ReportSpec appendTo(ReportSpec spec, String anchor, String paragraph) {
        boolean[] done = {false};
        return spec.withSections(mapSections(spec.sections(), s -> {
            if (done[0]) {
                return s;
            }
            List<String> ps = new ArrayList<>();
            for (String p : s.paragraphs()) {
                ps.add(p);
                if (!done[0] && p.contains(anchor)) {
                    ps.add(paragraph);
                    done[0] = true;
                }
            }
            return s.withParagraphs(ps);
        }));
    }

    /** "12345.6万元" → "12,345.6万元": large prose amounts the way many reports print them. */
    static String thousands(String text) {
        Matcher m = BIG_MONEY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String grouped = String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(m.group(1)));
            m.appendReplacement(out, Matcher.quoteReplacement(grouped + (m.group(2) == null ? "" : m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<SectionSpec> mapParagraphs(List<SectionSpec> sections, java.util.function.UnaryOperator<String> f) {
        return mapSections(sections, s -> s.withParagraphs(s.paragraphs().stream().map(f).toList()));
    }

    private static List<SectionSpec> mapSections(List<SectionSpec> sections, java.util.function.UnaryOperator<SectionSpec> f) {
        List<SectionSpec> out = new ArrayList<>();
        for (SectionSpec s : sections) {
            SectionSpec changed = f.apply(s);
            out.add(changed.withChildren(mapSections(changed.children(), f)));
        }
        return out;
    }

    /** 1–3 top-level headings reworded with the profile's aliases or plausible rewordings. */
    static ProfileReport reword(ProfileReport report, Random rnd) {
        Map<String, String> aliases = HeadingAliases.BY_PROFILE.getOrDefault(report.profileId(), Map.of());
        Map<String, String> more = HeadingAliases.MORE_BY_PROFILE.getOrDefault(report.profileId(), Map.of());
        java.util.Set<String> keys = new java.util.TreeSet<>(aliases.keySet());
        keys.addAll(more.keySet());
        List<String> parts = new ArrayList<>(keys);
        java.util.Collections.shuffle(parts, rnd);
        for (String part : parts.subList(0, Math.min(parts.size(), 1 + rnd.nextInt(3)))) {
            int index = report.sectionOf(part);
            if (index >= 0) {
                String alias = !aliases.containsKey(part) || (more.containsKey(part) && rnd.nextBoolean())
                        ? more.get(part) : aliases.get(part);
                report = report.withSpec(report.spec().mapSection(index, s -> s.withTitle(alias)));
            }
        }
        return report;
    }

    /** A first paragraph naming every part, as some reports open; it is prose, not an outline. */
    static ReportSpec withPartList(ReportSpec spec, Random rnd) {
        List<String> titles = spec.sections().stream().map(SectionSpec::title).toList();
        String list = String.join("、", titles);
        String text = rnd.nextBoolean()
                ? "根据绩效自评工作要求，本报告分为" + list + "共" + titles.size() + "个部分。"
                : "现将" + spec.year() + "年度绩效自评情况报告如下，主要包括" + list + "等内容。";
        return spec.mapSection(0, s -> {
            List<String> ps = new ArrayList<>();
            ps.add(text);
            ps.addAll(s.paragraphs());
            return s.withParagraphs(ps);
        });
    }

    /** 〈单位〉〈年〉年度… instead of 〈年〉年度〈单位〉…. */
    static ReportSpec departmentFirst(ReportSpec spec) {
        String lead = spec.year() + "年度";
        String title = spec.title();
        String name = spec.department().fullName();
        if (!title.startsWith(lead)) {
            return spec;
        }
        String rest = title.substring(lead.length());
        rest = rest.startsWith(name) ? "部门" + rest.substring(name.length()) : rest;
        return spec.withTitle(name + lead + rest);
    }
}
