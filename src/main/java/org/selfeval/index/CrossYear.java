package org.selfeval.index;

import org.selfeval.model.Finding;

import java.util.List;

/** A check run at index time that compares a report with its department's other reports. */
public interface CrossYear {

    /** The code of every cross-year finding: a report compared again has its findings of this code replaced. */
    String CODE = "CROSS_YEAR_MISMATCH";

    /**
     * @param current        the report being indexed
     * @param sameDepartment every other indexed report of its department, all years and versions
     */
    List<Finding> compare(IndexedReport current, List<IndexedReport> sameDepartment);
}
