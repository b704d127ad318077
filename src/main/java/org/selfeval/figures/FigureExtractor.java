package org.selfeval.figures;

import org.selfeval.model.Figure;
import org.selfeval.model.ReportDocument;

import java.util.List;

/** Finds the figures of a report: numbers in the prose and in table cells, each with its label. */
public interface FigureExtractor {
    List<Figure> extract(ReportDocument document);
}
