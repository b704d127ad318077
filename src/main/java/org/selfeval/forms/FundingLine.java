package org.selfeval.forms;

/**
 * One row of the 年度预算申请 / 项目资金 block; any field may be null when its cell is blank.
 *
 * @param initial  年初预算数
 * @param full     全年预算数 (the adjusted budget)
 * @param executed 全年执行数
 * @param weight   分值
 * @param rate     执行率 (in %)
 * @param score    得分
 */
public record FundingLine(String label, FormValue initial, FormValue full, FormValue executed, FormValue weight,
                          FormValue rate, FormValue score) {

    /** The column with the given name: 年初预算数, 全年预算数 or 全年执行数. */
    public FormValue column(String name) {
        return switch (name) {
            case "年初预算数" -> initial;
            case "全年预算数" -> full;
            case "全年执行数" -> executed;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Reads row r of a block whose header row is {@code header}; columns found by their titles. */
    static FundingLine read(FormGrid g, int header, int r, String label) {
        return new FundingLine(label,
                cell(g, header, r, label, "年初预算数", true, t -> t.startsWith("年初预算")),
                cell(g, header, r, label, "全年预算数", true, t -> t.startsWith("全年预算") || t.startsWith("调整后预算")),
                cell(g, header, r, label, "全年执行数", true, t -> t.startsWith("全年执行") || t.startsWith("预算执行数")),
                cell(g, header, r, label, "分值", false, t -> t.equals("分值") || t.equals("权重")),
                cell(g, header, r, label, "执行率", false, t -> t.startsWith("执行率") || t.startsWith("预算执行率")),
                cell(g, header, r, label, "得分", false, t -> t.startsWith("得分")));
    }

    private static FormValue cell(FormGrid g, int header, int r, String label, String column, boolean money,
                                  java.util.function.Predicate<String> title) {
        int c = g.colWhere(header, title);
        if (c < 0) {
            return null;
        }
        String name = label + "·" + column;
        return (money ? g.money(name, header, r, c) : g.value(name, header, r, c)).orElse(null);
    }
}
