package org.selfeval.checks.text;

import org.selfeval.checks.Check;
import org.selfeval.checks.CheckContext;
import org.selfeval.forms.BaseDataForm;
import org.selfeval.forms.Forms;
import org.selfeval.forms.LocatedTable;
import org.selfeval.model.Cell;
import org.selfeval.model.Finding;
import org.selfeval.model.Heading;
import org.selfeval.model.Severity;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X11 YEAR_MISMATCH: the reporting year of the title must be the year of the forms' titles, of the
 * 基础数据表 columns ((Y-1)年决算数, Y年预算数, Y年决算数) and of the 整体支出 sub-headings of
 * P1(三) and P6(一). Other years in the prose (fund names such as "2023年度专项资金") are not checked.
 */
public final class YearCheck implements Check {

    /** "2024年度…表" (Hunan forms) or "项目支出绩效自评表（2024年度）" (central annex 1, rubric §3.3). */
    private static final Pattern LEADING_YEAR = Pattern.compile(
            "^[^\\d]{0,6}((?:19|20)\\d{2})\\s*年|[（(]\\s*((?:19|20)\\d{2})\\s*年度?\\s*[）)]");
    private static final Pattern YEAR_COLUMN = Pattern.compile("(?:19|20)\\d{2}年(?:决算|预算)数?");
    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    @Override
    public String id() {
        return "X11";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Integer year = ctx.identity() == null ? null : ctx.identity().year();
        if (year == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Forms forms = Forms.of(ctx);
        forms.selfEval().forEach(f -> titleYear(f.source(), year, out));
        forms.baseData().forEach(f -> titleYear(f.source(), year, out));
        forms.projects().forEach(f -> titleYear(f.source(), year, out));
        forms.baseData().forEach(f -> columnYears(f, year, out));
        ctx.document().headings().filter(h -> h.level() >= 2 && h.title().contains("整体支出"))
                .forEach(h -> headingYear(h, year, out));
        return out;
    }

    private static void titleYear(LocatedTable t, int year, List<Finding> out) {
        Matcher m = LEADING_YEAR.matcher(t.title() == null ? "" : t.title());
        if (!m.find()) {
            return;
        }
        String stated = m.group(1) != null ? m.group(1) : m.group(2);
        if (Integer.parseInt(stated) != year) {
            out.add(finding("表格标题“" + t.title() + "”的年度" + stated + "与报告年度" + year + "不一致",
                    t.title(), Integer.parseInt(stated), t.table().page(), "table", year));
        }
    }

    /**
     * The money header row of the 基础数据表, read from the table itself (the form reader rejects
     * a header whose years do not follow on): (Y-1)年决算数 | Y年预算数 | Y年决算数.
     */
    private static void columnYears(BaseDataForm f, int year, List<Finding> out) {
        Table t = f.source().table();
        for (int r = 0; r < t.rowCount(); r++) {
            List<Cell> cells = t.row(r).stream().filter(c -> YEAR_COLUMN.matcher(compact(c.text())).matches()).toList();
            if (cells.size() != 3) {
                continue;
            }
            String kinds = "";
            for (Cell c : cells) {
                kinds += compact(c.text()).contains("预算") ? "B" : "A";
            }
            if (!kinds.equals("ABA")) {
                return;
            }
            for (int i = 0; i < 3; i++) {
                String text = compact(cells.get(i).text());
                Matcher m = ANY_YEAR.matcher(text);
                m.find();
                int written = Integer.parseInt(m.group(1));
                int expected = i == 0 ? year - 1 : year;
                if (written != expected) {
                    out.add(finding("基础数据表栏目“" + text + "”的年度" + written + "应为" + expected
                            + "（报告年度" + year + "）", text, written, t.page(), "table", expected));
                }
            }
            return;
        }
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static void headingYear(Heading h, int year, List<Finding> out) {
        Matcher m = LEADING_YEAR.matcher(h.title());
        if (m.find() && Integer.parseInt(m.group(1)) != year) {
            out.add(finding("标题“" + h.text() + "”的年度" + m.group(1) + "与报告年度" + year + "不一致",
                    h.text(), Integer.parseInt(m.group(1)), h.page(), "text", year));
        }
    }

    private static Finding finding(String message, String snippet, int written, int page, String source, int expected) {
        return new Finding("YEAR_MISMATCH", Severity.ERROR, "X11", message,
                List.of(new Finding.Value("年度", written, "年", source, page, snippet)), (double) expected, (double) written);
    }
}
