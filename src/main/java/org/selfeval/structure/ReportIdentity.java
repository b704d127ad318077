package org.selfeval.structure;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.selfeval.model.Block;
import org.selfeval.model.Heading;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who reports on which year: read from the report title, e.g.
 * "2024年度岳阳市君山区科技和工业信息化局整体支出绩效自评报告" → year 2024, department
 * 岳阳市君山区科技和工业信息化局, region 岳阳市君山区, kind 部门整体支出.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportIdentity(String title, String department, String region, Integer year, String kind) {

    private static final Pattern TITLE_HINT = Pattern.compile("报告|自评|绩效评价");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?");
    private static final Pattern REGION = Pattern.compile(
            "^((?:[^省市州盟区县旗]{1,8}省)?(?:[^省市州盟区县旗]{1,8}(?:市|州|盟|自治州))?(?:[^省市州盟区县旗]{1,8}(?:区|县|旗|市))?)");

    public static ReportIdentity of(ReportDocument doc) {
        String title = findTitle(doc);
        if (title == null) {
            return new ReportIdentity(doc.metadata().title(), null, null, null, null);
        }
        Integer year = null;
        Matcher y = YEAR.matcher(title);
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
        }
        String department = TitleGrammar.unit(title, UnitNames.defaults());
        if (department == null) {
            department = TitleGrammar.unitFromCover(doc);
        }
        String region = department == null ? null : regionOf(department);
        String kind = title.contains("项目") ? "项目支出" : title.contains("整体") ? "部门整体支出" : null;
        // A project report's title names the project, not the department: the 项目支出绩效自评表
        // says who is responsible (主管部门, else 实施单位).
        if ("项目支出".equals(kind)) {
            String unit = unitFromTables(doc);
            if (unit != null) {
                department = unit;
                region = regionOf(unit);
            }
        }
        return new ReportIdentity(title, department == null || department.isEmpty() ? null : department, region, year, kind);
    }

    /** The administrative prefix of a unit name (岳阳市君山区科技… → 岳阳市君山区), or null. */
    static String regionOf(String unit) {
        Matcher r = REGION.matcher(unit);
        return r.find() && !r.group(1).isEmpty() && r.group(1).length() < unit.length() ? r.group(1) : null;
    }

    private static final java.util.List<String> UNIT_LABELS = java.util.List.of("主管部门", "实施单位", "预算部门名称");

    /** The value cell right of the first 主管部门 / 实施单位 / 预算部门名称 label in the tables. */
    static String unitFromTables(ReportDocument doc) {
        for (String label : UNIT_LABELS) {
            for (Table t : doc.tables().toList()) {
                for (org.selfeval.model.Cell c : t.cells()) {
                    if (c.text().replaceAll("(?U)\\s", "").equals(label)) {
                        org.selfeval.model.Cell value = t.cellAt(c.row(), c.col() + c.colSpan());
                        String v = value == null ? "" : value.text().replaceAll("(?U)\\s", "");
                        if (!v.isEmpty() && !UNIT_LABELS.contains(v)) {
                            return v;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The first short paragraph before the first heading or table that reads like a report title. */
    static String findTitle(ReportDocument doc) {
        StringBuilder joined = new StringBuilder();
        for (Block b : doc.blocks()) {
            if (b instanceof Heading || b instanceof Table) {
                break;
            }
            if (b instanceof Paragraph p) {
                String t = p.text().strip();
                if (t.isEmpty()) {
                    continue;
                }
                // A long title may wrap over two paragraphs (a centred title set in two lines).
                if (joined.length() > 0 && joined.length() + t.length() <= 80 && !TITLE_HINT.matcher(joined).find()) {
                    joined.append(t);
                } else if (joined.length() == 0 && t.length() <= 80) {
                    joined.append(t);
                }
                if (TITLE_HINT.matcher(joined).find()) {
                    return joined.toString();
                }
            }
        }
        String meta = doc.metadata().title();
        return meta != null && TITLE_HINT.matcher(meta).find() ? meta : null;
    }
}
