package org.selfeval.checks;

import org.selfeval.model.Finding;
import org.selfeval.model.Heading;
import org.selfeval.model.Severity;

import java.util.List;

/** Heading numbering drift (rubric §1.1 rule 2): never a completeness problem, an info note. */
public final class NumberingCheck implements Check {

    @Override
    public String id() {
        return "NUMBERING";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        return ctx.document().headings().filter(h -> h.drift() != null)
                .map(NumberingCheck::finding).toList();
    }

    private static Finding finding(Heading h) {
        return new Finding("NUMBERING", Severity.INFO, "P-numbering",
                "标题编号格式：" + h.text() + "（" + h.drift() + "）", List.of(), null, null);
    }
}
