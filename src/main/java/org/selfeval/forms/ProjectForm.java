package org.selfeval.forms;

import java.util.List;

/**
 * A 项目支出绩效自评表 (rubric §3.3).
 *
 * @param project  项目名称, or ""
 * @param total    年度资金总额 row, or null
 * @param parts    the funding sub-rows found (当年财政拨款 / 上年结转资金 / 其他资金, or 财政拨款 alias)
 */
public record ProjectForm(LocatedTable source, String project, FundingLine total, List<FundingLine> parts,
                          Indicators indicators) {

    public ProjectForm {
        parts = List.copyOf(parts);
    }
}
