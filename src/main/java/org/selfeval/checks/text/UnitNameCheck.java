package org.selfeval.checks.text;

import org.selfeval.checks.Check;
import org.selfeval.checks.CheckContext;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * X12: the unit named in the report title must be the 预算部门名称 of the 自评表. Spaces,
 * punctuation and seal notes ("（盖章）") are ignored, and a name that contains the other (the
 * title adds the city: 岳阳市君山区… vs 君山区…) agrees.
 */
public final class UnitNameCheck implements Check {

    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]|盖章|公章|\\(章\\)");

    @Override
    public String id() {
        return "X12";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        String title = ctx.identity() == null ? null : ctx.identity().department();
        return TableLinks.selfEval(ctx).filter(f -> title != null && f.department() != null)
                .filter(f -> {
                    String a = normalise(title);
                    String b = normalise(f.department());
                    return a.length() >= 2 && b.length() >= 2 && !a.contains(b) && !b.contains(a);
                })
                .map(f -> new Finding("TEXT_TABLE_MISMATCH", Severity.WARNING, "X12",
                        "报告标题中的单位“" + title + "”与自评表预算部门名称“" + f.department() + "”不一致",
                        List.of(), null, null))
                .stream().toList();
    }

    static String normalise(String name) {
        return NOISE.matcher(name.replace("（盖章）", "")).replaceAll("");
    }
}
