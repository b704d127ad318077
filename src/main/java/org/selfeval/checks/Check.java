package org.selfeval.checks;

import org.selfeval.model.Finding;

import java.util.List;

/**
 * One consistency rule. A check has no I/O and no state; when its inputs are absent it returns
 * nothing (completeness is reported separately), never throws for a document's content.
 */
public interface Check {

    /** The rubric rule id(s) it implements, e.g. "T5" or "X6". */
    String id();

    List<Finding> run(CheckContext ctx);
}
