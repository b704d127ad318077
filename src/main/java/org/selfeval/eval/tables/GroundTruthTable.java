package org.selfeval.eval.tables;

import org.selfeval.model.Box;
import org.selfeval.model.Table;

/**
 * One annotated ICDAR 2013 table: its id in the ground-truth files, its region (top-left origin,
 * first page) and its structure as our own {@link Table} so both sides share one metric.
 */
public record GroundTruthTable(String id, Box region, Table table) {
}
