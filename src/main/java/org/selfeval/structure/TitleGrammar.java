package org.selfeval.structure;

import org.selfeval.model.Block;
import org.selfeval.model.Heading;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting unit in a report title, read as a small grammar rather than one pattern per wording:
 * title = [关于] {unit | year | project | （unit）} kind-phrase [报告]. The year may stand before or after the
 * unit ("2024年度X县林业局整体支出…", "X县林业局2024年度部门整体支出…"); a project title may carry the unit in
 * brackets ("…项目（X县林业局）…") or before the project name ("X县林业局Y项目2024年度项目支出…").
 */
final class TitleGrammar {

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年度?");
    private static final Pattern KIND = Pattern.compile(
            "(?:部门|单位)?(?:整体)?(?:支出|预算)?绩效(?:自评|评价)|项目(?:支出)?绩效|整体支出|项目自评|自评报告");
    private static final Pattern BRACKET = Pattern.compile("[（(]([^（）()]{3,40})[)）]");
    private static final Pattern QUOTES = Pattern.compile("[“”\"《》「」]");

    private TitleGrammar() { }

    /** The unit named by {@code title}, or null. */
    static String unit(String title, UnitNames names) {
        String t = QUOTES.matcher(title).replaceAll("").replaceAll("(?U)\\s", "");
        Matcher b = BRACKET.matcher(t);
        while (b.find()) {
            if (names.suffixOf(b.group(1)) != null) {
                return b.group(1);
            }
        }
        t = BRACKET.matcher(t).replaceAll("|");
        t = YEAR.matcher(t).replaceAll("|");
        Matcher k = KIND.matcher(t);
        String subject = k.find() ? t.substring(0, k.start()) : t;
        String fallback = null;
        for (String part : subject.split("\\|")) {
            part = part.replaceFirst("^关于", "");
            if (part.length() < 2) {
                continue;
            }
            if (names.suffixOf(part) != null) {
                return part;
            }
            String prefix = names.unitPrefix(part);
            if (prefix != null) {
                return prefix;
            }
            if (fallback == null) {
                fallback = part;
            }
        }
        return fallback;
    }

    /** The value of a cover line "单位名称：X县林业局" before the first heading, or null. */
    static String unitFromCover(ReportDocument doc) {
        UnitNames names = UnitNames.defaults();
        int seen = 0;
        for (Block block : doc.blocks()) {
            if (block instanceof Heading || ++seen > 40) {
                break;
            }
            if (block instanceof Paragraph p) {
                String text = p.text().replaceAll("(?U)\\s", "");
                for (String label : names.coverLabels()) {
                    String v = valueAfter(text, label);
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    /** "单位名称（盖章）：X局" → X局; the value ends at the next label-like colon or a date. */
    static String valueAfter(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "(?:[（(][^）)]{0,4}[)）])?[：:]([^：:，,；;。]{2,40})")
                .matcher(text);
        if (!m.find()) {
            return null;
        }
        String v = m.group(1).replaceFirst("(?:(?:19|20)\\d{2}年.*|填报日期.*|日期.*|联系人.*)$", "");
        return v.length() >= 2 ? v : null;
    }
}
