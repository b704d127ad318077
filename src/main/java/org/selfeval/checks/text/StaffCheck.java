package org.selfeval.checks.text;

import org.selfeval.checks.Money;
import org.selfeval.checks.Check;
import org.selfeval.checks.CheckContext;
import org.selfeval.forms.BaseDataForm;
import org.selfeval.forms.FormValue;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X10: 编制数 and 实际在职人数 of the 基础数据表 against the 机构设置 prose ("设有编制10个，实际在岗在编
 * 人员行政编制5人，事业编制5人。另有临聘人员3人"). Staff counts are often counted differently
 * (临聘 in or out), so a difference is a warning that says which count would agree.
 */
public final class StaffCheck implements Check {

    private static final Pattern QUOTA = Pattern.compile("(?<kind>行政|事业|参公|工勤)?编制(?:数)?(?:为|共|是)?(?<n>\\d+)(?:个|人|名)");
    private static final Pattern STAFF = Pattern.compile("(?:实有人数|在职人数|在职人员|实有在职人员?|在岗人员)(?:为|共|有)?(?<n>\\d+)(?:人|名)");
    private static final Pattern TEMP = Pattern.compile("(?:临聘|聘用|编外|临时)(?:人员)?(?:为|共|有)?(?<n>\\d+)(?:人|名)");

    private record Counts(Integer quota, int inPost, boolean hasInPost, Integer stated, Integer temp, Sentences.Sentence where) {
    }

    @Override
    public String id() {
        return "X10";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        BaseDataForm base = TableLinks.baseData(ctx).orElse(null);
        if (base == null) {
            return List.of();
        }
        Counts text = read(Sentences.of(ctx));
        if (text == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        if (base.quota() != null && text.quota() != null && Math.abs(base.quota().value() - text.quota()) > 1e-9) {
            out.add(finding(base.quota(), text.quota(), "编制数", "正文编制数" + text.quota() + "与基础数据表编制数"
                    + Money.format(base.quota().value()) + "不一致", text.where()));
        }
        Integer textStaff = text.stated() != null ? text.stated() : text.hasInPost() ? text.inPost() : null;
        if (base.staff() != null && textStaff != null && Math.abs(base.staff().value() - textStaff) > 1e-9) {
            boolean withTemp = text.temp() != null && Math.abs(base.staff().value() - textStaff - text.temp()) < 1e-9;
            // "编制10个，行政编制5人，事业编制5人" may split the 编制 rather than count people: when the
            // typed counts add up to the 编制 only the 临聘 pattern of the seed is specific enough to report.
            boolean splitsQuota = text.stated() == null && text.quota() != null && text.inPost() == text.quota();
            if (!splitsQuota || withTemp) {
                String message = "基础数据表实际在职人数" + Money.format(base.staff().value()) + "与正文在职人数" + textStaff + "不一致"
                        + (withTemp ? "（正文另有临聘人员" + text.temp() + "人，表中人数可能含临聘人员）" : "");
                out.add(finding(base.staff(), textStaff, "在职人数", message, text.where()));
            }
        }
        return out;
    }

    /** The staff statement of the prose: the first sentence that states a 编制 count. */
    private static Counts read(Sentences sentences) {
        List<Sentences.Sentence> all = sentences.all();
        for (int i = 0; i < all.size(); i++) {
            Sentences.Sentence s = all.get(i);
            if (!QUOTA.matcher(s.text()).find()) {
                continue;
            }
            // 临聘 is often in the next sentence ("另有临聘人员3人").
            String text = s.text() + (i + 1 < all.size() && all.get(i + 1).block() == s.block() ? all.get(i + 1).text() : "");
            Integer quota = null;
            int inPost = 0;
            boolean hasInPost = false;
            Matcher m = QUOTA.matcher(text);
            while (m.find()) {
                int n = Integer.parseInt(m.group("n"));
                if (m.group("kind") == null) {
                    if (quota != null && quota != n) {
                        return null; // two different totals: unclear which is meant
                    }
                    quota = n;
                } else {
                    inPost += n;
                    hasInPost = true;
                }
            }
            Matcher st = STAFF.matcher(text);
            Integer stated = st.find() ? Integer.parseInt(st.group("n")) : null;
            Matcher t = TEMP.matcher(text);
            Integer temp = t.find() ? Integer.parseInt(t.group("n")) : null;
            return new Counts(quota, inPost, hasInPost, stated, temp, s);
        }
        return null;
    }

    private static Finding finding(FormValue table, int text, String label, String message, Sentences.Sentence where) {
        String snippet = where.text().length() > 80 ? where.text().substring(0, 80) : where.text();
        return new Finding("TEXT_TABLE_MISMATCH", Severity.WARNING, "X10", message,
                List.of(table.cite(), new Finding.Value(label, text, "人", "text", where.page(), snippet)),
                table.value(), (double) text);
    }
}
