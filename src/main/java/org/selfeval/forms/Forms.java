package org.selfeval.forms;

import org.selfeval.checks.CheckContext;
import org.selfeval.figures.TableUnits;
import org.selfeval.model.Block;
import org.selfeval.model.Heading;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The forms of one report: every table recognised as a 自评表, 基础数据表 or 项目支出绩效自评表,
 * by its title (the heading or short line above it, or its first rows) and its content. A table
 * that matches nothing is left alone.
 */
public record Forms(List<SelfEvalForm> selfEval, List<BaseDataForm> baseData, List<ProjectForm> projects) {

    private static final Pattern PROJECT_TITLE = Pattern.compile("项目(支出)?绩效自评表");
    private static final Pattern SELF_EVAL_TITLE = Pattern.compile("整体支出绩效自评表|部门绩效自评表");
    private static final Pattern BASE_TITLE = Pattern.compile("基础数据表");
    private static final int CAPTION_LINES = 3;
    private static final int MAX_CAPTION = 60;

    public Forms {
        selfEval = List.copyOf(selfEval);
        baseData = List.copyOf(baseData);
        projects = List.copyOf(projects);
    }

    /** A 绩效指标 block with the funding row whose 执行率 score belongs to its 总分. */
    public record ScoreSheet(String name, FundingLine funding, Indicators indicators) {
    }

    /** Every 自评表 (部门整体 and 项目) that has a 绩效指标 block. */
    public List<ScoreSheet> sheets() {
        List<ScoreSheet> out = new ArrayList<>();
        selfEval.stream().filter(f -> f.indicators() != null)
                .forEach(f -> out.add(new ScoreSheet("部门整体支出绩效自评表", f.total(), f.indicators())));
        projects.stream().filter(f -> f.indicators() != null)
                .forEach(f -> out.add(new ScoreSheet("项目“" + f.project() + "”自评表", f.total(), f.indicators())));
        return out;
    }

    /** The forms of the context's document, read once per report and shared by all checks. */
    public static Forms of(CheckContext ctx) {
        return ctx.derive(Forms.class, c -> read(c.document()));
    }

    public static Forms read(ReportDocument doc) {
        List<SelfEvalForm> self = new ArrayList<>();
        List<BaseDataForm> base = new ArrayList<>();
        List<ProjectForm> projects = new ArrayList<>();
        List<LocatedTable> tables = locate(doc);
        for (int i = 0; i < tables.size(); i++) {
            LocatedTable t = tables.get(i);
            String content = t.content();
            String head = t.title() + "|" + firstRows(t);
            if (PROJECT_TITLE.matcher(head).find()
                    || (content.contains("项目名称") && content.contains("年度资金总额") && content.contains("三级指标"))) {
                new ProjectFormReader().read(t).ifPresent(projects::add);
            } else if (SELF_EVAL_TITLE.matcher(head).find()
                    || (content.contains("年度资金总额") && content.contains("三级指标"))) {
                List<LocatedTable> parts = new ArrayList<>(List.of(t));
                while (i + 1 < tables.size() && tables.get(i + 1).continuation()) {
                    parts.add(tables.get(++i));
                }
                new SelfEvalFormReader().read(parts).ifPresent(self::add);
            } else if (BASE_TITLE.matcher(head).find()
                    || (content.contains("三公经费") && content.contains("编制数"))) {
                new BaseDataFormReader().read(t).ifPresent(base::add);
            }
        }
        return new Forms(self, base, projects);
    }

    /** Every table with its ordinal and the title just above it (a heading, or a short line). */
    static List<LocatedTable> locate(ReportDocument doc) {
        List<LocatedTable> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        int ordinal = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Table t) {
                boolean continuation = i > 0 && blocks.get(i - 1) instanceof Table;
                out.add(new LocatedTable(ordinal++, t, titleAbove(blocks, i), continuation, captionUnit(blocks, i)));
            }
        }
        return out;
    }

    private static String titleAbove(List<Block> blocks, int index) {
        for (int j = index - 1; j >= Math.max(0, index - 3); j--) {
            Block b = blocks.get(j);
            if (b instanceof Heading h) {
                return h.title();
            }
            if (b instanceof Table) {
                return "";
            }
            if (b instanceof Paragraph p && p.text().strip().length() <= 40 && p.text().contains("表")) {
                return p.text().strip();
            }
        }
        return "";
    }

    /** The unit noted by the short lines just above a table (单位：元), nearest first; null when none. */
    private static String captionUnit(List<Block> blocks, int index) {
        List<String> lines = new ArrayList<>();
        for (int j = index - 1; j >= Math.max(0, index - CAPTION_LINES); j--) {
            String text = blocks.get(j) instanceof Heading h ? h.text()
                    : blocks.get(j) instanceof Paragraph p ? p.text() : null;
            if (text == null || text.strip().length() > MAX_CAPTION) {
                break; // a table or prose: what is above belongs to something else
            }
            lines.add(text);
        }
        return TableUnits.ofCaptions(lines);
    }

    private static String firstRows(LocatedTable t) {
        StringBuilder sb = new StringBuilder();
        t.table().cells().stream().filter(c -> c.row() < 2).forEach(c -> sb.append(CellTexts.compact(c.text())).append('|'));
        return sb.toString();
    }
}
