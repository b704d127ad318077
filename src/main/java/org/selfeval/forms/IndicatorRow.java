package org.selfeval.forms;

import org.selfeval.figures.AmountParser;
import org.selfeval.figures.Quantity;

import java.util.Optional;

/**
 * One 三级 indicator row of a 绩效指标 block.
 *
 * @param primary   一级 name without its weight, e.g. "产出指标"
 * @param secondary 二级 name, e.g. "成本指标"
 * @param name      三级 name
 * @param target    年度指标值 as written
 * @param actualText 实际完成值 as written
 * @param weight    分值, or null when blank
 * @param score     得分, or null when blank
 * @param reason    偏差原因分析及改进措施 as written ("" when blank)
 * @param targetCell the 年度指标值 cell as a citable figure, or null when not one number
 * @param actualCell the 实际完成值 cell as a citable figure, or null when not one number
 */
public record IndicatorRow(String primary, String secondary, String name, String target, String actualText,
                           FormValue weight, FormValue score, String reason, FormValue targetCell,
                           FormValue actualCell, int table, int row, int page) {

    /** The target as one figure (≥5家, ≤281.98万元, 100%), or empty when qualitative. */
    public Optional<Quantity> targetQuantity() {
        return AmountParser.parseCell(target).filter(q -> q.high() == null && !q.approx());
    }

    public Optional<Quantity> actualQuantity() {
        return AmountParser.parseCell(actualText).filter(q -> q.high() == null && !q.approx());
    }

    /** 一级 bucket for the weight rule: 产出 (成本指标 counts here, rubric §2.1), 效益, 满意度, or "". */
    public String bucket() {
        return Indicators.bucket(primary);
    }

    /** Whether this is a 成本指标 row (as 二级 under 产出, or as its own 一级). */
    public boolean isCost() {
        return secondary.contains("成本") || primary.contains("成本");
    }

    /** No reason given: blank, "无", "无偏差", "/" and the like. */
    public boolean reasonMissing() {
        String r = CellTexts.compact(reason);
        return r.isEmpty() || CellTexts.isDash(r) || r.matches("无|无偏差|没有偏差|不存在偏差|无差异|无。|无偏差。");
    }
}
