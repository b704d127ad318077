package org.selfeval.testing;

import org.selfeval.checks.CheckContext;
import org.selfeval.config.ConfigLoader;
import org.selfeval.model.Block;
import org.selfeval.model.Cell;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.Figure;
import org.selfeval.model.Heading;
import org.selfeval.model.NumberingScheme;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;
import org.selfeval.profile.ProfileRegistry;
import org.selfeval.profile.RuleProfile;
import org.selfeval.sections.SectionMatcher;
import org.selfeval.structure.ReportIdentity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Builds documents, tables and check contexts for tests in a few lines.
 *
 * <p>Tables are written as rows of cell texts, in the notation of {@code selfeval extract --format
 * text}: {@code "←"} means "covered by the cell to the left" and {@code "↑"} "covered by the cell
 * above", so merged cells are drawn the way they look:
 * <pre>
 * Table t = TestReports.table(
 *     row("年度预算申请（万元）", "", "年初预算数", "全年预算数"),
 *     row("↑", "年度资金总额", "281.98", "880.57"));
 * </pre>
 */
public final class TestReports {

    public static final String LEFT = "←";
    public static final String UP = "↑";

    private TestReports() {
    }

    public static String[] row(String... cells) {
        return cells;
    }

    /** A table from rows of texts; "←"/"↑" extend the cell to the left/above. Rows may be ragged. */
    public static Table table(String[]... rows) {
        return table(1, rows);
    }

    /** As {@link #table(String[]...)}, on the given 1-based page. */
    public static Table table(int page, String[]... rows) {
        int cols = Arrays.stream(rows).mapToInt(r -> r.length).max().orElse(0);
        int[][] owner = new int[rows.length][cols];
        for (int[] o : owner) {
            Arrays.fill(o, -1);
        }
        List<int[]> geometry = new ArrayList<>(); // row, col, rowSpan, colSpan
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < cols; c++) {
                String text = c < rows[r].length ? rows[r][c] : "";
                if (LEFT.equals(text) && c > 0 && owner[r][c - 1] >= 0) {
                    int id = owner[r][c - 1];
                    int[] g = geometry.get(id);
                    if (g[0] == r) {
                        g[3] = Math.max(g[3], c - g[1] + 1);
                    }
                    owner[r][c] = id;
                } else if (UP.equals(text) && r > 0 && owner[r - 1][c] >= 0) {
                    int id = owner[r - 1][c];
                    int[] g = geometry.get(id);
                    g[2] = Math.max(g[2], r - g[0] + 1);
                    owner[r][c] = id;
                } else {
                    owner[r][c] = geometry.size();
                    geometry.add(new int[]{r, c, 1, 1});
                    texts.add(text);
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < geometry.size(); i++) {
            int[] g = geometry.get(i);
            cells.add(Cell.spanning(g[0], g[1], g[2], g[3], texts.get(i)));
        }
        return new Table(List.of(page), rows.length, cols, cells, "word", null);
    }

    public static Paragraph paragraph(String text) {
        return Paragraph.of(text, 1);
    }

    /** A level-1 heading, e.g. {@code heading("一、", "部门（单位）基本情况")}. */
    public static Heading heading(String numbering, String title) {
        return new Heading(numbering, NumberingScheme.CHINESE, 1, title, 1, null, false, null);
    }

    /** An attachment/table title heading, as the outline builder makes for "2024年度…自评表". */
    public static Heading tableTitle(String title) {
        return new Heading("", NumberingScheme.ATTACHMENT, 1, title, 1, null, false, null);
    }

    public static ReportDocument document(Block... blocks) {
        return document(List.of(blocks));
    }

    public static ReportDocument document(List<Block> blocks) {
        DocumentMetadata meta = new DocumentMetadata("test.docx", "0", 0, "docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1, null, null, null, false);
        return new ReportDocument(meta, blocks, List.of());
    }

    /** The default profile (hn-yy-dept-2020) from the repository's config folder. */
    public static RuleProfile profile() {
        return profile("hn-yy-dept-2020");
    }

    public static RuleProfile profile(String id) {
        return ProfileRegistry.load(configDir().resolve("rules")).byId(id).orElseThrow();
    }

    /** The default profile with its scoring switches changed, e.g. another exec_score_rule. */
    public static RuleProfile profile(UnaryOperator<RuleProfile.Scoring> change) {
        RuleProfile p = profile();
        return new RuleProfile(p.id(), p.name(), p.kind(), p.defaultForKind(), p.legacy(), p.detect(),
                p.bodyParts(), p.attachments(), change.apply(p.scoring()), p.tolerances(), p.rules());
    }

    /** The default profile with its rule settings changed, e.g. other T13 keywords. */
    public static RuleProfile profileWithRules(UnaryOperator<RuleProfile.Rules> change) {
        RuleProfile p = profile();
        return new RuleProfile(p.id(), p.name(), p.kind(), p.defaultForKind(), p.legacy(), p.detect(),
                p.bodyParts(), p.attachments(), p.scoring(), p.tolerances(), change.apply(p.rules()));
    }

    /** A copy of scoring with another exec_score_rule. */
    public static RuleProfile.Scoring withExecRule(RuleProfile.Scoring s, String rule) {
        return new RuleProfile.Scoring(s.completeness(), Map.copyOf(s.weights()), rule, s.execScoreSeverity(),
                s.reverseRule(), s.qualBands(), s.overachieveRatio(), s.execRateExplainBelow(), s.grades());
    }

    public static CheckContext context(Block... blocks) {
        return context(document(blocks), profile(), List.of());
    }

    public static CheckContext context(ReportDocument doc) {
        return context(doc, profile(), List.of());
    }

    public static CheckContext context(ReportDocument doc, RuleProfile profile, List<Figure> figures) {
        return new CheckContext(doc, ReportIdentity.of(doc), profile, new SectionMatcher().match(doc, profile),
                figures);
    }

    private static Path configDir() {
        return ConfigLoader.configDir();
    }
}
