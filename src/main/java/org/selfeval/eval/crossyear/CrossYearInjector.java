package org.selfeval.eval.crossyear;

import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.SectionSpec;
import org.selfeval.synth.TableSpec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a later report of a family disagree with the earlier one in exactly one place:
 * COLUMN — one 基础数据表 row's (Y-1)年决算数 cell; PROSE — the 比上年 change amount;
 * TARGET — a "≥" indicator target lowered although last year's actual exceeded it.
 */
public final class CrossYearInjector {

    public enum Kind { COLUMN, PROSE, TARGET }

    /** The basic-data rows a COLUMN injection may touch (bare labels as the generator writes them). */
    private static final List<String> ROWS = List.of("三公经费", "公务接待", "项目支出", "公用经费", "办公经费");
    private static final Pattern CHANGE = Pattern.compile("(比上年(?:增加|减少))(\\d+(?:\\.\\d+)?)万元");
    private static final Pattern TARGET = Pattern.compile("^≥(\\d+(?:\\.\\d+)?)(\\D{1,3})$");

    public record Injected(ReportSpec spec, CrossYearGold gold) {
    }

    /** The later spec with one injected mismatch, or empty when the spec offers no place for it. */
    public Optional<Injected> inject(Kind kind, ReportSpec earlier, ReportSpec later, String file, Random rnd) {
        return switch (kind) {
            case COLUMN -> column(later, file, rnd);
            case PROSE -> prose(later, file, rnd);
            case TARGET -> target(earlier, later, file);
        };
    }

