package org.selfeval.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a 项目支出绩效自评表 from the table model; pure, no I/O. */
public final class ProjectFormReader {

    private static final List<String> PARTS = List.of("当年财政拨款", "上年结转资金", "其他资金");

    public Optional<ProjectForm> read(LocatedTable t) {
        FormGrid g = new FormGrid(t);
        String project = "";
        int nameRow = g.rowWhere(0, x -> x.equals("项目名称") || x.startsWith("项目名称："));
        if (nameRow >= 0) {
            int c = g.colWhere(nameRow, x -> x.startsWith("项目名称"));
            String[] lv = CellTexts.labelValue(g.raw(nameRow, c));
            project = !lv[1].isEmpty() ? lv[1] : g.text(nameRow, next(g, nameRow, c));
        }
        int header = g.rowWhere(0, x -> x.startsWith("全年执行") || x.startsWith("预算执行数"));
        FundingLine total = null;
        List<FundingLine> parts = new ArrayList<>();
        if (header >= 0) {
            int labelCol = -1;
            int totalRow = -1;
            for (int r = header + 1; r < g.rows() && totalRow < 0; r++) {
                final int row = r;
                labelCol = g.colWhere(r, x -> CellTexts.bareLabel(x).equals("年度资金总额"));
                totalRow = labelCol >= 0 ? row : -1;
            }
            if (totalRow > 0) {
                total = FundingLine.read(g, header, totalRow, "年度资金总额");
                for (int r = totalRow + 1; r < g.rows(); r++) {
                    String label = partName(CellTexts.bareLabel(g.raw(r, labelCol)));
                    if (label == null) {
                        break;
                    }
                    parts.add(FundingLine.read(g, header, r, label));
                }
            }
        }
        Indicators indicators = Indicators.read(g).orElse(null);
        if (total == null && indicators == null) {
            return Optional.empty();
        }
        return Optional.of(new ProjectForm(t, project, total, parts, indicators));
    }

    /** Canonical funding sub-row name, or null when the row is not one (the block has ended). */
    private static String partName(String label) {
        if (PARTS.contains(label)) {
            return label;
        }
        if (label.equals("财政拨款") || label.equals("当年财政资金")) {
            return "当年财政拨款"; // local variant "其中：财政拨款 / 其他资金" (rubric §3.3)
        }
        if (label.equals("上年结转") || label.equals("上年结余结转资金")) {
            return "上年结转资金";
        }
        return null;
    }

    private static int next(FormGrid g, int r, int c) {
        for (int k = c + 1; k < g.cols(); k++) {
            if (!g.text(r, k).equals(g.text(r, c))) {
                return k;
            }
        }
        return c;
    }
}
