package org.selfeval.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 绩效指标 block shared by the 部门整体 and 项目支出 自评表: indicator rows with 一级/二级
 * carried down through vertical merges (or blank continuation cells), the weight written in the
 * 一级 label ("产出指标(50分)") and the 总分 row.
 *
 * @param declaredWeights 一级 bucket → the weight written in its label, where written
 * @param totalWeight     总分 分值, or null
 * @param totalScore      总分 得分, or null
 */
public record Indicators(List<IndicatorRow> rows, Map<String, FormValue> declaredWeights, FormValue totalWeight,
                         FormValue totalScore) {

    private static final Pattern WEIGHT_IN_LABEL = Pattern.compile("[（(]?(\\d+(?:\\.\\d+)?)分[)）]?");

    public Indicators {
        rows = List.copyOf(rows);
        declaredWeights = Map.copyOf(declaredWeights);
    }

    static String bucket(String primary) {
        String p = CellTexts.compact(primary);
        if (p.contains("产出") || p.contains("成本")) {
            return "产出";
        }
        if (p.contains("效益")) {
            return "效益";
        }
        if (p.contains("满意")) {
            return "满意度";
        }
        return "";
    }

    /** Reads the block whose header row holds 三级指标 and 分值; empty when the table has none. */
    static Optional<Indicators> read(FormGrid g) {
        int header = g.rowWhere(0, t -> t.contains("三级指标"));
        if (header < 0) {
            return Optional.empty();
        }
        int cPrimary = g.colWhere(header, t -> t.contains("一级指标"));
        int cSecondary = g.colWhere(header, t -> t.contains("二级指标"));
        int cName = g.colWhere(header, t -> t.contains("三级指标"));
        int cTarget = g.colWhere(header, t -> t.contains("指标值") && !t.contains("调整"));
        int cActual = g.colWhere(header, t -> t.contains("实际完成") || t.contains("完成值"));
        int cWeight = g.colWhere(header, t -> t.equals("分值") || t.startsWith("分值") || t.contains("权重"));
        int cScore = g.colWhere(header, t -> t.startsWith("得分") || t.equals("指标得分"));
        int cReason = g.colWhere(header, t -> t.contains("偏差") || t.contains("原因"));
        if (cName < 0 || cWeight < 0 || cScore < 0) {
            return Optional.empty();
        }
        List<IndicatorRow> rows = new ArrayList<>();
        Map<String, FormValue> declared = new LinkedHashMap<>();
        FormValue totalWeight = null;
        FormValue totalScore = null;
        String primary = "";
        String secondary = "";
        for (int r = header + 1; r < g.rows(); r++) {
            boolean totalRow = false;
            for (int c = 0; c < Math.min(cWeight, g.cols()); c++) {
                if (g.text(r, c).startsWith("总分") || g.text(r, c).equals("合计")) {
                    totalRow = true;
                }
            }
            if (totalRow) {
                totalWeight = g.value("总分·分值", r, cWeight).orElse(null);
                totalScore = g.value("总分·得分", r, cScore).orElse(null);
                break;
            }
            String p = cPrimary >= 0 ? g.text(r, cPrimary) : "";
            if (!p.isEmpty()) {
                if (!p.equals(primary)) {
                    Matcher m = WEIGHT_IN_LABEL.matcher(p);
                    String b = bucket(p);
                    if (m.find() && !b.isEmpty() && !declared.containsKey(b)) {
                        g.inlineValue(b + "指标权重", r, cPrimary, m.group(1)).ifPresent(v -> declared.put(b, v));
                    }
                }
                primary = p;
            }
            String s = cSecondary >= 0 ? g.text(r, cSecondary) : "";
            if (!s.isEmpty()) {
                secondary = s;
            }
            String name = g.text(r, cName);
            FormValue weight = g.value(name + "·分值", r, cWeight).orElse(null);
            FormValue score = g.value(name + "·得分", r, cScore).orElse(null);
            if (name.isEmpty() && weight == null && score == null) {
                continue; // a blank template row
            }
            String primaryName = WEIGHT_IN_LABEL.matcher(primary).replaceAll("");
            rows.add(new IndicatorRow(primaryName, secondary, name, cTarget >= 0 ? g.text(r, cTarget) : "",
                    cActual >= 0 ? g.text(r, cActual) : "", weight, score,
                    cReason >= 0 ? g.raw(r, cReason).strip() : "",
                    g.value(name + "·年度指标值", r, cTarget).orElse(null),
                    g.value(name + "·实际完成值", r, cActual).orElse(null), g.ordinal(), r,
                    weight != null ? weight.page() : score != null ? score.page() : 0));
        }
        return Optional.of(new Indicators(rows, declared, totalWeight, totalScore));
    }
}