    private static Optional<Injected> column(ReportSpec later, String file, Random rnd) {
        TableSpec t = later.table(TableSpec.Kind.BASIC_DATA);
        List<TableSpec.CellSpec> candidates = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (TableSpec.CellSpec c : t.cells()) {
            String bare = bare(c.text());
            boolean item = c.col() == 0 && c.text().matches("^　\\d+、.*") && !bare.equals("公务接待");
            if (c.col() == 0 && (ROWS.contains(bare) || item)) {
                TableSpec.CellSpec prev = t.anchoredAt(c.row(), 1);
                if (prev != null && prev.text().matches("\\d+(?:\\.\\d+)?")) {
                    candidates.add(prev);
                    keys.add(bare);
                }
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int pick = rnd.nextInt(candidates.size());
        TableSpec.CellSpec cell = candidates.get(pick);
        BigDecimal was = new BigDecimal(cell.text());
        BigDecimal now = shifted(was, rnd);
        ReportSpec spec = withTable(later, t.withCellText(cell.row(), cell.col(), plain(now)));
        return Optional.of(new Injected(spec, new CrossYearGold(file, "CY1", keys.get(pick),
                keys.get(pick) + "·" + (later.year() - 1) + "年决算数 " + cell.text() + "→" + plain(now))));
    }

    private static Optional<Injected> prose(ReportSpec later, String file, Random rnd) {
        List<SectionSpec> sections = new ArrayList<>();
        String[] detail = {null};
        for (SectionSpec s : later.sections()) {
            sections.add(rewrite(s, rnd, detail));
        }
        if (detail[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new Injected(later.withSections(sections), new CrossYearGold(file, "CY2", "公务接待", detail[0])));
    }

    private static SectionSpec rewrite(SectionSpec s, Random rnd, String[] detail) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : s.paragraphs()) {
            Matcher m = CHANGE.matcher(p);
            if (detail[0] == null && m.find()) {
                BigDecimal now = shifted(new BigDecimal(m.group(2)), rnd);
                detail[0] = m.group() + "→" + m.group(1) + plain(now) + "万元";
                p = p.substring(0, m.start(2)) + plain(now) + p.substring(m.end(2));
            }
            paragraphs.add(p);
        }
        List<SectionSpec> children = new ArrayList<>();
        for (SectionSpec c : s.children()) {
            children.add(rewrite(c, rnd, detail));
        }
        return s.withParagraphs(paragraphs).withChildren(children);
    }

    private static Optional<Injected> target(ReportSpec earlier, ReportSpec later, String file) {
        TableSpec now = later.table(TableSpec.Kind.SELF_EVALUATION);
        TableSpec before = earlier.table(TableSpec.Kind.SELF_EVALUATION);
        for (TableSpec.CellSpec c : now.cells()) {
            Matcher m = TARGET.matcher(c.text().trim());
            TableSpec.CellSpec name = now.anchoredAt(c.row(), c.col() - 1);
            if (!m.matches() || m.group(2).contains("元") || name == null) {
                continue;
            }
            double target = Double.parseDouble(m.group(1));
            double lowered = Math.floor(target * 0.8);
            if (lowered <= 0 || lowered >= target || !exceededLastYear(before, name.text(), target)) {
                continue;
            }
            String text = "≥" + plain(BigDecimal.valueOf(lowered)) + m.group(2);
            ReportSpec spec = withTable(later, now.withCellText(c.row(), c.col(), text));
            return Optional.of(new Injected(spec, new CrossYearGold(file, "CY3", name.text(),
                    name.text() + " " + c.text() + "→" + text)));
        }
        return Optional.empty();
    }

    /** Last year's row for this indicator had the same target and an actual above it. */
    private static boolean exceededLastYear(TableSpec before, String name, double target) {
        for (TableSpec.CellSpec c : before.cells()) {
            if (!c.text().equals(name)) {
                continue;
            }
            TableSpec.CellSpec t = before.anchoredAt(c.row(), c.col() + 1);
            TableSpec.CellSpec a = before.anchoredAt(c.row(), c.col() + 2);
            if (t == null || a == null) {
                return false;
            }
            Matcher tm = TARGET.matcher(t.text().trim());
            Matcher am = Pattern.compile("^(\\d+(?:\\.\\d+)?)").matcher(a.text().trim());
            return tm.matches() && Double.parseDouble(tm.group(1)) == target && am.find()
                    && Double.parseDouble(am.group(1)) > target;
        }
        return false;
    }

    /**
     * An earlier, wrong version of a report: its 三公经费 Y年决算数 misstated. Once superseded by the
     * right version it must never be compared with the next year's report.
     */
    public ReportSpec misstatedActual(ReportSpec spec, Random rnd) {
        TableSpec t = spec.table(TableSpec.Kind.BASIC_DATA);
        for (TableSpec.CellSpec c : t.cells()) {
            TableSpec.CellSpec actual = t.anchoredAt(c.row(), 5);
            if (c.col() == 0 && bare(c.text()).equals("三公经费") && actual != null
                    && actual.text().matches("\\d+(?:\\.\\d+)?")) {
                return withTable(spec, t.withCellText(c.row(), 5, plain(shifted(new BigDecimal(actual.text()), rnd))));
            }
        }
        throw new IllegalStateException("no 三公经费 row in " + spec.id());
    }

    /** A clearly different amount: 10–40 % up or down, at least 0.1 万元 away. */
    private static BigDecimal shifted(BigDecimal was, Random rnd) {
        BigDecimal factor = BigDecimal.valueOf(10 + rnd.nextInt(31)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal delta = was.multiply(factor).setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.1"));
        BigDecimal down = was.subtract(delta);
        return rnd.nextBoolean() || down.signum() <= 0 ? was.add(delta) : down;
    }

    private static ReportSpec withTable(ReportSpec spec, TableSpec table) {
        List<TableSpec> tables = new ArrayList<>();
        for (TableSpec t : spec.tables()) {
            tables.add(t.kind() == table.kind() ? table : t);
        }
        return spec.withTables(tables);
    }

    /** "　3、公务接待" → "公务接待", "项目支出：" → "项目支出", "　其中：办公经费" → "办公经费". */
    static String bare(String label) {
        return label.replaceAll("^[\\s　]*(?:\\d+、)?(?:其中[：:])?[\\s　]*", "").replaceAll("[：:]$", "").strip();
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
